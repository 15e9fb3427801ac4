package org.sitrep.cli;

import com.sun.management.OperatingSystemMXBean;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.sitrep.Pipeline;
import org.sitrep.Resolvers;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.ingest.IngestOptions;
import org.sitrep.model.Article;
import org.sitrep.nlp.CoreNlpReader;
import org.sitrep.nlp.CpuTimes;
import org.sitrep.nlp.Dateline;
import org.sitrep.store.EventStore;
import org.sitrep.store.SqliteStore;

/**
 * One timed run of {@code sitrep bench}, in a JVM of its own so that it pays its own start-up, class loading and
 * JIT warm-up, as a real command does. {@link BenchCommand} starts it as
 * {@code BenchRun sitrep|bare CORPUS THREADS RESULT_FILE [DB]} and reads the figures it writes to RESULT_FILE.
 */
public final class BenchRun {

    /** What each kind of run reads; the bare run is CoreNLP alone, as issue 3 defines the ceiling. */
    enum Kind { SITREP, BARE }

    /** Prefix of the figures that give a stage's CPU seconds (start-up stages start with "load"). */
    static final String STAGE = "stage.";

    private BenchRun() {
    }

    public static void main(String[] args) throws Exception {
        // What the JVM spent before sitrep's code ran: its own start-up and class loading.
        String jvmCpu = seconds(processCpuNanos());
        String jvmWall = Double.toString(ManagementFactory.getRuntimeMXBean().getUptime() / 1e3);
        if (args.length < 4) {
            throw new IllegalArgumentException("usage: BenchRun sitrep|bare CORPUS THREADS RESULT_FILE [DB]");
        }
        Kind kind = Kind.valueOf(args[0].toUpperCase(java.util.Locale.ROOT));
        Path corpus = Path.of(args[1]);
        int threads = Integer.parseInt(args[2]);
        Properties result = kind == Kind.SITREP ? sitrep(corpus, threads, Path.of(args[4])) : bare(corpus, threads);
        result.setProperty("cpu_s", seconds(processCpuNanos()));
        result.setProperty("jvm_cpu_s", jvmCpu);
        result.setProperty("jvm_s", jvmWall);
        JvmThreads.cpuNanos().forEach((group, nanos) -> result.setProperty(group + "_cpu_s", seconds(nanos)));
        result.setProperty("peak_heap_mb", Long.toString(peakHeapMb()));
        result.setProperty("max_heap_mb", Long.toString(Runtime.getRuntime().maxMemory() >> 20));
        try (OutputStream out = Files.newOutputStream(Path.of(args[3]))) {
            result.store(out, "sitrep bench run: " + kind);
        }
        System.exit(0);
    }

    /** What {@code sitrep ingest --quiet --db DB CORPUS} does, minus the progress bar, with its figures kept. */
    private static Properties sitrep(Path corpus, int threads, Path db) {
        long start = System.nanoTime();
        Properties r = new Properties();
        Supplier<CoreNlpReader> nlp = CoreNlpReader.loadInBackground();
        long dbStart = CpuTimes.threadNanos();
        try (EventStore store = SqliteStore.open(db)) {
            r.setProperty(STAGE + "load database", seconds(CpuTimes.threadNanos() - dbStart));
            try (Pipeline pipeline = Pipeline.createDefault(nlp, Resolvers::loadDefault, threads)) {
                r.setProperty("load_s", seconds(System.nanoTime() - start));
                r.setProperty("load_cpu_s", seconds(processCpuNanos()));
                Pipeline.Summary s = pipeline.ingest(List.of(corpus.toString()), new IngestOptions(null, null),
                        InputStream.nullInputStream(), store, a -> { });
                if (!s.clean()) {
                    throw new IllegalStateException("benchmark ingest had failures: " + s.report().errors()
                            + " " + s.failures());
                }
                r.setProperty("work_s", seconds(s.wallNanos()));
                r.setProperty("articles", Integer.toString(s.stored()));
                r.setProperty("tokens", Long.toString(s.tokens()));
                r.setProperty("mentions", Integer.toString(s.mentions()));
                pipeline.cpuTimes().forEach((stage, nanos) -> r.setProperty(STAGE + stage, seconds(nanos)));
            }
        }
        return r;
    }

    /** The annotators issue 3 names as the ceiling, on every sentence, articles shared out to a pool. */
    static Properties bareProperties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        p.setProperty("ner.applyFineGrained", "false");
        return p;
    }

    private static Properties bare(Path corpus, int threads) throws IOException, InterruptedException,
            ExecutionException {
        long start = System.nanoTime();
        StanfordCoreNLP nlp = new StanfordCoreNLP(bareProperties());
        Properties r = new Properties();
        r.setProperty("load_s", seconds(System.nanoTime() - start));
        r.setProperty("load_cpu_s", seconds(processCpuNanos()));
        long workStart = System.nanoTime();
        List<Article> articles = new ArrayList<>();
        AtomicLong tokens = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> jobs = new ArrayList<>();
            // Read and annotate as sitrep's ingest does: articles are handed to the pool as they are read.
            new ArticleReader(new IngestOptions(null, null)).read(List.of(corpus.toString()),
                    InputStream.nullInputStream(), a -> {
                        articles.add(a);
                        jobs.add(pool.submit(() -> {
                            // The same text sitrep's reader gives CoreNLP: the dateline blanked out.
                            Annotation doc = new Annotation(Dateline.blanked(a.text()));
                            if (a.published() != null) {
                                doc.set(CoreAnnotations.DocDateAnnotation.class, a.published().toString());
                            }
                            nlp.annotate(doc);
                            tokens.addAndGet(doc.get(CoreAnnotations.TokensAnnotation.class).size());
                        }));
                    });
            for (Future<?> f : jobs) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        r.setProperty("work_s", seconds(System.nanoTime() - workStart));
        r.setProperty("articles", Integer.toString(articles.size()));
        r.setProperty("tokens", Long.toString(tokens.get()));
        return r;
    }

    /** CPU time of the whole JVM (workers, JIT compilers, GC): on shared cores it varies less than wall time. */
    private static long processCpuNanos() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static String seconds(long nanos) {
        return Double.toString(nanos / 1e9);
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
