package org.sitrep.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.EventType;
import org.sitrep.model.Factuality;
import org.sitrep.query.EventQuery;
import picocli.CommandLine.Option;

/** Event filters shared by events and export. */
final class QueryOptions {

    @Option(names = "--type", split = ",", paramLabel = "TYPE", description = "PLOVER types, e.g. ASSAULT,CONSULT")
    List<String> types = List.of();

    @Option(names = "--from", paramLabel = "DATE", description = "events on or after this date (YYYY-MM-DD)")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "events on or before this date (YYYY-MM-DD)")
    String to;

    @Option(names = "--actor", description = "actor id, name or alias (substring)")
    String actor;

    @Option(names = "--place", description = "place name, country code or region (substring)")
    String place;

    @Option(names = "--text", description = "words in an evidence sentence")
    String text;

    @Option(names = "--factuality", split = ",", paramLabel = "F",
            description = "reported, historical, future, hypothetical, negated")
    List<String> factualities = List.of();

    @Option(names = "--limit", description = "at most this many events (0: all)")
    int limit;

    EventQuery query() {
        Set<EventType> t = EnumSet.noneOf(EventType.class);
        for (String s : types) {
            try {
                t.add(EventType.valueOf(s.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new UserInputException("unknown event type '" + s + "'; use one of " + List.of(EventType.values()));
            }
        }
        Set<Factuality> f = EnumSet.noneOf(Factuality.class);
        for (String s : factualities) {
            try {
                f.add(Factuality.fromLabel(s));
            } catch (IllegalArgumentException e) {
                throw new UserInputException("unknown factuality '" + s
                        + "'; use reported, historical, future, hypothetical or negated");
            }
        }
        return EventQuery.all().withTypes(t).withFrom(date("--from", from)).withTo(date("--to", to))
                .withActor(actor).withPlace(place).withText(text).withFactualities(f).withLimit(limit);
    }

    static LocalDate date(String option, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new UserInputException(option + " '" + value + "' is not a date; write it as YYYY-MM-DD");
        }
    }
}
