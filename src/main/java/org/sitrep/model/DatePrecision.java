package org.sitrep.model;

import java.util.Locale;

public enum DatePrecision {
    DAY, NIGHT, WEEK, MONTH, YEAR;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DatePrecision fromLabel(String label) {
        return valueOf(label.trim().toUpperCase(Locale.ROOT));
    }
}
