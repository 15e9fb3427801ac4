package org.sitrep.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.export.AcledCsvExporter;
import org.sitrep.export.JsonLinesExporter;
import org.sitrep.export.TimelineJsExporter;
import org.sitrep.model.Event;
import org.sitrep.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", description = "Export events as JSON Lines (the contract in docs/event-schema.md), "
        + "ACLED-style CSV or a TimelineJS timeline.")
final class ExportCommand implements Callable<Integer> {

    enum Format { jsonl, csv, timelinejs }

    @Mixin
    DatabaseOption database;

    @Mixin
    QueryOptions filters;

    @Option(names = "--format", required = true, description = "jsonl, csv or timelinejs")
    Format format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "write here instead of standard output")
    Path out;

    @Option(names = "--title", description = "headline of the TimelineJS title slide (default: ${DEFAULT-VALUE})")
    String title = "sitrep: events from war reporting";

    @Option(names = "--include-unconfirmed", description = "also export future, hypothetical and negated events "
            + "(they keep their factuality label)")
    boolean all;

    @Override
    public Integer call() throws IOException {
        try (EventStore store = database.open()) {
            List<Event> events = store.events(filters.query());
            if (!all) {
                events = events.stream().filter(e -> e.factuality().happened()).toList();
            }
            try (Writer w = out == null
                    ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
                    : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                switch (format) {
                    case jsonl -> new JsonLinesExporter().write(events, w);
                    case csv -> new AcledCsvExporter().write(events, w);
                    case timelinejs -> new TimelineJsExporter().write(events, title, w);
                    default -> throw new IllegalStateException(format.name());
                }
                w.flush();
            }
        }
        return 0;
    }
}
