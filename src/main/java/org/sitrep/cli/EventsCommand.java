package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.export.JsonLinesExporter;
import org.sitrep.model.Event;
import org.sitrep.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "events", description = "List stored events as a timeline, or as JSON Lines with --json.")
final class EventsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @Mixin
    QueryOptions filters;

    @Option(names = "--json", description = "one JSON object per event (the export contract)")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (EventStore store = database.open()) {
            List<Event> events = store.events(filters.query());
            if (json) {
                new JsonLinesExporter().write(events, out);
            } else {
                Timeline.print(events, out);
            }
        }
        out.flush();
        return 0;
    }
}
