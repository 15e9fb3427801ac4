package org.sitrep;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.sitrep.extract.ActorlessJudge;
import org.sitrep.extract.EventExtractor;
import org.sitrep.extract.Lexicon;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.ingest.IngestOptions;
import org.sitrep.ingest.IngestProblem;
import org.sitrep.ingest.IngestReport;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.Ids;
import org.sitrep.model.Mention;
import org.sitrep.nlp.CoreNlpReader;
import org.sitrep.nlp.CpuTimes;
import org.sitrep.nlp.ParsedArticle;
import org.sitrep.store.EventStore;

/**
 * Wires the stages: ingest reads articles, CoreNLP reads sentences, extraction codes mentions, the store keeps them
 * and merges each into the event it reports. Articles are read on worker threads sharing one CoreNLP pipeline; the
 * store is written one article at a time, each in its own transaction, so an interrupted run never leaves half an
 * article behind.
 */
public final class Pipeline implements AutoCloseable {

    /** Loading the lexicons, actor tables and gazetteer (while CoreNLP loads on other threads). */
    public static final String LOAD_TABLES = "load tables";
    public static final String EXTRACT = "extract";
    /** Storing an article's mentions, merging each into its event. */
    public static final String STORE = "store";

    /** What one ingest run did; {@code mentions} counts what the new articles report. */
    public record Summary(IngestReport report, int stored, int duplicates, int reprints, int mentions,
                          List<IngestProblem> failures, long tokens, long wallNanos) {
        public boolean clean() {
            return report.errors().isEmpty() && failures.isEmpty();
        }
    }

    private final CoreNlpReader reader;
    private final Lexicon lexicon;
    private final EventExtractor extractor;
    private final int threads;
    private final CpuTimes cpu;

    public Pipeline(CoreNlpReader reader, Lexicon lexicon, EventExtractor extractor, int threads) {
        this(reader, lexicon, extractor, threads, new CpuTimes());
    }

    private Pipeline(CoreNlpReader reader, Lexicon lexicon, EventExtractor extractor, int threads, CpuTimes cpu) {
        this.reader = reader;
        this.lexicon = lexicon;
        this.extractor = extractor;
        this.threads = Math.max(1, threads);
        this.cpu = cpu;
    }

    /** The pipeline with the shipped lexicons, actor tables and gazetteer. Loading CoreNLP takes ~10 s. */
    public static Pipeline createDefault(Resolvers resolvers, int threads) {
        return createDefault(() -> resolvers, threads);
    }

    /** As {@link #createDefault(Resolvers, int)}, loading the resolvers on this thread while CoreNLP loads. */
    public static Pipeline createDefault(Supplier<Resolvers> resolvers, int threads) {
        return createDefault(CoreNlpReader.loadInBackground(), resolvers, threads);
    }

    /**
     * As {@link #createDefault(Supplier, int)} with CoreNLP already loading ({@link CoreNlpReader#loadInBackground}),
     * so that a command can start it first and open its database meanwhile.
     */
    public static Pipeline createDefault(Supplier<CoreNlpReader> reader, Supplier<Resolvers> resolvers,
                                         int threads) {
        CpuTimes cpu = new CpuTimes();
        long start = CpuTimes.threadNanos();
        Resolvers loaded = resolvers.get();
        Lexicon lexicon = Lexicon.loadDefault();
        EventExtractor extractor = new EventExtractor(lexicon, loaded.actorLookup(), loaded.placeLookup());
        cpu.add(LOAD_TABLES, CpuTimes.threadNanos() - start);
        return new Pipeline(reader.get(), lexicon, extractor, threads, cpu);
    }

    /**
     * CPU nanoseconds so far of each stage, summed over threads: model and table loads (start-up
     * stages run on three threads at once) and, per article, CoreNLP's stages ({@link CoreNlpReader}), extraction
     * and storage.
     */
    public Map<String, Long> cpuTimes() {
        Map<String, Long> out = new LinkedHashMap<>(reader.cpuTimes());
        cpu.snapshot().forEach((stage, nanos) -> out.merge(stage, nanos, Long::sum));
        return out;
    }

    /** Reads and codes one article, without storing it: one single-mention event per mention. */
    public List<Event> process(Article article) {
        return eventsOf(article, mentions(article));
    }

    /**
     * This pipeline, sharing its CoreNLP and tables, with another judge of the events that name no actor than the
     * shipped model: training records them all.
     */
    public Pipeline withActorlessJudge(ActorlessJudge judge) {
        return new Pipeline(reader, lexicon, extractor.withActorlessJudge(judge), threads, cpu);
    }

    /** Reads one article and returns what it reports, before any merging. */
    public List<Mention> mentions(Article article) {
        return extractor.extract(parse(article));
    }

    private ParsedArticle parse(Article article) {
        // A heading that is only a date dates the entries under it, so it is read for its date too.
        return reader.read(article,
                tokens -> lexicon.mightCarryEvent(tokens) || EventExtractor.mayBeDateHeading(tokens));
    }

    static List<Event> eventsOf(Article article, List<Mention> mentions) {
        List<Event> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            out.add(Event.of(Ids.eventFoundedBy(article.id(), m), m));
        }
        return out;
    }

    /**
     * Ingests every input into the store. Articles already stored are skipped; an article that fails to process
     * is reported and the run goes on.
     *
     * @param progress told of every article finished (stored, duplicate or failed)
     */
    public Summary ingest(List<String> inputs, IngestOptions options, InputStream stdin, EventStore store,
                          Consumer<Article> progress) {
        long wallStart = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "sitrep-reader");
            t.setDaemon(true);
            return t;
        });
        // Bounds how many articles wait in memory: reading files is far faster than CoreNLP.
        Semaphore inFlight = new Semaphore(threads * 4);
        Set<String> seen = new HashSet<>();
        AtomicInteger stored = new AtomicInteger();
        AtomicInteger duplicates = new AtomicInteger();
        AtomicInteger events = new AtomicInteger();
        AtomicLong tokens = new AtomicLong();
        List<IngestProblem> failures = new ArrayList<>();
        // Texts already stored or read earlier in this run, from an outlet that may differ: recorded as reprints
        // once the run's own articles are all stored.
        List<Article> copies = new ArrayList<>();
        Object storeLock = new Object();
        // Merging depends on the order events arrive; committing in reading order makes a run repeatable.
        InReadingOrder commits = new InReadingOrder();
        AtomicLong sequence = new AtomicLong();

        IngestReport report;
        try {
            report = new ArticleReader(options).read(inputs, stdin, article -> {
                boolean known;
                synchronized (storeLock) {
                    known = !seen.add(article.id()) || store.hasArticle(article.id());
                    if (known && article.source() != null) {
                        copies.add(article);
                    }
                }
                if (known) {
                    duplicates.incrementAndGet();
                    progress.accept(article);
                    return;
                }
                inFlight.acquireUninterruptibly();
                long position = sequence.getAndIncrement();
                pool.execute(() -> {
                    Runnable commit = () -> { };
                    try {
                        ParsedArticle parsed = parse(article);
                        List<Mention> found = cpu.time(EXTRACT, () -> extractor.extract(parsed));
                        tokens.addAndGet(parsed.tokenCount());
                        commit = () -> {
                            try {
                                synchronized (storeLock) {
                                    if (cpu.time(STORE, () -> store.put(article, found))) {
                                        stored.incrementAndGet();
                                        events.addAndGet(found.size());
                                    } else {
                                        duplicates.incrementAndGet();
                                    }
                                }
                            } catch (RuntimeException e) {
                                fail(failures, article, e);
                            }
                        };
                    } catch (RuntimeException | OutOfMemoryError e) {
                        fail(failures, article, e);
                    } finally {
                        commits.done(position, commit);
                        inFlight.release();
                        progress.accept(article);
                    }
                });
            });
        } finally {
            pool.shutdown();
            try {
                pool.awaitTermination(7, TimeUnit.DAYS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        int reprints = 0;
        for (Article copy : copies) {
            try {
                reprints += store.putReprint(copy) ? 1 : 0;
            } catch (RuntimeException e) {
                failures.add(new IngestProblem(copy.origin(), null,
                        "could not record '" + copy.doc() + "' as a reprint: " + e.getMessage()));
            }
        }
        return new Summary(report, stored.get(), duplicates.get(), reprints, events.get(), List.copyOf(failures),
                tokens.get(), System.nanoTime() - wallStart);
    }

    private static void fail(List<IngestProblem> failures, Article article, Throwable e) {
        synchronized (failures) {
            failures.add(new IngestProblem(article.origin(), null,
                    "could not process article '" + article.doc() + "': " + e));
        }
    }

    @Override
    public void close() {
        // CoreNLP holds no resources beyond memory; kept AutoCloseable so callers scope the pipeline's lifetime.
    }
}
