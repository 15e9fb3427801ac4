package org.sitrep.model;

import java.util.Locale;

/** How a count was stated: "116", "about 11,000", "at least 19", "up to 50". */
public enum Bound {
    EXACT, ABOUT, AT_LEAST, UP_TO;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Bound fromLabel(String label) {
        return valueOf(label.trim().toUpperCase(Locale.ROOT));
    }
}
