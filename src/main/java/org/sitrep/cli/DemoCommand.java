package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.Pipeline;
import org.sitrep.Resolvers;
import org.sitrep.ingest.IngestOptions;
import org.sitrep.model.Event;
import org.sitrep.query.EventQuery;
import org.sitrep.store.EventStore;
import org.sitrep.store.SqliteStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "demo", description = "Ingest the bundled sample articles into a temporary database, print the "
        + "timeline of their events, then serve the analyst's desk over them and print its address.")
final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--samples", paramLabel = "DIR", description = "articles to use instead of the bundled samples")
    Path samples;

    @Option(names = "--keep", paramLabel = "FILE", description = "keep the database in FILE instead of a temporary one")
    Path keep;

    @Option(names = "--no-serve", negatable = true, description = "serve the desk after printing the timeline "
            + "(default: ${DEFAULT-VALUE}); --no-serve just prints and exits")
    boolean serve = true;

    @Option(names = "--port", description = "port to serve on (default: ${DEFAULT-VALUE}; a free one if taken)")
    int port = 8080;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path dir = Samples.articles(samples);
        Path db = keep != null ? keep : Files.createTempDirectory("sitrep-demo").resolve("demo.db");
        out.println("sitrep demo: reading the articles in " + dir + " (loading CoreNLP takes about 10 s)");
        out.flush();
        int threads = Runtime.getRuntime().availableProcessors();
        try (EventStore store = SqliteStore.open(db)) {
            Pipeline.Summary s;
            // The pipeline (CoreNLP, ~1 GB) is dropped before serving: the desk only reads the store.
            Resolvers resolvers = Resolvers.loadDefault();
            try (Pipeline pipeline = Pipeline.createDefault(resolvers, threads)) {
                s = pipeline.ingest(List.of(dir.toString()), new IngestOptions(null, null), System.in, store,
                        a -> { });
            }
            out.printf("%d articles, %d mentions merged into %d events in %.1f s; database: %s%n%n", s.stored(),
                    s.mentions(), store.stats().events(), s.wallNanos() / 1e9, db);
            List<Event> events = store.events(EventQuery.all());
            Timeline.print(events, out);
            out.println();
            out.println("Next: sitrep show ID --db " + db + "   |   sitrep export --format jsonl --db " + db);
            out.flush();
            if (serve) {
                out.println();
                Serving.untilStopped(store, db, () -> resolvers, "127.0.0.1", Serving.freePortOr(port), out);
            }
            return s.clean() ? 0 : 1;
        }
    }
}
