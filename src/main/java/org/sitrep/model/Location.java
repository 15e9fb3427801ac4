package org.sitrep.model;

import java.util.Objects;

/**
 * Where an event happened, resolved against the gazetteer.
 *
 * @param country ISO 3166-1 alpha-2 code
 * @param admin1  first-level division name, or null for a country
 */
public record Location(String name, String country, String admin1, double lat, double lon, GeoPrecision precision) {
    public Location {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(precision, "precision");
    }
}
