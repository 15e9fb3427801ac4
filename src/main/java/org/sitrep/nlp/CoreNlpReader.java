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
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Predicate;
import org.sitrep.model.Article;

/**
 * The one CoreNLP adapter: loads its models once and turns articles into {@link ParsedArticle}s.
 *
 * <p>Every sentence is tokenized, tagged and NER-tagged (with SUTime anchored on the article's publication date)
 * by one {@link StanfordCoreNLP} pipeline. Only the sentences the caller marks as worth it are then
 * dependency-parsed, by CoreNLP's neural {@link DependencyParser} called directly on the tagged sentence: parsing
 * costs about as much as everything else together and most news sentences carry no event, and calling the model
 * directly builds only the enhanced++ graph sitrep reads, where CoreNLP's depparse annotator builds five.
 * Instances are safe to share between threads.
 */
public final class CoreNlpReader {

    /** The graph CoreNLP's depparse annotator stores as its enhanced++ dependencies, built the same way. */
    private static final SemanticGraphFactory.Mode GRAPH = SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS;

    private final StanfordCoreNLP tagger;
    private final DependencyParser parser;

    /** Loads the models, the parser on a second thread while the tagger and NER load on this one. */
    public CoreNlpReader() {
        CompletableFuture<DependencyParser> parserLoad = CompletableFuture.supplyAsync(
                () -> DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, new Properties()),
                task -> {
                    Thread t = new Thread(task, "sitrep-parser-load");
                    t.setDaemon(true);
                    t.start();
                });
        this.tagger = new StanfordCoreNLP(taggerProperties());
        try {
            this.parser = parserLoad.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    static Properties taggerProperties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        // Fine-grained NER triples the cost and mislabels words like "attack"; sitrep's own lexicons do better.
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "true");
        p.setProperty("ner.useSUTime", "true");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("tokenize.options", "invertible=true,normalizeParentheses=false,normalizeOtherBrackets=false");
        return p;
    }

    /**
     * Reads one article.
     *
     * @param worthParsing decides, from a sentence's tokens, whether to dependency-parse it
     */
    public ParsedArticle read(Article article, Predicate<List<Token>> worthParsing) {
        Annotation doc = new Annotation(article.text());
        if (article.published() != null) {
            // SUTime resolves "Monday", "overnight", "last week" against this, never against today.
            doc.set(CoreAnnotations.DocDateAnnotation.class, article.published().toString());
        }
        tagger.annotate(doc);

        List<CoreMap> coreSentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        List<Sentence> sentences = new ArrayList<>(coreSentences.size());
        int tokenCount = 0;
        for (int i = 0; i < coreSentences.size(); i++) {
            CoreMap s = coreSentences.get(i);
            List<Token> tokens = tokensOf(s);
            tokenCount += tokens.size();
            List<Dependency> dependencies = worthParsing.test(tokens) ? parse(s) : List.of();
            int begin = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            sentences.add(new Sentence(i, begin, end, article.text().substring(begin, end), tokens,
                    entitiesOf(s), dependencies));
        }
        return new ParsedArticle(article, sentences, tokenCount);
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
