package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.export.AttackTalliesCsv;
import org.sitrep.query.AttackTallies;
import org.sitrep.query.AttackTallies.Alternative;
import org.sitrep.query.AttackTallies.Figure;
import org.sitrep.query.AttackTallies.Row;
import org.sitrep.report.EventWords;

/** The attack series as a plain-text table for the terminal: a heading per row, a line per figure. */
final class AttacksTable {

    private AttacksTable() {
    }

    static void print(AttackTallies t, PrintWriter out) {
        if (t.rows().isEmpty()) {
            out.println("(no attacks with counts in this period)");
        }
        int label = "figure".length();
        int count = "count".length();
        int claim = "claimed by".length();
        for (Row r : t.rows()) {
            for (Figure f : r.figures()) {
                label = Math.max(label, f.measure().label().length());
                count = Math.max(count, EventWords.count(f.count(), f.bound()).length());
                claim = Math.min(40, Math.max(claim, String.join("; ", f.claimedBy()).length()));
            }
        }
        String format = "  %-" + label + "s  %" + count + "s  %-" + claim + "s  %7s  %s%n";
        boolean first = true;
        for (Row r : t.rows()) {
            if (!first) {
                out.println();
            }
            first = false;
            out.println(r.period().label() + "  " + (r.attacker() == null ? "attacker unknown" : r.attacker().name())
                    + " -> " + (r.target() == null ? "target unknown" : r.target().name()));
            out.printf(format, "figure", "count", "claimed by", "sources", "events");
            for (Figure f : r.figures()) {
                String claimants = String.join("; ", f.claimedBy());
                if (claimants.length() > claim) {
                    claimants = claimants.substring(0, claim - 3) + "...";
                }
                out.printf(format, f.measure().label(), EventWords.count(f.count(), f.bound()), claimants,
                        f.independentSources(), String.join(", ", f.eventIds()));
                if (!f.places().isEmpty()) {
                    out.println("      places: " + String.join(" + ", f.places()));
                }
                List<String> disputed = new ArrayList<>();
                for (Alternative a : f.alternatives()) {
                    disputed.add(EventWords.count(a.count(), a.bound()) + (a.place() == null ? "" : " in " + a.place())
                            + " per " + (a.claimedBy().isEmpty() ? "unattributed" : String.join("; ", a.claimedBy()))
                            + " (" + a.independentSources() + " source" + (a.independentSources() == 1 ? "" : "s")
                            + ", " + String.join(", ", a.eventIds()) + ")");
                }
                f.disputes().forEach(d -> disputed.add(AttackTalliesCsv.describe(d)));
                disputed.forEach(d -> out.println("      disputed: " + d));
            }
        }
        if (!t.imprecise().isEmpty()) {
            out.println();
            out.println(t.imprecise().size() + " attack event(s) with counts are dated too coarsely for a night and "
                    + "are not counted: " + String.join(", ", t.imprecise()));
        }
    }
}
