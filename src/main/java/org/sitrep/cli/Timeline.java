package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.Quantity;
import org.sitrep.model.Role;

/** Prints events as a plain-text timeline, one line each, for people at a terminal. */
final class Timeline {

    private Timeline() {
    }

    static void print(List<Event> events, PrintWriter out) {
        if (events.isEmpty()) {
            out.println("(no events)");
            return;
        }
        for (Event e : events) {
            out.println(line(e));
        }
    }

    /** The event's date range, or "undated". */
    static String when(Event e) {
        if (e.date() == null) {
            return "undated";
        }
        return e.date().start() + (e.date().end().equals(e.date().start()) ? "" : ".." + e.date().end()) + " ("
                + e.date().precision().label() + ")";
    }

    static String line(Event e) {
        String when = e.date() == null ? "????-??-??" : e.date().start().toString();
        String precision = e.date() == null ? "" : e.date().precision().label();
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%s %-5s %-9s %-15s", when, precision, e.type(), e.id()));
        b.append(' ').append(who(e));
        if (e.location() != null) {
            b.append(" @ ").append(e.location().name());
        }
        if (!e.quantities().isEmpty()) {
            b.append(" [").append(quantities(e.quantities())).append(']');
        }
        if (!e.claimedBy().isEmpty()) {
            b.append(" per ").append(String.join("; ", e.claimedBy()));
        }
        if (!e.factuality().happened() || e.factuality().label().equals("historical")) {
            b.append(" (").append(e.factuality().label()).append(')');
        }
        if (e.sources() != null && e.sources().articles() > 1) {
            b.append(" {").append(e.sources().articles()).append(" articles, ").append(e.sources().independent())
                    .append(" independent}");
        }
        if (!e.disputes().isEmpty()) {
            b.append(" DISPUTED");
        }
        return b.toString();
    }

    static String who(Event e) {
        List<String> actors = new ArrayList<>();
        List<String> recipients = new ArrayList<>();
        for (Actor a : e.actors()) {
            (a.role() == Role.ACTOR ? actors : recipients).add(a.name());
        }
        String left = actors.isEmpty() ? "?" : String.join(" & ", actors);
        return recipients.isEmpty() ? left : left + " -> " + String.join(" & ", recipients);
    }

    static String quantities(List<Quantity> qs) {
        List<String> parts = new ArrayList<>();
        for (Quantity q : qs) {
            StringBuilder p = new StringBuilder();
            switch (q.bound()) {
                case ABOUT -> p.append("~");
                case AT_LEAST -> p.append(">=");
                case UP_TO -> p.append("<=");
                default -> { }
            }
            p.append(q.count()).append(' ');
            if (q.subtype() != null) {
                p.append(q.subtype()).append(' ');
            }
            p.append(q.item());
            if (q.status() != null) {
                p.append(' ').append(q.status());
            }
            parts.add(p.toString());
        }
        return String.join(", ", parts);
    }
}
