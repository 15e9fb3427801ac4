package org.sitrep.model;

import java.util.Locale;

public enum GeoPrecision {
    POINT, CITY, REGION, COUNTRY;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static GeoPrecision fromLabel(String label) {
        return valueOf(label.trim().toUpperCase(Locale.ROOT));
    }
}
