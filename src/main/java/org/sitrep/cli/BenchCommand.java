package org.sitrep.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.ingest.IngestOptions;
import org.sitrep.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Times sitrep's ingest against bare CoreNLP (issue 3's ceiling) on the same articles and threads.
 *
 * <p>Every run is a fresh JVM ({@link BenchRun}) with this JVM's heap settings, so sitrep and the baseline each pay
 * their own start-up, model loading and JIT warm-up, as real commands do; none inherits the other's loaded models
 * or compiled code. Runs alternate sitrep, bare, bare, sitrep, ... and ratios are taken within each repeat, so that
 * drift in the machine's load (shared cores) falls on both sides; the report gives their median and range.
 */
@Command(name = "bench", description = "Measure ingest speed on a corpus made by repeating the samples, against "
        + "bare CoreNLP on the same articles.", subcommands = {WebBenchCommand.class,
        ClusterBenchCommand.class})
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--articles", description = "corpus size in articles (default: ${DEFAULT-VALUE})")
    int size = 100;

    @Option(names = "--samples", paramLabel = "DIR", description = "articles to repeat (default: the bundled samples)")
    Path samples;

    @Option(names = "--threads", description = "threads for both runs (default: the number of cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--repeats", description = "runs of each side, alternating (default: ${DEFAULT-VALUE})")
    int repeats = 3;

    @Option(names = "--no-baseline", negatable = true, description = "skip the bare CoreNLP runs")
    boolean baseline = true;

    /** One finished run: the wall time its parent saw, from launching the JVM to its exit, and what it reported. */
    record Run(BenchRun.Kind kind, double wholeSeconds, Properties figures) {
        double figure(String key) {
            String v = figures.getProperty(key);
            if (v == null) {
                throw new BenchFailure("benchmark run reported no '" + key + "'");
            }
            return Double.parseDouble(v);
        }

        double articlesPerSecondWhole() {
            return figure("articles") / wholeSeconds;
        }

        double articlesPerSecondAfterLoad() {
            return figure("articles") / figure("work_s");
        }

        double cpuSecondsPerArticleWhole() {
            return figure("cpu_s") / figure("articles");
        }

        double cpuSecondsPerArticleAfterLoad() {
            return (figure("cpu_s") - figure("load_cpu_s")) / figure("articles");
        }
    }

    /** Median and range of a figure over the repeats. */
    record Spread(double median, double min, double max) {
        static Spread of(List<Double> values) {
            if (values.isEmpty()) {
                throw new IllegalArgumentException("no values");
            }
            List<Double> sorted = values.stream().sorted().toList();
            int n = sorted.size();
            double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
            return new Spread(median, sorted.get(0), sorted.get(n - 1));
        }

        String format(String unit) {
            return String.format("%.2f%s [%.2f-%.2f]", median, unit, min, max);
        }

        String formatWhole() {
            return String.format("%.0f [%.0f-%.0f]", median, min, max);
        }
    }

    /** A benchmark run that could not be carried out; its message says where its log is. */
    static final class BenchFailure extends RuntimeException {
        BenchFailure(String message) {
            super(message);
        }
    }

    @Override
    public Integer call() throws Exception {
        if (size < 1 || threads < 1 || repeats < 1) {
            throw new UserInputException("--articles, --threads and --repeats must be at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        Path work = Files.createTempDirectory("sitrep-bench");
        Path corpus = corpus(Samples.articles(samples), work.resolve("corpus"));
        out.printf("corpus: %d articles in %s; %d threads; %d repeats; JVM options %s%n", size, corpus, threads,
                repeats, childJvmOptions());
        out.printf("each run is a fresh JVM (start-up, model loading, JIT warm-up included); sitrep and bare CoreNLP "
                + "alternate%n%n");
        out.printf("%-3s %-7s %8s %9s %8s %7s %12s %12s%n", "#", "run", "whole s", "loading s", "after s", "CPU s",
                "art/s whole", "art/s after");
        out.flush();

        List<Run[]> pairs = new ArrayList<>();
        for (int r = 1; r <= repeats; r++) {
            Run[] pair = new Run[2];
            boolean sitrepFirst = r % 2 == 1;
            for (int k = 0; k < (baseline ? 2 : 1); k++) {
                BenchRun.Kind kind = (k == 0) == sitrepFirst || !baseline ? BenchRun.Kind.SITREP : BenchRun.Kind.BARE;
                Run run = launch(kind, corpus, work, r);
                pair[kind.ordinal()] = run;
                out.printf("%-3d %-7s %8.1f %9.1f %8.1f %7.1f %12.2f %12.2f%n", r, kind.name().toLowerCase(),
                        run.wholeSeconds(), run.figure("load_s"), run.figure("work_s"), run.figure("cpu_s"),
                        run.articlesPerSecondWhole(), run.articlesPerSecondAfterLoad());
                out.flush();
            }
            pairs.add(pair);
        }
        report(out, pairs);
        deleteTree(work);
        return 0;
    }

    /** Removes the corpus, databases and logs of a finished benchmark; a failed one keeps them for its message. */
    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private void report(PrintWriter out, List<Run[]> pairs) {
        Run s = pairs.get(pairs.size() - 1)[BenchRun.Kind.SITREP.ordinal()];
        out.printf("%nsitrep ingest: %.0f articles, %.0f tokens, %.0f mentions; peak heap %.0f MB of %.0f MB%n",
                s.figure("articles"), s.figure("tokens"), s.figure("mentions"), s.figure("peak_heap_mb"),
                s.figure("max_heap_mb"));
        cpuBreakdown(out, pairs.stream().map(p -> p[0]).toList());
        out.printf("  articles/s %s whole run, %s after start-up; tokens/s %s whole run%n",
                spread(pairs, p -> p[0].articlesPerSecondWhole()).format(""),
                spread(pairs, p -> p[0].articlesPerSecondAfterLoad()).format(""),
                spread(pairs, p -> p[0].figure("tokens") / p[0].wholeSeconds()).formatWhole());
        if (!baseline) {
            out.flush();
            return;
        }
        Run b = pairs.get(pairs.size() - 1)[BenchRun.Kind.BARE.ordinal()];
        out.printf("bare CoreNLP (%s, fine-grained NER off; every sentence): %.0f articles, %.0f tokens; peak heap "
                + "%.0f MB%n", BenchRun.bareProperties().getProperty("annotators"), b.figure("articles"),
                b.figure("tokens"), b.figure("peak_heap_mb"));
        out.printf("  articles/s %s whole run, %s after start-up; tokens/s %s after start-up%n",
                spread(pairs, p -> p[1].articlesPerSecondWhole()).format(""),
                spread(pairs, p -> p[1].articlesPerSecondAfterLoad()).format(""),
                spread(pairs, p -> p[1].figure("tokens") / p[1].figure("work_s")).formatWhole());
        cpuBreakdown(out, pairs.stream().map(p -> p[1]).toList());
        out.printf("%nsitrep / bare CoreNLP, median [range] of %d repeats (above 1 is sitrep faster):%n",
                pairs.size());
        out.printf("  articles/s, whole run / whole run (both with start-up)   %s%n",
                spread(pairs, p -> p[0].articlesPerSecondWhole() / p[1].articlesPerSecondWhole()).format("x"));
        out.printf("  articles/s, after start-up / after start-up              %s%n",
                spread(pairs, p -> p[0].articlesPerSecondAfterLoad() / p[1].articlesPerSecondAfterLoad()).format("x"));
        out.printf("  articles/s, sitrep whole run / bare after start-up       %s  (issue 3's target: >= 0.9x; "
                        + "start-up weighs less the bigger the corpus)%n",
                spread(pairs, p -> p[0].articlesPerSecondWhole() / p[1].articlesPerSecondAfterLoad()).format("x"));
        out.printf("  CPU time per article, bare / sitrep, whole run           %s%n",
                spread(pairs, p -> p[1].cpuSecondsPerArticleWhole() / p[0].cpuSecondsPerArticleWhole()).format("x"));
        out.printf("  CPU time per article, bare / sitrep, after start-up      %s  (steadier than wall time on "
                + "shared cores)%n", spread(pairs, p -> p[1].cpuSecondsPerArticleAfterLoad()
                / p[0].cpuSecondsPerArticleAfterLoad()).format("x"));
        out.flush();
    }

    /**
     * Where a kind of run spent its CPU time, median over the repeats: the JVM before main, each start-up stage
     * (model and table loads run on three threads at once), each per-article stage, and the JIT compilers and
     * garbage collector over the whole run. What no stage claims is file reading, thread hand-offs and JVM chores.
     */
    private static void cpuBreakdown(PrintWriter out, List<Run> runs) {
        Run last = runs.get(runs.size() - 1);
        double articles = last.figure("articles");
        List<String> stages = last.figures().stringPropertyNames().stream()
                .filter(k -> k.startsWith(BenchRun.STAGE)).sorted().toList();
        StringBuilder startUp = new StringBuilder();
        StringBuilder perArticle = new StringBuilder();
        double claimed = median(runs, r -> r.figure("jvm_cpu_s"));
        for (String key : stages) {
            String name = key.substring(BenchRun.STAGE.length());
            double seconds = median(runs, r -> r.figure(key));
            claimed += seconds;
            if (name.startsWith("load")) {
                startUp.append(String.format(", %s %.1f", name.substring("load".length()).strip(), seconds));
            } else {
                perArticle.append(String.format(", %s %.0f", name, 1000 * seconds / articles));
            }
        }
        double total = median(runs, r -> r.figure("cpu_s"));
        out.printf("  CPU s, median: whole run %.1f; JVM before main %.1f%s%n", total,
                median(runs, r -> r.figure("jvm_cpu_s")), startUp.length() == 0
                        ? String.format("; start-up (all loading) %.1f", median(runs, r -> r.figure("load_cpu_s"))
                        - median(runs, r -> r.figure("jvm_cpu_s")))
                        : "; start-up" + startUp.substring(1));
        if (perArticle.length() > 0) {
            out.printf("    per article, CPU ms:%s%n", perArticle.substring(1));
        } else {
            out.printf("    per article, CPU ms: %.0f after start-up%n",
                    1000 * median(runs, Run::cpuSecondsPerArticleAfterLoad));
        }
        if (last.figures().containsKey("jit_cpu_s")) {
            double jit = median(runs, r -> r.figure("jit_cpu_s"));
            double gc = median(runs, r -> r.figure("gc_cpu_s"));
            out.printf("    JIT compilers %.1f, garbage collector %.1f%s%n", jit, gc, stages.isEmpty() ? ""
                    : String.format(", not in a stage %.1f", total - claimed - jit - gc));
        }
    }

    private static double median(List<Run> runs, ToDoubleFunction<Run> f) {
        return Spread.of(runs.stream().map(r -> f.applyAsDouble(r)).toList()).median();
    }

    private static Spread spread(List<Run[]> pairs, ToDoubleFunction<Run[]> f) {
        return Spread.of(pairs.stream().map(p -> f.applyAsDouble(p)).toList());
    }

    private Run launch(BenchRun.Kind kind, Path corpus, Path work, int repeat) throws IOException,
            InterruptedException {
        String name = "run-" + repeat + "-" + kind.name().toLowerCase();
        Path result = work.resolve(name + ".properties");
        Path log = work.resolve(name + ".log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(childJvmOptions());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), BenchRun.class.getName(),
                kind.name().toLowerCase(), corpus.toString(), Integer.toString(threads), result.toString(),
                work.resolve(name + ".db").toString()));
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int code = p.waitFor();
        double whole = (System.nanoTime() - start) / 1e9;
        if (code != 0 || !Files.exists(result)) {
            throw new BenchFailure("the " + kind.name().toLowerCase() + " run " + repeat + " failed (exit code "
                    + code + "); see " + log);
        }
        Properties figures = new Properties();
        try (InputStream in = Files.newInputStream(result)) {
            figures.load(in);
        }
        return new Run(kind, whole, figures);
    }

    /** This JVM's options (heap size, sitrep.home), without profiling agents that would clash between runs. */
    static List<String> childJvmOptions() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(o -> !o.startsWith("-XX:StartFlightRecording") && !o.startsWith("-XX:FlightRecorderOptions")
                        && !o.startsWith("-agent") && !o.startsWith("-javaagent") && !o.startsWith("-Xlog"))
                .toList();
    }

    /** Writes {@code size} articles, repeating the samples, each copy made distinct so none is a duplicate. */
    private Path corpus(Path dir, Path corpus) throws IOException {
        List<Article> samplesRead = new ArrayList<>();
        new ArticleReader(new IngestOptions(null, null)).read(List.of(dir.toString()), InputStream.nullInputStream(),
                samplesRead::add);
        if (samplesRead.isEmpty()) {
            throw new UserInputException("no articles in " + dir);
        }
        Files.createDirectories(corpus);
        for (int i = 0; i < size; i++) {
            Article a = samplesRead.get(i % samplesRead.size());
            String header = "date " + (a.published() == null ? "2024-01-01" : a.published()) + "\n"
                    + (a.source() == null ? "" : "source " + a.source() + "\n") + "\n";
            Files.writeString(corpus.resolve(String.format("%05d-%s.txt", i, a.doc())),
                    header + a.text() + "\n\n(Copy " + i + " for the benchmark.)\n", StandardCharsets.UTF_8);
        }
        return corpus;
    }
}
