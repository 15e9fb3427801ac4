package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;
import org.sitrep.model.Article;

/**
 * The one CoreNLP adapter: builds its pipelines once and turns articles into {@link ParsedArticle}s.
 *
 * <p>Reading runs in two passes. Every sentence is tokenized, tagged and NER-tagged (with SUTime anchored on
 * the article's publication date); only the sentences the caller marks as worth it are dependency-parsed, since
 * parsing costs as much as everything else together and most news sentences carry no event. Instances are safe
 * to share between threads.
 */
public final class CoreNlpReader {

    private final StanfordCoreNLP tagger;
    private final StanfordCoreNLP parser;

    public CoreNlpReader() {
        this.tagger = new StanfordCoreNLP(taggerProperties());
        this.parser = new StanfordCoreNLP(parserProperties());
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

    static Properties parserProperties() {
        Properties p = new Properties();
        p.setProperty("annotators", "depparse");
        p.setProperty("enforceRequirements", "false");
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
        List<List<Token>> tokensPerSentence = new ArrayList<>(coreSentences.size());
        List<CoreMap> toParse = new ArrayList<>();
        for (CoreMap s : coreSentences) {
            List<Token> tokens = tokensOf(s);
            tokensPerSentence.add(tokens);
            if (worthParsing.test(tokens)) {
                toParse.add(s);
            }
        }
        if (!toParse.isEmpty()) {
            Annotation subset = new Annotation(article.text());
            subset.set(CoreAnnotations.SentencesAnnotation.class, toParse);
            List<CoreLabel> subsetTokens = new ArrayList<>();
            for (CoreMap s : toParse) {
                subsetTokens.addAll(s.get(CoreAnnotations.TokensAnnotation.class));
            }
            subset.set(CoreAnnotations.TokensAnnotation.class, subsetTokens);
            parser.annotate(subset);
        }

        List<Sentence> sentences = new ArrayList<>(coreSentences.size());
        int tokenCount = 0;
        for (int i = 0; i < coreSentences.size(); i++) {
            CoreMap s = coreSentences.get(i);
            List<Token> tokens = tokensPerSentence.get(i);
            tokenCount += tokens.size();
            int begin = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            sentences.add(new Sentence(i, begin, end, article.text().substring(begin, end), tokens,
                    entitiesOf(s), dependenciesOf(s)));
        }
        return new ParsedArticle(article, sentences, tokenCount);
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

    private static List<Dependency> dependenciesOf(CoreMap sentence) {
        SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
        if (graph == null) {
            return List.of();
        }
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
}
