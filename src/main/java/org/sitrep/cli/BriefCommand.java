package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.model.Event;
import org.sitrep.query.EventQuery;
import org.sitrep.report.Brief;
import org.sitrep.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "brief", description = "A situation report for a day or a range of days: headline counts, attack "
        + "figures, then the events grouped by theatre and type, each line citing its articles.")
final class BriefCommand implements Callable<Integer> {

    enum Format { markdown, html }

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @Option(names = "--date", paramLabel = "DATE", description = "the day to report (YYYY-MM-DD); an overnight "
            + "attack counts for the morning it ends")
    String date;

    @Option(names = "--from", paramLabel = "DATE", description = "first day of a longer report")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "last day of a longer report")
    String to;

    @Option(names = "--format", description = "markdown or html (default: ${DEFAULT-VALUE})")
    Format format = Format.markdown;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "write here instead of standard output")
    Path out;

    @Override
    public Integer call() throws IOException {
        LocalDate first;
        LocalDate last;
        if (date != null) {
            if (from != null || to != null) {
                throw new UserInputException("give either --date or --from/--to, not both");
            }
            first = last = QueryOptions.date("--date", date);
        } else if (from != null || to != null) {
            first = QueryOptions.date("--from", from != null ? from : to);
            last = QueryOptions.date("--to", to != null ? to : from);
            if (first.isAfter(last)) {
                throw new UserInputException("--from " + first + " is after --to " + last);
            }
        } else {
            throw new UserInputException("say which day to report: --date YYYY-MM-DD, or --from and --to");
        }
        String text;
        try (EventStore store = database.open()) {
            // The night that counts for the first day began the evening before.
            List<Event> events = store.events(EventQuery.all().withFrom(first.minusDays(1)).withTo(last));
            Brief brief = Brief.of(events, store::article, first, last);
            text = format == Format.html ? brief.html() : brief.markdown();
        }
        if (out == null) {
            PrintWriter w = spec.commandLine().getOut();
            w.print(text);
            w.flush();
        } else {
            Files.writeString(out, text, StandardCharsets.UTF_8);
        }
        return 0;
    }
}
