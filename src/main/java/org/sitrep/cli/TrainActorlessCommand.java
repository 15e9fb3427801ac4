package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.sitrep.Pipeline;
import org.sitrep.Resolvers;
import org.sitrep.eval.ActorlessTraining;
import org.sitrep.eval.GoldEvent;
import org.sitrep.extract.LogisticModel;
import org.sitrep.model.Article;
import org.sitrep.model.Mention;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "train-actorless", description = "Train the model that decides which events naming no actor are "
        + "kept, from a gold file: prints cross-validated precision per threshold, and writes the model with --out.")
final class TrainActorlessCommand implements Callable<Integer> {

    private static final List<Double> THRESHOLDS = List.of(0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.8);

    @Spec
    CommandSpec spec;

    @Mixin
    GoldOptions goldOptions;

    @Option(names = "--out", paramLabel = "FILE", description = "write the model trained on all the gold here")
    Path out;

    @Option(names = "--threshold", description = "the probability at and above which the model keeps an event "
            + "(default: ${DEFAULT-VALUE})")
    double threshold = 0.5;

    @Option(names = "--sigma", description = "width of the Gaussian prior on weights (default: ${DEFAULT-VALUE})")
    double sigma = 1.0;

    @Option(names = "--folds", description = "folds of articles for cross-validation (default: ${DEFAULT-VALUE})")
    int folds = 5;

    @Option(names = "--threads", description = "articles read in parallel")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws Exception {
        if (!(threshold > 0 && threshold < 1) || sigma <= 0 || folds < 2) {
            throw new UserInputException("--threshold must lie between 0 and 1, --sigma be above 0, --folds be 2 "
                    + "or more");
        }
        List<GoldEvent> goldEvents = goldOptions.readGold();
        List<Article> read = goldOptions.readArticles();

        ActorlessTraining training = new ActorlessTraining();
        Map<String, List<Mention>> mentions = new ConcurrentHashMap<>();
        Map<String, String> texts = new ConcurrentHashMap<>();
        try (Pipeline pipeline = Pipeline.createDefault(Resolvers::loadDefault, threads)
                .withActorlessJudge(training.recorder())) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<?>> jobs = new ArrayList<>();
                for (Article a : read) {
                    texts.put(a.doc(), a.text());
                    jobs.add(pool.submit(() -> mentions.put(a.doc(), pipeline.mentions(a))));
                }
                for (Future<?> f : jobs) {
                    f.get();
                }
            } finally {
                pool.shutdown();
            }
        }
        List<ActorlessTraining.Candidate> candidates = training.label(goldEvents, mentions, texts);
        long positive = candidates.stream().filter(ActorlessTraining.Candidate::positive).count();
        PrintWriter w = spec.commandLine().getOut();
        w.printf(Locale.ROOT, "%d articles, %d gold events, %d candidate events naming no actor, %d of them coded "
                + "by the gold and missed by the rules%n", read.size(), goldEvents.size(), candidates.size(), positive);
        w.printf(Locale.ROOT, "cross-validated over %d folds of articles, sigma %.2f:%n", folds, sigma);
        w.println("threshold     kept  correct  precision");
        Map<ActorlessTraining.Candidate, Double> probabilities = ActorlessTraining.crossValidate(candidates, folds,
                sigma);
        for (ActorlessTraining.Kept k : ActorlessTraining.sweep(probabilities, THRESHOLDS)) {
            w.printf(Locale.ROOT, "%9.2f %8d %8d %10.3f%n", k.threshold(), k.kept(), k.correct(), k.precision());
        }
        // Where the kept events go wrong: the same figures for each event type at the chosen threshold.
        w.printf(Locale.ROOT, "at threshold %.2f, by event type:%n", threshold);
        w.println("type         candidates  kept  correct  precision");
        Map<String, List<ActorlessTraining.Candidate>> byType = new TreeMap<>();
        candidates.forEach(c -> byType.computeIfAbsent(c.mention().type().name(), t -> new ArrayList<>()).add(c));
        byType.forEach((type, list) -> {
            Map<ActorlessTraining.Candidate, Double> ofType = new HashMap<>();
            list.forEach(c -> ofType.put(c, probabilities.get(c)));
            ActorlessTraining.Kept k = ActorlessTraining.sweep(ofType, List.of(threshold)).get(0);
            w.printf(Locale.ROOT, "%-12s %10d %5d %8d %10.3f%n", type, list.size(), k.kept(), k.correct(),
                    k.precision());
        });
        w.flush();
        if (out != null) {
            Map<String, Double> weights = ActorlessTraining.train(candidates, sigma);
            write(out, weights, candidates.size(), positive, read.size());
            w.printf("wrote %d weights to %s%n", weights.size(), out);
        }
        return 0;
    }

    private void write(Path file, Map<String, Double> weights, int candidates, long positive, int articleCount)
            throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("# Which events naming no actor sitrep keeps: a logistic model over the features of");
        lines.add("# extract/ActorlessFeatures, weight per feature. Written by `sitrep train-actorless "
                + goldOptions.gold + " --sigma " + sigma + " --threshold " + threshold + "`");
        lines.add("# from " + candidates + " candidates in " + articleCount + " articles (" + positive
                + " coded by the gold). The samples are sitrep's own; see samples/README.md.");
        lines.add("#threshold\t" + threshold);
        weights.forEach((f, v) -> lines.add(f + "\t" + String.format(Locale.ROOT, "%.5f", v)));
        Files.write(file, lines, StandardCharsets.UTF_8);
    }
}
