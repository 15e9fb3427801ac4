package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.model.Dispute;
import org.sitrep.model.Event;
import org.sitrep.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Lists where the sources merged into one event disagree. */
@Command(name = "disputes", description = "List events whose sources disagree on a field (counts, date, place, "
        + "actor, visit number), with every value and the documents that give it.")
final class DisputesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @Mixin
    QueryOptions filters;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        int shown = 0;
        try (EventStore store = database.open()) {
            for (Event e : store.events(filters.query())) {
                if (e.disputes().isEmpty()) {
                    continue;
                }
                shown++;
                out.println(e.id() + "  " + e.type() + "  " + Timeline.when(e) + "  "
                        + e.sources().articles() + " article(s), " + e.sources().independent() + " independent");
                for (Dispute d : e.disputes()) {
                    out.println("  " + describe(d));
                }
            }
        }
        out.println(shown == 0 ? "no disputes" : shown + " event(s) with disputes");
        out.flush();
        return 0;
    }

    /** "quantities.drone.launched: 116 (a, b) vs 110 (c)". */
    static String describe(Dispute d) {
        List<String> values = new ArrayList<>();
        for (Dispute.Value v : d.values()) {
            values.add(v.value() + " (" + String.join(", ", v.sources()) + ")");
        }
        return d.field() + ": " + String.join(" vs ", values);
    }
}
