package org.sitrep.model;

import java.util.Locale;

/** PLOVER's auxiliary modes: did the event happen, or is it only planned, imagined or denied. */
public enum Factuality {
    REPORTED, HISTORICAL, FUTURE, HYPOTHETICAL, NEGATED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Factuality fromLabel(String label) {
        return valueOf(label.trim().toUpperCase(Locale.ROOT));
    }

    /** Only these may be shown or exported as things that happened. */
    public boolean happened() {
        return this == REPORTED || this == HISTORICAL;
    }
}
