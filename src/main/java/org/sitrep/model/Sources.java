package org.sitrep.model;

/** How many articles report an event, and how many of them are independent of each other. */
public record Sources(int articles, int independent) {
}
