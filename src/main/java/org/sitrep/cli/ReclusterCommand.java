package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.sitrep.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Rebuilds every event from the stored mentions: the same mentions always give the same events and ids. */
@Command(name = "recluster", description = "Rebuild all events from the stored mentions, deterministically. "
        + "Event ids carry over; ids of events that merged resolve to the event that holds them now.")
final class ReclusterCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @Mixin
    AliasesOption aliases;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        long start = System.nanoTime();
        // The user's people act for their states when merging, as they did when their articles were ingested.
        try (EventStore store = database.open(aliases.load().affiliations())) {
            report(store.recluster(), System.nanoTime() - start, out);
        }
        return 0;
    }

    static void report(EventStore.Rebuild r, long nanos, PrintWriter out) {
        out.printf("%d mentions clustered into %d events (%d before) in %.1f s; %d ids kept, %d old ids now "
                + "resolve to another event%n", r.mentions(), r.eventsAfter(), r.eventsBefore(), nanos / 1e9, r.kept(),
                r.newAliases());
        out.flush();
    }
}
