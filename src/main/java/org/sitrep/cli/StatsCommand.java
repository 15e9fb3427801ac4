package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.sitrep.store.EventStore;
import org.sitrep.store.StoreStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "stats", description = "Count stored articles and events by type and factuality.")
final class StatsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (EventStore store = database.open()) {
            StoreStats s = store.stats();
            out.printf("articles: %d%nevents:   %d (%d mentions)%n", s.articles(), s.events(), s.mentions());
            out.println("dates:    " + (s.firstEventDate() == null ? "none" : s.firstEventDate() + " .. " + s.lastEventDate()));
            out.println("by type:");
            s.eventsByType().forEach((k, v) -> out.printf("  %-10s %6d%n", k, v));
            out.println("by factuality:");
            s.eventsByFactuality().forEach((k, v) -> out.printf("  %-12s %6d%n", k, v));
        }
        out.flush();
        return 0;
    }
}
