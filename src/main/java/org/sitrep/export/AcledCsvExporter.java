package org.sitrep.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

    static final List<String> COLUMNS = List.of("event_id_cnty", "event_date", "year", "time_precision",
            "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "actor2", "country",
            "admin1", "location", "latitude", "longitude", "geo_precision", "source", "notes", "fatalities",
            "factuality", "plover_type", "plover_modes", "independent_sources", "disputes", "sitrep_id");
    private static final Pattern HEX_ID = Pattern.compile("ev-([0-9a-f]{12})");

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
        if (sources.isEmpty()) {
            e.mentions().forEach(ev -> sources.add(ev.doc()));
        }
        long fatalities = 0;
        for (Quantity q : e.quantities()) {
            if ("killed".equalsIgnoreCase(q.item())) {
                fatalities += q.count();
            }
        }
        List<String> disputes = new ArrayList<>();
        e.disputes().forEach(x -> disputes.add(AttackTalliesCsv.describe(x)));
        LocalDate day = d == null ? null : eventDate(d);
        List<String> f = new ArrayList<>(COLUMNS.size());
        f.add(eventIdCnty(country, e.id()));
        f.add(day == null ? "" : day.toString());
        f.add(day == null ? "" : Integer.toString(day.getYear()));
        f.add(d == null ? "" : Integer.toString(timePrecision(d)));
        f.add(t.disorder());
        f.add(t.event());
        f.add(t.subEvent());
        f.add(actors.isEmpty() ? "" : actors.get(0));
        f.add(String.join("; ", actors.subList(Math.min(1, actors.size()), actors.size())));
        f.add(recipients.isEmpty() ? "" : recipients.get(0));
        f.add(country == null ? "" : countryName(country));
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
        f.add(e.sources() == null ? "" : Integer.toString(e.sources().independent()));
        f.add(String.join("; ", disputes));
        f.add(e.id());
        return f;
    }

    /**
     * ACLED's style of id, country letters then a number: the location's ISO 3166-1 alpha-3 code ({@code XXX}
     * when there is none) and the event id's twelve hex digits read as a decimal number (any other id is hashed
     * first), so the same event always gets the same id.
     */
    static String eventIdCnty(String iso2, String eventId) {
        String iso3 = "XXX";
        if (iso2 != null) {
            try {
                String code = new Locale("", iso2).getISO3Country();
                iso3 = code.isEmpty() ? iso3 : code;
            } catch (MissingResourceException ex) {
                iso3 = "XXX";
            }
        }
        Matcher m = HEX_ID.matcher(eventId);
        String hex;
        if (m.matches()) {
            hex = m.group(1);
        } else {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(eventId.getBytes(StandardCharsets.UTF_8));
                hex = HexFormat.of().formatHex(digest, 0, 6);
            } catch (NoSuchAlgorithmException ex) {
                throw new IllegalStateException("the JDK lacks SHA-256", ex);
            }
        }
        return iso3 + Long.parseLong(hex, 16);
    }

    /**
     * The one date ACLED wants: the day itself; for a night the morning it ends (the date of its reports, and
     * when most overnight strikes land); for a longer range its middle day, as ACLED codes a week or a month it
     * cannot narrow down.
     */
    static LocalDate eventDate(EventDate d) {
        if (d.precision() == DatePrecision.NIGHT) {
            return d.end();
        }
        return d.start().plusDays(ChronoUnit.DAYS.between(d.start(), d.end()) / 2);
    }

    /**
     * ACLED: 1 = the day is known; 2 = the date lies within a week (sitrep's nights, which straddle two days, and
     * ranges of up to 7 days); 3 = only the month, or coarser.
     */
    private static int timePrecision(EventDate d) {
        long span = ChronoUnit.DAYS.between(d.start(), d.end());
        if (d.precision() == DatePrecision.MONTH || d.precision() == DatePrecision.YEAR || span > 7) {
            return 3;
        }
        return d.precision() == DatePrecision.DAY && span == 0 ? 1 : 2;
    }

    /** ACLED writes the country's English name ("Ukraine", "Russia"); an unknown code stays as written. */
    static String countryName(String iso2) {
        if (!ISO_COUNTRIES.contains(iso2)) {
            return iso2;
        }
        return new Locale("", iso2).getDisplayCountry(Locale.ENGLISH);
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
