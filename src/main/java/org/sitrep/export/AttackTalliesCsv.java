package org.sitrep.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.model.Bound;
import org.sitrep.model.Dispute;
import org.sitrep.query.AttackTallies;
import org.sitrep.query.AttackTallies.Alternative;
import org.sitrep.query.AttackTallies.Figure;
import org.sitrep.query.AttackTallies.Party;
import org.sitrep.query.AttackTallies.Row;

/**
 * The nightly attack series as CSV (RFC 4180, as {@link AcledCsvExporter}), one row per figure: the period, the
 * sides, what is counted, the number and who backs it. Lists inside a field are joined by {@code "; "}.
 * {@code other_values} holds the numbers the figure did not take, as {@code 110 (Kyiv) [doc, doc]};
 * {@code disputes} the events' own disputes, as {@code quantities.drone.launched: 116 [doc] vs 110 [doc]}.
 */
public final class AttackTalliesCsv {
    static final List<String> COLUMNS = List.of("period_start", "period_end", "period", "attacker_id", "attacker",
            "target_id", "target", "item", "subtype", "status", "count", "bound", "places", "claimed_by",
            "independent_sources", "events", "docs", "other_values", "disputes");

    /**
     * Writes the header and the figures; flushes but does not close {@code out}.
     *
     * @throws UncheckedIOException when writing fails
     */
    public void write(AttackTallies tallies, Writer out) {
        try {
            AcledCsvExporter.row(out, COLUMNS);
            for (Row r : tallies.rows()) {
                for (Figure f : r.figures()) {
                    AcledCsvExporter.row(out, fields(r, f));
                }
            }
            out.flush();
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot write CSV: " + ex.getMessage(), ex);
        }
    }

    private static List<String> fields(Row r, Figure f) {
        List<String> c = new ArrayList<>(COLUMNS.size());
        c.add(r.period().start().toString());
        c.add(r.period().end().toString());
        c.add(r.period().night() ? "night" : "day");
        c.add(id(r.attacker()));
        c.add(name(r.attacker()));
        c.add(id(r.target()));
        c.add(name(r.target()));
        c.add(f.measure().item());
        c.add(nullToEmpty(f.measure().subtype()));
        c.add(nullToEmpty(f.measure().status()));
        c.add(Long.toString(f.count()));
        c.add(f.bound().label());
        c.add(String.join("; ", f.places()));
        c.add(String.join("; ", f.claimedBy()));
        c.add(Integer.toString(f.independentSources()));
        c.add(String.join("; ", f.eventIds()));
        c.add(String.join("; ", f.docs()));
        List<String> others = new ArrayList<>();
        for (Alternative a : f.alternatives()) {
            others.add(count(a.count(), a.bound()) + (a.place() == null ? "" : " (" + a.place() + ")")
                    + " [" + String.join(", ", a.docs()) + "]");
        }
        c.add(String.join("; ", others));
        List<String> disputes = new ArrayList<>();
        for (Dispute d : f.disputes()) {
            disputes.add(describe(d));
        }
        c.add(String.join("; ", disputes));
        return c;
    }

    /** {@code quantities.drone.launched: 116 [a, b] vs 110 [c]}. */
    public static String describe(Dispute d) {
        List<String> values = new ArrayList<>();
        for (Dispute.Value v : d.values()) {
            values.add(v.value() + " [" + String.join(", ", v.sources()) + "]");
        }
        return d.field() + ": " + String.join(" vs ", values);
    }

    /** "116", "at least 19", "about 11000", "up to 50": no thousands separators inside CSV fields. */
    private static String count(long count, Bound bound) {
        return switch (bound) {
            case EXACT -> Long.toString(count);
            default -> bound.label().replace('_', ' ').toLowerCase(Locale.ROOT) + " " + count;
        };
    }

    private static String id(Party p) {
        return p == null ? "" : p.id();
    }

    private static String name(Party p) {
        return p == null ? "" : p.name();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
