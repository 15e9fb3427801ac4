package org.sitrep.cli;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.ling.CoreAnnotations;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.sitrep.Pipeline;
import org.sitrep.Resolvers;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.ingest.IngestOptions;
import org.sitrep.model.Article;
import org.sitrep.store.EventStore;
import org.sitrep.store.SqliteStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "bench", subcommands = ClusterBenchCommand.class,
        description = "Measure ingest speed on a corpus made by repeating the samples, against "
        + "bare CoreNLP on the same articles.")
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--articles", description = "corpus size in articles (default: ${DEFAULT-VALUE})")
    int size = 100;

    @Option(names = "--samples", paramLabel = "DIR", description = "articles to repeat (default: the bundled samples)")
    Path samples;

    @Option(names = "--threads", description = "threads for both runs (default: the number of cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--no-baseline", negatable = true, description = "skip the bare CoreNLP run")
    boolean baseline = true;

    @Option(names = "--warmup", description = "articles run through bare CoreNLP before timing, so that neither "
            + "timed run pays for the JVM's warm-up alone (default: ${DEFAULT-VALUE})")
    int warmup = 10;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path corpus = corpus(Samples.articles(samples));
        Path db = Files.createTempDirectory("sitrep-bench").resolve("bench.db");
        out.printf("corpus: %d articles in %s, %d threads%n", size, corpus, threads);
        out.flush();

        List<Article> articles = new ArrayList<>();
        new ArticleReader(new IngestOptions(null, null)).read(List.of(corpus.toString()), System.in, articles::add);
        StanfordCoreNLP bare = null;
        if (warmup > 0 || baseline) {
            long w0 = System.nanoTime();
            bare = barePipeline();
            annotateAll(bare, articles.subList(0, Math.min(warmup, articles.size())));
            out.printf("warm-up: bare CoreNLP loaded and run over %d articles in %.1f s (not timed below)%n",
                    Math.min(warmup, articles.size()), (System.nanoTime() - w0) / 1e9);
            out.flush();
        }

        long start = System.nanoTime();
        Pipeline.Summary s;
        long loadNanos;
        try (EventStore store = SqliteStore.open(db);
             Pipeline pipeline = Pipeline.createDefault(Resolvers.loadDefault(), threads)) {
            loadNanos = System.nanoTime() - start;
            s = pipeline.ingest(List.of(corpus.toString()), new IngestOptions(null, null), System.in, store, a -> { });
        }
        double whole = (System.nanoTime() - start) / 1e9;
        double busy = (s.nlpNanos() + s.extractNanos() + s.storeNanos()) / 1e9;
        out.printf("%nsitrep ingest (whole run: start-up, reading, extraction, storage)%n");
        out.printf("  %.1f s total, %.1f s start-up; %d articles, %d tokens, %d events%n", whole, loadNanos / 1e9,
                s.stored(), s.tokens(), s.events());
        out.printf("  %.2f articles/s, %.0f tokens/s (whole run)%n", s.stored() / whole, s.tokens() / whole);
        out.printf("  %.2f articles/s, %.0f tokens/s (after start-up)%n", s.stored() / (s.wallNanos() / 1e9),
                s.tokens() / (s.wallNanos() / 1e9));
        out.printf("  time in CoreNLP %.0f%%, extraction %.0f%%, storage %.0f%% (thread time %.1f s)%n",
                100 * s.nlpNanos() / 1e9 / busy, 100 * s.extractNanos() / 1e9 / busy,
                100 * s.storeNanos() / 1e9 / busy, busy);
        out.printf("  peak heap %d MB (max %d MB)%n", peakHeapMb(), Runtime.getRuntime().maxMemory() >> 20);
        out.flush();

        if (baseline) {
            long b1 = System.nanoTime();
            long tokens = annotateAll(bare, articles);
            double bareRun = (System.nanoTime() - b1) / 1e9;
            out.printf("%nbare CoreNLP (tokenize,ssplit,pos,lemma,ner without fine-grained,depparse; every sentence)%n");
            out.printf("  %.1f s; %.2f articles/s, %.0f tokens/s%n", bareRun, articles.size() / bareRun,
                    tokens / bareRun);
            out.printf("%nsitrep / bare CoreNLP, articles/s: %.2fx whole run (with sitrep's start-up), "
                            + "%.2fx after start-up%n", (s.stored() / whole) / (articles.size() / bareRun),
                    (s.stored() / (s.wallNanos() / 1e9)) / (articles.size() / bareRun));
        }
        out.flush();
        return 0;
    }

    private static StanfordCoreNLP barePipeline() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        p.setProperty("ner.applyFineGrained", "false");
        return new StanfordCoreNLP(p);
    }

    /** Annotates every article on {@code threads} threads; returns the token count. */
    private long annotateAll(StanfordCoreNLP bare, List<Article> articles) throws Exception {
        AtomicLong tokens = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> jobs = new ArrayList<>();
            for (Article a : articles) {
                jobs.add(pool.submit(() -> {
                    Annotation doc = new Annotation(a.text());
                    if (a.published() != null) {
                        doc.set(CoreAnnotations.DocDateAnnotation.class, a.published().toString());
                    }
                    bare.annotate(doc);
                    tokens.addAndGet(doc.get(CoreAnnotations.TokensAnnotation.class).size());
                }));
            }
            for (Future<?> f : jobs) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return tokens.get();
    }

    /** Writes {@code size} articles, repeating the samples, each copy made distinct so none is a duplicate. */
    private Path corpus(Path dir) throws Exception {
        List<Article> samplesRead = new ArrayList<>();
        new ArticleReader(new IngestOptions(null, null)).read(List.of(dir.toString()), System.in, samplesRead::add);
        if (samplesRead.isEmpty()) {
            throw new UserInputException("no articles in " + dir);
        }
        Path corpus = Files.createTempDirectory("sitrep-bench-corpus");
        for (int i = 0; i < size; i++) {
            Article a = samplesRead.get(i % samplesRead.size());
            String header = "date " + (a.published() == null ? "2024-01-01" : a.published()) + "\n"
                    + (a.source() == null ? "" : "source " + a.source() + "\n") + "\n";
            Files.writeString(corpus.resolve(String.format("%05d-%s.txt", i, a.doc())),
                    header + a.text() + "\n\n(Copy " + i + " for the benchmark.)\n", StandardCharsets.UTF_8);
        }
        return corpus;
    }

    private static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak >> 20;
    }
}
