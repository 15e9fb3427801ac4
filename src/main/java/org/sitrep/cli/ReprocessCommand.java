package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.sitrep.Pipeline;
import org.sitrep.Resolvers;
import org.sitrep.model.Article;
import org.sitrep.model.Mention;
import org.sitrep.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Re-reads the stored articles with this sitrep's extractor and tables, replacing their mentions, then rebuilds the
 * events. Nothing changes until every article has been read, and then all at once.
 */
@Command(name = "reprocess", description = "Re-read every stored article with this sitrep's extractor, actor "
        + "tables, gazetteer and your alias file, then rebuild the events. Event ids carry over.")
final class ReprocessCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @Mixin
    AliasesOption aliases;

    @Option(names = "--threads", description = "articles read in parallel (default: all cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        long start = System.nanoTime();
        Resolvers resolvers = aliases.load();
        try (EventStore store = database.open(resolvers.affiliations())) {
            List<Article> articles = store.articles();
            out.println("re-reading " + articles.size() + " articles (loading CoreNLP takes about 10 s)");
            out.flush();
            Map<String, List<Mention>> read = new ConcurrentHashMap<>();
            // An article that cannot be read again keeps the mentions it has.
            List<String> failed = Collections.synchronizedList(new ArrayList<>());
            try (Pipeline pipeline = Pipeline.createDefault(resolvers, threads)) {
                ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
                try {
                    List<Future<?>> jobs = new ArrayList<>();
                    for (Article a : articles) {
                        jobs.add(pool.submit(() -> {
                            try {
                                read.put(a.id(), pipeline.mentions(a));
                            } catch (RuntimeException e) {
                                failed.add(a.doc() + " (" + a.origin() + "): " + e);
                            }
                        }));
                    }
                    for (Future<?> f : jobs) {
                        f.get();
                    }
                } finally {
                    pool.shutdownNow();
                }
            }
            ReclusterCommand.report(store.replaceMentions(read), System.nanoTime() - start, out);
            for (String f : failed) {
                spec.commandLine().getErr().println("error: could not re-read " + f + "; its old mentions are kept");
            }
            spec.commandLine().getErr().flush();
            return failed.isEmpty() ? 0 : 1;
        }
    }
}
