package org.sitrep.model;

import java.util.Objects;

/**
 * A counted thing in an event: "116 Shahed drones" launched, "at least 19" wounded.
 *
 * @param item    what is counted: drone, missile, howitzer, troops, killed, wounded, ...
 * @param subtype the kind where the text names it (Shahed, ballistic, NASAMS), else null
 * @param status  launched, shot_down, destroyed, hit, delivered, pledged, deployed; null when the text does not say
 * @param start   character offset of the phrase in the article text
 * @param end     end offset (exclusive)
 */
public record Quantity(String item, String subtype, long count, Bound bound, String status, int start, int end) {
    public Quantity {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(bound, "bound");
    }
}
