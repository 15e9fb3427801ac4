package org.sitrep.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.Actor;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.Evidence;
import org.sitrep.model.Location;
import org.sitrep.model.Quantity;
import org.sitrep.model.Role;

/**
 * Writes events as ACLED-style CSV (RFC 4180: CRLF line ends, fields quoted when they hold a comma, quote or
 * line break), one row per event, so tools built for ACLED data can read sitrep's. The PLOVER-to-ACLED
 * mapping is documented in docs/acled-mapping.md; keep the two in step.
 */
public final class AcledCsvExporter {
    static final List<String> COLUMNS = List.of("event_id_cnty", "event_date", "year", "time_precision",
            "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "actor2", "country",
            "admin1", "location", "latitude", "longitude", "geo_precision", "source", "notes", "fatalities",
            "factuality", "plover_type", "plover_modes");

    /**
     * Writes the header and one row per event; flushes but does not close {@code out}.
     *
     * @throws UncheckedIOException when writing fails
     */
    public void write(Iterable<Event> events, Writer out) {
        try {
            row(out, COLUMNS);
            for (Event e : events) {
                row(out, fields(e));
            }
            out.flush();
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot write CSV: " + ex.getMessage(), ex);
        }
    }

    private static List<String> fields(Event e) {
        EventDate d = e.date();
        Location l = e.location();
        AcledType t = AcledType.of(e);
        List<String> actors = names(e, Role.ACTOR);
        List<String> recipients = names(e, Role.RECIPIENT);
        String country = l == null || l.country() == null ? null : l.country().toUpperCase(Locale.ROOT);
        Set<String> sources = new LinkedHashSet<>();
        for (Evidence ev : e.mentions()) {
            if (ev.source() != null && !ev.source().isBlank()) {
                sources.add(ev.source().strip());
            }
        }
        long fatalities = 0;
        for (Quantity q : e.quantities()) {
            if ("killed".equalsIgnoreCase(q.item())) {
                fatalities += q.count();
            }
        }
        List<String> f = new ArrayList<>(COLUMNS.size());
        f.add((country == null ? "XX" : country) + e.id());
        f.add(d == null ? "" : d.start().toString());
        f.add(d == null ? "" : Integer.toString(d.start().getYear()));
        f.add(d == null ? "" : Integer.toString(timePrecision(d)));
        f.add(t.disorder());
        f.add(t.event());
        f.add(t.subEvent());
        f.add(actors.isEmpty() ? "" : actors.get(0));
        f.add(String.join("; ", actors.subList(Math.min(1, actors.size()), actors.size())));
        f.add(recipients.isEmpty() ? "" : recipients.get(0));
        f.add(country == null ? "" : country);
        f.add(l == null || l.admin1() == null ? "" : l.admin1());
        f.add(l == null ? "" : l.name());
        f.add(l == null ? "" : BigDecimal.valueOf(l.lat()).toPlainString());
        f.add(l == null ? "" : BigDecimal.valueOf(l.lon()).toPlainString());
        f.add(l == null ? "" : Integer.toString(geoPrecision(l)));
        f.add(String.join("; ", sources));
        f.add(e.mentions().isEmpty() ? "" : e.mentions().get(0).text());
        f.add(Long.toString(fatalities));
        f.add(e.factuality() == null ? "" : e.factuality().label());
        f.add(e.type().name());
        f.add(String.join("; ", e.modes()));
        return f;
    }

    /** ACLED: 1 = the day is known, 2 = within a week, 3 = only the month (or coarser). */
    private static int timePrecision(EventDate d) {
        long span = ChronoUnit.DAYS.between(d.start(), d.end());
        if (d.precision() == DatePrecision.MONTH || d.precision() == DatePrecision.YEAR || span > 7) {
            return 3;
        }
        return d.precision() == DatePrecision.DAY && span == 0 ? 1 : 2;
    }

    /** ACLED: 1 = the town itself, 2 = somewhere in a region, 3 = only the country. */
    private static int geoPrecision(Location l) {
        return switch (l.precision()) {
            case POINT, CITY -> 1;
            case REGION -> 2;
            case COUNTRY -> 3;
        };
    }

    private static List<String> names(Event e, Role role) {
        List<String> out = new ArrayList<>();
        for (Actor a : e.actors()) {
            if (a.role() == role) {
                out.add(a.name());
            }
        }
        return out;
    }

    static void row(Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quote(fields.get(i)));
        }
        out.write("\r\n");
    }

    static String quote(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
