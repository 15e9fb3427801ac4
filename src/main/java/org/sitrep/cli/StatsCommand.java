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
            out.println(s.render());
        }
        out.flush();
        return 0;
    }
}
