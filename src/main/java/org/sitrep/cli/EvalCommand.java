package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.sitrep.Pipeline;
import org.sitrep.Resolvers;
import org.sitrep.cluster.Clusterer;
import org.sitrep.cluster.MentionRecord;
import org.sitrep.eval.ArticleEvents;
import org.sitrep.eval.ClusterScore;
import org.sitrep.eval.Evaluator;
import org.sitrep.eval.GoldEvent;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Ids;
import org.sitrep.model.Mention;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "eval", description = "Score extraction against a gold file: precision, recall and F1 overall and "
        + "per field; and clustering against the gold clusters beside it (B-cubed precision, recall and F1).")
final class EvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    GoldOptions goldOptions;

    @Option(names = "--misses", description = "list the gold events extraction missed")
    boolean showMisses;

    @Option(names = "--errors", description = "list the wrong fields of the gold events extraction found, and the "
            + "extracted events that match no gold event")
    boolean showErrors;

    @Option(names = "--cluster-errors", description = "list the gold happenings clustering split over several events, "
            + "and the events it blended from several happenings, each mention with what clustering compares")
    boolean showClusterErrors;

    @Option(names = "--clusters", paramLabel = "FILE",
            description = "gold clusters, TSV of cluster, doc, evidence (default: clusters.tsv beside the gold file, "
                    + "when there is one)")
    Path clusters;

    @Option(names = "--merged", description = "list misses and errors of the events merged within each article "
            + "instead of those of the single sentences")
    boolean listMerged;

    @Option(names = "--threads", description = "articles read in parallel")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws Exception {
        List<GoldEvent> goldEvents = goldOptions.readGold();
        List<Article> read = goldOptions.readArticles();

        Path clusterFile = clusters != null ? clusters
                : goldOptions.gold.toAbsolutePath().resolveSibling("clusters.tsv");
        if (clusters != null && !Files.isRegularFile(clusters)) {
            throw new UserInputException("gold clusters file " + clusters + " does not exist");
        }
        Map<String, List<Event>> predicted = new ConcurrentHashMap<>();
        Map<String, List<Event>> merged = new ConcurrentHashMap<>();
        ArticleEvents articleEvents = new ArticleEvents();
        Map<String, String> texts = new ConcurrentHashMap<>();
        List<MentionRecord> mentions = Collections.synchronizedList(new ArrayList<>());
        Resolvers resolvers = Resolvers.loadDefault();
        try (Pipeline pipeline = Pipeline.createDefault(resolvers, threads)) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<?>> jobs = new ArrayList<>();
                for (Article a : read) {
                    texts.put(a.doc(), a.text());
                    jobs.add(pool.submit(() -> {
                        List<Event> events = new ArrayList<>();
                        List<Mention> found = pipeline.mentions(a);
                        for (Mention m : found) {
                            events.add(Event.of(Ids.eventFoundedBy(a.id(), m), m));
                            mentions.add(MentionRecord.of(a, m));
                        }
                        predicted.put(a.doc(), events);
                        merged.put(a.doc(), articleEvents.of(a, found));
                    }));
                }
                for (Future<?> f : jobs) {
                    f.get();
                }
            } finally {
                pool.shutdown();
            }
        }
        Evaluator evaluator = new Evaluator(resolvers.placeLookup());
        Evaluator.Report r = evaluator.score(goldEvents, predicted, texts);
        Map<String, String> sameHappening = new HashMap<>();
        if (Files.isRegularFile(clusterFile)) {
            for (ClusterScore.GoldMention g : ClusterScore.readClusters(clusterFile)) {
                sameHappening.put(Evaluator.key(g.doc(), g.evidence()), g.cluster());
            }
        }
        Evaluator.Report e = evaluator.score(goldEvents, merged, texts, sameHappening);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%d articles, %d gold events, %d extracted mentions, %d events once merged within each article%n",
                texts.size(), r.events().gold(), r.events().predicted(), e.events().predicted());
        table(out, "per sentence: each extracted mention scored on its own", r);
        table(out, "per event: mentions merged within each article, as exported", e);
        out.printf("%nnot-happened events exported as happened: %d%n", Math.max(r.unsafe(), e.unsafe()));
        if (Files.isRegularFile(clusterFile)) {
            List<ClusterScore.GoldMention> goldMentions = ClusterScore.withGoldEvents(
                    ClusterScore.readClusters(clusterFile), goldEvents);
            ClusterScore.Result c = ClusterScore.score(goldMentions, new Clusterer().clusterAll(mentions));
            out.printf("%nclustering B-cubed precision %.3f, recall %.3f, F1 %.3f%n", c.precision(), c.recall(),
                    c.f1());
            out.printf("  over %d gold mentions (%d located among %d extracted) in %d gold clusters, from %s "
                            + "and the gold events as clusters of their own%n", c.mentions(), c.located(),
                    mentions.size(), c.goldClusters(), clusterFile.getFileName());
            if (showClusterErrors) {
                groupings(out, "split", c.splits());
                groupings(out, "blended", c.blends());
            }
        }
        Evaluator.Report listed = listMerged ? e : r;
        if (showMisses) {
            out.println();
            for (GoldEvent g : listed.misses()) {
                out.println("missed " + g.doc() + " " + g.type() + " \"" + g.evidence() + "\"");
            }
        }
        if (showErrors) {
            out.println();
            for (Evaluator.FieldError f : listed.errors()) {
                out.printf("wrong %s %s \"%s\": gold %s, extracted %s%n", f.field(), f.gold().doc(),
                        f.gold().evidence(), f.expected(), f.extracted());
            }
            for (Event x : listed.extra()) {
                Evidence m = x.mentions().get(0);
                out.printf("extra %s %s %s \"%s\"%n", m.doc(), x.type(), x.factuality().label(),
                        m.text().substring(0, Math.min(m.text().length(), 110)).replace('\n', ' '));
            }
        }
        out.flush();
        return 0;
    }

    private static void groupings(PrintWriter out, String kind, List<ClusterScore.Grouping> groupings) {
        out.printf("%n%d %s%n", groupings.size(), kind);
        for (ClusterScore.Grouping g : groupings) {
            out.println(kind);
            for (int i = 0; i < g.gold().size(); i++) {
                Mention m = g.found().get(i).mention();
                String date = m.date() == null ? "undated" : m.date().start() + ".." + m.date().end() + " "
                        + m.date().precision().name().toLowerCase(Locale.ROOT);
                String place = m.location() == null ? "-" : m.location().name() + "/" + m.location().country();
                String parties = m.actors().stream().map(a -> a.role().name().charAt(0) + ":" + a.id())
                        .collect(Collectors.joining(","));
                String counts = m.quantities().stream().map(q -> q.count() + " " + q.item() + "/" + q.status())
                        .collect(Collectors.joining(","));
                out.printf("  gold %s event %d: %s %s %s %s | %s | %s | %s | \"%s\"%n", g.gold().get(i).cluster(),
                        g.predictedEvents().get(i), g.gold().get(i).doc(), m.type(), m.factuality().label(), date,
                        place, parties, counts, g.gold().get(i).evidence());
            }
        }
    }

    private static void table(PrintWriter out, String title, Evaluator.Report r) {
        out.printf("%n%s%n", title);
        out.printf("%-12s %9s %9s %9s %8s%n", "measure", "precision", "recall", "F1", "correct");
        row(out, "events", r.events());
        for (Map.Entry<String, Evaluator.Score> f : r.fields().entrySet()) {
            row(out, f.getKey(), f.getValue());
        }
    }

    private static void row(PrintWriter out, String name, Evaluator.Score s) {
        out.printf("%-12s %9.3f %9.3f %9.3f %8d%n", name, s.precision(), s.recall(), s.f1(), s.correct());
    }
}
