/** Immutable values that the pipeline's stages pass to each other. */
package org.sitrep.model;
