package org.sitrep.nlp;

/** A typed dependency between two tokens of a sentence (0-based indices; governor -1 is the root). */
public record Dependency(int governor, int dependent, String relation) {
}
