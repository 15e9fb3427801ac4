package org.sitrep.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sitrep.model.EventType;
import org.sitrep.model.Factuality;
import org.sitrep.query.EventQuery;

/** The event filter parameters that the list, map and export paths share, read into an {@link EventQuery}. */
final class EventFilter {
    static final Set<String> NAMES = Set.of("type", "from", "to", "actor", "place", "country", "factuality", "text");

    private EventFilter() {
    }

    /** The names of the filter parameters plus {@code more}. */
    static Set<String> namesAnd(String... more) {
        return Stream.concat(NAMES.stream(), Arrays.stream(more)).collect(Collectors.toUnmodifiableSet());
    }

    static EventQuery read(Params p) {
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        for (String t : p.list("type")) {
            try {
                types.add(EventType.valueOf(t.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("unknown event type '" + t + "' in type; use PLOVER types: "
                        + Arrays.stream(EventType.values()).map(Enum::name).collect(Collectors.joining(", ")));
            }
        }
        Set<Factuality> factualities = EnumSet.noneOf(Factuality.class);
        for (String f : p.list("factuality")) {
            try {
                factualities.add(Factuality.fromLabel(f));
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("unknown factuality '" + f + "'; use "
                        + Arrays.stream(Factuality.values()).map(Factuality::label).collect(Collectors.joining(", ")));
            }
        }
        LocalDate from = p.date("from");
        LocalDate to = p.date("to");
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiException.badRequest("from " + from + " is after to " + to + "; swap them or widen the range");
        }
        String country = p.string("country");
        if (country != null && !country.matches("[A-Za-z]{2}")) {
            throw ApiException.badRequest("country '" + country + "' is not a two-letter ISO 3166-1 code such as UA"
                    + " or RU; to match a place name use place");
        }
        return EventQuery.all().withTypes(types).withFactualities(factualities).withFrom(from).withTo(to)
                .withActor(p.string("actor")).withPlace(p.string("place")).withCountry(country)
                .withText(p.string("text"));
    }

    /** The labels of the factualities that count as having happened, for messages and defaults. */
    static List<Factuality> happened() {
        return Arrays.stream(Factuality.values()).filter(Factuality::happened).toList();
    }
}
