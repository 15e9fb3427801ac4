package org.sitrep.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.Actor;
import org.sitrep.model.Bound;
import org.sitrep.model.Dispute;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.Quantity;
import org.sitrep.model.Role;
import org.sitrep.model.Sources;

/**
 * Plain English for the parts of an event, shared by the brief, the attack table and the timeline export:
 * "at least 19 killed", "116 Shahed drones launched", "night of 20–21 Oct", "Russia → Ukraine",
 * "116 vs 110 drones launched". Returns plain text; callers escape it for their format.
 */
public final class EventWords {
    /** Items whose name is already plural or does not change ("2 killed", "500 troops", "3 aircraft"). */
    private static final Set<String> INVARIANT = Set.of("killed", "wounded", "troops", "aircraft", "injured", "dead");
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private EventWords() {
    }

    /** "116", "at least 19", "about 11,000", "up to 50". */
    public static String count(long n, Bound bound) {
        String number = String.format(Locale.ENGLISH, "%,d", n);
        return switch (bound) {
            case EXACT -> number;
            case ABOUT -> "about " + number;
            case AT_LEAST -> "at least " + number;
            case UP_TO -> "up to " + number;
        };
    }

    /** "116 Shahed drones launched", "1 drone shot down", "at least 2 killed", "3 HIMARS delivered". */
    public static String quantity(Quantity q) {
        return count(q.count(), q.bound()) + " " + thing(q.item(), q.subtype(), q.count()) + status(q.status());
    }

    /** Quantities joined by commas; empty for none. */
    public static String quantities(List<Quantity> qs) {
        List<String> parts = new ArrayList<>();
        qs.forEach(q -> parts.add(quantity(q)));
        return String.join(", ", parts);
    }

    /** "Shahed drones", "drone", "rocket launchers", "killed". */
    public static String thing(String item, String subtype, long count) {
        String name = item.replace('_', ' ');
        if (count != 1 && !INVARIANT.contains(item) && !name.endsWith("s")) {
            name = name + "s";
        }
        return subtype == null ? name : subtype + " " + name;
    }

    private static String status(String status) {
        return status == null ? "" : " " + status.replace('_', ' ');
    }

    /**
     * "21 Oct", "night of 20–21 Oct", "night of 31 Oct–1 Nov", "14–20 Oct", "October 2024", "2024"; the year is
     * added to day-level dates when {@code withYear}. Null gives "date unknown".
     */
    public static String when(EventDate d, boolean withYear) {
        if (d == null) {
            return "date unknown";
        }
        String year = withYear ? " " + d.end().getYear() : "";
        return switch (d.precision()) {
            case YEAR -> d.start().getYear() == d.end().getYear()
                    ? Integer.toString(d.start().getYear()) : d.start().getYear() + "–" + d.end().getYear();
            case MONTH -> d.start().getMonth() == d.end().getMonth() && d.start().getYear() == d.end().getYear()
                    ? MONTH_YEAR.format(d.start()) : range(d.start(), d.end()) + " " + d.end().getYear();
            case NIGHT -> "night of " + range(d.start(), d.end()) + year;
            case DAY, WEEK -> (d.start().equals(d.end()) ? DAY_MONTH.format(d.start()) : range(d.start(), d.end()))
                    + year;
        };
    }

    /** "20–21 Oct", "31 Oct–1 Nov". */
    private static String range(LocalDate a, LocalDate b) {
        if (a.getMonth() == b.getMonth() && a.getYear() == b.getYear()) {
            return a.getDayOfMonth() + "–" + DAY_MONTH.format(b);
        }
        return DAY_MONTH.format(a) + "–" + DAY_MONTH.format(b);
    }

    /** "21 October 2024". */
    public static String longDate(LocalDate d) {
        return LONG.format(d);
    }

    /** "Russia → Ukraine", "Russia", "Lloyd Austin and Volodymyr Zelensky → Ukraine"; "actor unknown" for none. */
    public static String who(Event e) {
        List<String> actors = new ArrayList<>();
        List<String> recipients = new ArrayList<>();
        for (Actor a : e.actors()) {
            (a.role() == Role.ACTOR ? actors : recipients).add(a.name());
        }
        String left = actors.isEmpty() ? "actor unknown" : and(actors);
        return recipients.isEmpty() ? left : left + " → " + and(recipients);
    }

    /** "a", "a and b", "a, b and c". */
    public static String and(List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /** "2 independent sources (3 articles)", "1 source". */
    public static String sources(Sources s) {
        if (s == null) {
            return "sources unknown";
        }
        String independent = s.independent() == 1 ? "1 source" : s.independent() + " independent sources";
        return s.articles() > s.independent()
                ? independent + " (" + s.articles() + " article" + (s.articles() == 1 ? "" : "s") + ")"
                : independent;
    }

    /** "116 vs 110 drones launched", "19 vs 20 wounded", "place: Kyiv vs Kyiv Oblast". */
    public static String dispute(Dispute d) {
        List<String> values = new ArrayList<>();
        for (Dispute.Value v : d.values()) {
            values.add(v.value() instanceof Long n ? String.format(Locale.ENGLISH, "%,d", n) : v.value().toString());
        }
        String versus = String.join(" vs ", values);
        String[] parts = d.field().split("\\.");
        if (parts[0].equals("quantities") && parts.length >= 2) {
            return versus + " " + thing(parts[1], null, 2)
                    + (parts.length > 2 ? status(String.join(" ", List.of(parts).subList(2, parts.length))) : "");
        }
        return fieldName(d.field()) + ": " + versus;
    }

    private static String fieldName(String field) {
        return switch (field) {
            case "location" -> "place";
            case "actors.actor" -> "actor";
            case "actors.recipient" -> "recipient";
            default -> field.replace('.', ' ').replace('_', ' ');
        };
    }
}
