package org.sitrep.model;

/** A labelled part of an evidence sentence (the cue, an actor, a count), as article character offsets. */
public record Span(int start, int end, String label) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }
}
