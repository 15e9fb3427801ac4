package org.sitrep.model;

import java.util.Locale;

/** PLOVER roles: the actor acts, the recipient is acted on. */
public enum Role {
    ACTOR, RECIPIENT;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role fromLabel(String label) {
        return valueOf(label.trim().toUpperCase(Locale.ROOT));
    }
}
