/**
 * The merging stage: turns mentions (one event as one article reports it) into events (one real happening with
 * every report of it). {@link org.sitrep.cluster.Clusterer} decides which mentions report the same happening,
 * {@link org.sitrep.cluster.EventMerger} writes one {@link org.sitrep.model.Event} per cluster with its disputes,
 * {@link org.sitrep.cluster.Independence} counts the sources that did not copy each other, and
 * {@link org.sitrep.cluster.StableIds} keeps event ids when clusters are rebuilt. Nothing here touches the store:
 * the store calls these classes (docs/architecture.md, "Clustering", says how).
 */
package org.sitrep.cluster;
