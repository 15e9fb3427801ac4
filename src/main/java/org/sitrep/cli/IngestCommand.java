package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.sitrep.Pipeline;
import org.sitrep.Resolvers;
import org.sitrep.ingest.IngestOptions;
import org.sitrep.ingest.IngestProblem;
import org.sitrep.nlp.CoreNlpReader;
import org.sitrep.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "ingest", description = "Read articles (text, HTML, JSON Lines, RSS/Atom; directories; - for stdin) "
        + "and store the events they report.")
final class IngestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @Mixin
    AliasesOption aliases;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "files, directories, or - for standard input")
    List<String> inputs;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "publication date for articles that give none")
    String date;

    @Option(names = "--source", description = "the outlet the articles come from")
    String source;

    @Option(names = {"-q", "--quiet"}, description = "print nothing but errors")
    boolean quiet;

    @Option(names = "--threads", description = "articles read in parallel (default: the number of cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() {
        IngestOptions options = new IngestOptions(QueryOptions.date("--date", date), source);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        // CoreNLP's models take seconds to load: start them first, and read the tables and open the database (on
        // this thread) meanwhile. The user's people act for their states when the store merges mentions.
        Supplier<CoreNlpReader> nlp = CoreNlpReader.loadInBackground();
        Resolvers resolvers = aliases.load();
        try (EventStore store = database.open(resolvers.affiliations());
             Pipeline pipeline = Pipeline.createDefault(nlp, () -> resolvers, threads)) {
            Pipeline.Summary summary;
            if (quiet) {
                summary = pipeline.ingest(inputs, options, System.in, store, a -> { });
            } else {
                try (ProgressBar bar = new ProgressBarBuilder().setTaskName("Ingesting").setUnit(" articles", 1)
                        .setInitialMax(-1).showSpeed().setStyle(ProgressBarStyle.ASCII).continuousUpdate().build()) {
                    summary = pipeline.ingest(inputs, options, System.in, store, a -> bar.step());
                }
            }
            report(summary, store.stats().events(), out, err);
            return summary.clean() ? 0 : 1;
        }
    }

    private void report(Pipeline.Summary s, int events, PrintWriter out, PrintWriter err) {
        for (IngestProblem p : s.report().errors()) {
            err.println("error: " + p);
        }
        for (IngestProblem p : s.failures()) {
            err.println("error: " + p);
        }
        if (!quiet) {
            for (IngestProblem p : s.report().warnings()) {
                err.println("warning: " + p);
            }
            double seconds = s.wallNanos() / 1e9;
            out.printf("%d articles stored with %d mentions, %d already stored%s, %d failed in %.1f s"
                    + " (%.2f articles/s); the database now holds %d events%n", s.stored(), s.mentions(),
                    s.duplicates(), s.reprints() == 0 ? ""
                            : " (" + s.reprints() + " of them reprinted word for word by another outlet)",
                    s.report().errors().size() + s.failures().size(), seconds,
                    s.stored() / Math.max(seconds, 1e-9), events);
            Map<String, Integer> skipped = s.report().skippedByExtension();
            if (!skipped.isEmpty()) {
                out.println("skipped files of other kinds: " + skipped);
            }
        }
        out.flush();
        err.flush();
    }
}
