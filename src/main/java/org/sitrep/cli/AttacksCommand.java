package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.sitrep.export.AttackTalliesCsv;
import org.sitrep.export.AttackTalliesJson;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Factuality;
import org.sitrep.query.AttackTallies;
import org.sitrep.query.EventQuery;
import org.sitrep.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "attacks", description = "The nightly attack series: per night (or day), drones and missiles "
        + "launched and shot down, killed and wounded, each figure with who claims it and how many independent "
        + "sources give it. A night counts for the morning it ends.")
final class AttacksCommand implements Callable<Integer> {

    enum Format { table, csv, json }

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @Option(names = "--from", paramLabel = "DATE", description = "first day (YYYY-MM-DD); a night counts for the "
            + "morning it ends")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "last day (YYYY-MM-DD)")
    String to;

    @Option(names = "--format", description = "table, csv or json (default: ${DEFAULT-VALUE})")
    Format format = Format.table;

    @Override
    public Integer call() throws IOException {
        LocalDate first = QueryOptions.date("--from", from);
        LocalDate last = QueryOptions.date("--to", to);
        if (first != null && last != null && first.isAfter(last)) {
            throw new UserInputException("--from " + first + " is after --to " + last);
        }
        PrintWriter out = spec.commandLine().getOut();
        AttackTallies tallies;
        try (EventStore store = database.open()) {
            // The night that counts for --from began the evening before.
            EventQuery q = EventQuery.all().withTypes(Set.of(EventType.ASSAULT))
                    .withFrom(first == null ? null : first.minusDays(1)).withTo(last)
                    .withFactualities(EnumSet.of(Factuality.REPORTED, Factuality.HISTORICAL));
            List<Event> events = store.events(q);
            tallies = AttackTallies.of(events, first, last);
        }
        switch (format) {
            case table -> AttacksTable.print(tallies, out);
            case csv -> new AttackTalliesCsv().write(tallies, out);
            case json -> out.println(new ObjectMapper().writerWithDefaultPrettyPrinter()
                    .writeValueAsString(AttackTalliesJson.toJson(tallies)));
            default -> throw new IllegalStateException(format.name());
        }
        out.flush();
        return 0;
    }
}
