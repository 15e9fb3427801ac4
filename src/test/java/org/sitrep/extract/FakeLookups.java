package org.sitrep.extract;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sitrep.model.GeoPrecision;
import org.sitrep.model.Location;

/** Tiny actor and place tables so extraction can be tested on its own, without the shipped data. */
final class FakeLookups {

    static final Map<String, ActorLookup.Match> ACTORS = Map.ofEntries(
            Map.entry("russia", new ActorLookup.Match("RUS", "Russia", "country", "RUS")),
            Map.entry("russian", new ActorLookup.Match("RUS", "Russia", "country", "RUS")),
            Map.entry("russian forces", new ActorLookup.Match("RUS", "Russia", "military", "RUS")),
            Map.entry("moscow", new ActorLookup.Match("RUS", "Russia", "government", "RUS")),
            Map.entry("ukraine", new ActorLookup.Match("UKR", "Ukraine", "country", "UKR")),
            Map.entry("ukrainian", new ActorLookup.Match("UKR", "Ukraine", "country", "UKR")),
            Map.entry("ukraine's air force", new ActorLookup.Match("UKR", "Ukraine", "military", "UKR")),
            Map.entry("britain", new ActorLookup.Match("GBR", "United Kingdom", "country", "GBR")),
            Map.entry("lloyd austin", new ActorLookup.Match("person:lloyd-austin", "Lloyd Austin", "person", "USA")),
            Map.entry("austin", new ActorLookup.Match("person:lloyd-austin", "Lloyd Austin", "person", "USA")),
            Map.entry("zelensky", new ActorLookup.Match("person:volodymyr-zelensky", "Volodymyr Zelensky", "person", "UKR")));

    static final Map<String, Location> PLACES = Map.of(
            "kyiv", new Location("Kyiv", "UA", "Kyiv City", 50.45, 30.52, GeoPrecision.CITY),
            "kharkiv", new Location("Kharkiv", "UA", "Kharkiv Oblast", 49.98, 36.25, GeoPrecision.CITY),
            "ukraine", new Location("Ukraine", "UA", null, 49.0, 32.0, GeoPrecision.COUNTRY));

    static ActorLookup actors() {
        return new ActorLookup() {
            @Override
            public Optional<Match> resolve(String phrase, LocalDate date) {
                return Optional.ofNullable(ACTORS.get(clean(phrase)));
            }

            @Override
            public Optional<Match> country(String iso2) {
                return "UA".equals(iso2) ? Optional.of(ACTORS.get("ukraine")) : Optional.empty();
            }

            @Override
            public Optional<Match> state(String iso3) {
                return "UKR".equals(iso3) ? Optional.of(ACTORS.get("ukraine")) : Optional.empty();
            }
        };
    }

    static PlaceLookup places() {
        return phrase -> Optional.ofNullable(PLACES.get(clean(phrase)));
    }

    private static String clean(String phrase) {
        String p = phrase.toLowerCase(Locale.ROOT).replace('\u2019', '\'').trim();
        p = p.replaceFirst("^(the|mr|mrs|ms) ", "");
        return p.endsWith("'s") && !p.contains(" ") ? p.substring(0, p.length() - 2) : p;
    }

    private FakeLookups() {
    }
}
