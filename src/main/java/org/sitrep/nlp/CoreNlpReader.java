package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.sitrep.model.Article;

/**
 * The one CoreNLP adapter: loads its models once and turns articles into {@link ParsedArticle}s.
 *
 * <p>Every sentence is tokenized, part-of-speech tagged and lemmatized, which is cheap. Only the sentences the
 * caller marks as worth reading (in practice, those with an event cue) then get named entities, numbers and times
 * (SUTime, anchored on the article's publication date) and a dependency parse by CoreNLP's neural
 * {@link DependencyParser}: those steps cost about fifteen times the rest, and extraction reads nothing else from a
 * sentence without a cue. The parser is called directly on the tagged sentence, which builds only the enhanced++
 * graph sitrep reads, where CoreNLP's depparse annotator builds five. Instances are safe to share between threads.
 *
 * <p>The CPU time of each model load and of each reading stage is kept in {@link #cpuTimes()}, under the stage
 * names below, for {@code sitrep bench}.
 */
public final class CoreNlpReader {

    /** The graph CoreNLP's depparse annotator stores as its enhanced++ dependencies, built the same way. */
    private static final SemanticGraphFactory.Mode GRAPH = SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS;

    /** Loading tokenizer, sentence splitter, part-of-speech tagger and lemmatizer. */
    public static final String LOAD_TAGGER = "load tagger";
    /** Loading the NER models, the numeric classifiers and SUTime's rules. */
    public static final String LOAD_NER = "load NER";
    public static final String LOAD_PARSER = "load parser";
    /** Tokenizing, splitting, tagging and lemmatizing every sentence. */
    public static final String TAG = "tag";
    /** NER, numbers and SUTime on the sentences worth reading. */
    public static final String NER = "NER+SUTime";
    public static final String PARSE = "parse";

    private final CpuTimes cpu = new CpuTimes();
    private final StanfordCoreNLP tagger;
    private final StanfordCoreNLP ner;
    private final DependencyParser parser;

    /** Loads the models, the parser on a second thread while the tagger and NER load on this one. */
    public CoreNlpReader() {
        CompletableFuture<DependencyParser> parserLoad = CompletableFuture.supplyAsync(
                () -> cpu.time(LOAD_PARSER,
                        () -> DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, new Properties())),
                CoreNlpReader::startLoader);
        this.tagger = cpu.time(LOAD_TAGGER, () -> new StanfordCoreNLP(taggerProperties()));
        this.ner = cpu.time(LOAD_NER, () -> new StanfordCoreNLP(nerProperties()));
        this.parser = joined(parserLoad);
    }

    /**
     * Starts loading the models on other threads, so that the caller can load its own data meanwhile (start-up is
     * a large share of a short run). The supplier waits for the models and rethrows what failed loading them.
     */
    public static Supplier<CoreNlpReader> loadInBackground() {
        CompletableFuture<CoreNlpReader> load = CompletableFuture.supplyAsync(CoreNlpReader::new,
                CoreNlpReader::startLoader);
        return () -> joined(load);
    }

    private static void startLoader(Runnable task) {
        Thread t = new Thread(task, "sitrep-corenlp-load");
        t.setDaemon(true);
        t.start();
    }

    private static <T> T joined(CompletableFuture<T> load) {
        try {
            return load.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }

    static Properties taggerProperties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("tokenize.options", "invertible=true,normalizeParentheses=false,normalizeOtherBrackets=false");
        return p;
    }

    /** NER on sentences the tagger has read; CoreNLP's NER works sentence by sentence, so a subset reads the same. */
    static Properties nerProperties() {
        Properties p = new Properties();
        p.setProperty("annotators", "ner");
        p.setProperty("enforceRequirements", "false");
        // Fine-grained NER triples the cost and mislabels words like "attack"; sitrep's own lexicons do better.
        p.setProperty("ner.applyFineGrained", "false");
        // CoreNLP's default adds the MUC 7-class model between these two. Its extra labels (MONEY, PERCENT, DATE,
        // TIME) are what the numeric classifiers and SUTime find and normalize anyway, and where it tagged only
        // "Monday" of "Monday evening" its label won over SUTime's whole expression. Without it the samples and
        // seeds give the same events (date evidence spans cover the whole expression) for a third less CRF time.
        p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz,"
                + "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
        p.setProperty("ner.buildEntityMentions", "true");
        p.setProperty("ner.useSUTime", "true");
        return p;
    }

    /**
     * Reads one article.
     *
     * @param worthReading decides, from a sentence's words, lemmas and parts of speech, whether to read it further:
     *                     only those sentences get named entities, numbers, times and a dependency parse
     */
    public ParsedArticle read(Article article, Predicate<List<Token>> worthReading) {
        // The dateline is hidden from CoreNLP (blanked, so offsets hold) and given back to the lede's text below; so
        // are the time stamps of a live page's entries, which are not given back.
        String undated = Dateline.blanked(article.text());
        boolean dateline = undated != article.text();
        String text = Timestamps.blanked(undated);
        int datelineFrom = firstNonSpace(article.text());
        Annotation doc = new Annotation(text);
        if (article.published() != null) {
            // SUTime resolves "Monday", "overnight", "last week" against this, never against today.
            doc.set(CoreAnnotations.DocDateAnnotation.class, article.published().toString());
        }
        long start = CpuTimes.threadNanos();
        tagger.annotate(doc);
        cpu.add(TAG, CpuTimes.threadNanos() - start);

        List<CoreMap> coreSentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        List<List<Token>> tagged = new ArrayList<>(coreSentences.size());
        boolean[] read = new boolean[coreSentences.size()];
        List<CoreMap> worth = new ArrayList<>();
        for (int i = 0; i < coreSentences.size(); i++) {
            TagRepair.repair(coreSentences.get(i).get(CoreAnnotations.TokensAnnotation.class));
            List<Token> tokens = tokensOf(coreSentences.get(i));
            tagged.add(tokens);
            read[i] = worthReading.test(tokens);
            if (read[i]) {
                worth.add(coreSentences.get(i));
            }
        }
        if (!worth.isEmpty()) {
            start = CpuTimes.threadNanos();
            ner.annotate(subset(doc, worth));
            cpu.add(NER, CpuTimes.threadNanos() - start);
        }

        List<Sentence> sentences = new ArrayList<>(coreSentences.size());
        int tokenCount = 0;
        long parsing = 0;
        for (int i = 0; i < coreSentences.size(); i++) {
            CoreMap s = coreSentences.get(i);
            List<Token> tokens = read[i] ? tokensOf(s) : tagged.get(i);
            tokenCount += tokens.size();
            int begin = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            if (i == 0 && dateline && text.substring(datelineFrom, begin).isBlank()) {
                begin = datelineFrom;
            }
            int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            List<Dependency> dependencies = List.of();
            if (read[i]) {
                start = CpuTimes.threadNanos();
                dependencies = ParseRepair.repair(tokens, parse(s));
                parsing += CpuTimes.threadNanos() - start;
            }
            sentences.add(new Sentence(i, begin, end, article.text().substring(begin, end), tokens,
                    read[i] ? entitiesOf(s) : List.of(), dependencies));
        }
        cpu.add(PARSE, parsing);
        return new ParsedArticle(article, sentences, tokenCount);
    }

    private static int firstNonSpace(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** CPU time so far of each model load and reading stage, summed over threads; see the constants above. */
    public Map<String, Long> cpuTimes() {
        return cpu.snapshot();
    }

    /** A document holding only {@code sentences} of {@code doc}, sharing their tokens so annotations land on them. */
    private static Annotation subset(Annotation doc, List<CoreMap> sentences) {
        Annotation subset = new Annotation(doc.get(CoreAnnotations.TextAnnotation.class));
        subset.set(CoreAnnotations.DocDateAnnotation.class, doc.get(CoreAnnotations.DocDateAnnotation.class));
        subset.set(CoreAnnotations.SentencesAnnotation.class, sentences);
        List<CoreLabel> tokens = new ArrayList<>();
        for (CoreMap s : sentences) {
            tokens.addAll(s.get(CoreAnnotations.TokensAnnotation.class));
        }
        subset.set(CoreAnnotations.TokensAnnotation.class, tokens);
        return subset;
    }

    private List<Dependency> parse(CoreMap sentence) {
        GrammaticalStructure structure = parser.predict(sentence);
        SemanticGraph graph = SemanticGraphFactory.makeFromTree(structure, GRAPH, GrammaticalStructure.Extras.NONE,
                null);
        List<Dependency> out = new ArrayList<>();
        for (var root : graph.getRoots()) {
            out.add(new Dependency(-1, root.index() - 1, "root"));
        }
        for (SemanticGraphEdge e : graph.edgeIterable()) {
            out.add(new Dependency(e.getGovernor().index() - 1, e.getDependent().index() - 1,
                    e.getRelation().toString()));
        }
        return out;
    }

    private static List<Token> tokensOf(CoreMap sentence) {
        List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
        List<Token> tokens = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            CoreLabel l = labels.get(i);
            tokens.add(new Token(i, l.word(), l.lemma(), l.tag(), l.ner() == null ? "O" : l.ner(),
                    l.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class),
                    l.beginPosition(), l.endPosition()));
        }
        return tokens;
    }

    private static List<EntitySpan> entitiesOf(CoreMap sentence) {
        List<CoreMap> mentions = sentence.get(CoreAnnotations.MentionsAnnotation.class);
        if (mentions == null) {
            return List.of();
        }
        int sentenceTokenBegin = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
        List<EntitySpan> out = new ArrayList<>(mentions.size());
        for (CoreMap m : mentions) {
            out.add(new EntitySpan(
                    m.get(CoreAnnotations.NamedEntityTagAnnotation.class),
                    m.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class),
                    m.get(CoreAnnotations.TextAnnotation.class),
                    m.get(CoreAnnotations.TokenBeginAnnotation.class) - sentenceTokenBegin,
                    m.get(CoreAnnotations.TokenEndAnnotation.class) - sentenceTokenBegin,
                    m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                    m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)));
        }
        return out;
    }
}
