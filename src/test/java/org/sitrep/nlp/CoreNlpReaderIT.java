package org.sitrep.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;

/** The CoreNLP adapter on a small article of its own: tags, times, and parses only what it is asked to. */
class CoreNlpReaderIT {

    private static final String TEXT = "Russia launched 116 Shahed drones at Kyiv overnight, Ukraine's air force said "
            + "on Monday. The weather in the capital was mild. Officials expect the repairs to take a week.";

    private static CoreNlpReader reader;

    @BeforeAll
    static void load() {
        reader = new CoreNlpReader();
    }

    private static Article article() {
        return new Article("reader-test", "reader-test", "Test Wire", null, null, LocalDate.of(2024, 10, 21), TEXT,
                "reader-test.txt");
    }

    @Test
    void keepsTheCpuTimeOfEachLoadAndStage() {
        var before = reader.cpuTimes();
        reader.read(article(), tokens -> true);
        var after = reader.cpuTimes();
        // Loads are timed even when CoreNLP's own caches made them nearly free (models another test loaded).
        for (String stage : List.of(CoreNlpReader.LOAD_TAGGER, CoreNlpReader.LOAD_NER, CoreNlpReader.LOAD_PARSER)) {
            assertTrue(after.containsKey(stage), () -> stage + " missing from " + after);
            assertEquals(before.get(stage), after.get(stage), "reading loads nothing");
        }
        for (String stage : List.of(CoreNlpReader.TAG, CoreNlpReader.NER, CoreNlpReader.PARSE)) {
            assertTrue(after.getOrDefault(stage, 0L) > before.getOrDefault(stage, 0L),
                    () -> stage + " did not grow: " + before + " then " + after);
        }
    }

    @Test
    void readsOnlyTheSentencesItIsAskedTo() {
        ParsedArticle parsed = reader.read(article(), tokens -> tokens.stream().anyMatch(
                t -> t.lemma().equals("launch") || t.lemma().equals("expect")));

        List<Sentence> sentences = parsed.sentences();
        assertEquals(3, sentences.size());
        assertTrue(sentences.get(0).isParsed());
        assertTrue(sentences.get(2).isParsed());
        Sentence weather = sentences.get(1);
        assertFalse(weather.isParsed(), "the weather sentence was not worth reading");
        assertTrue(weather.entities().isEmpty(), "no NER for it either");
        assertEquals("capital", weather.tokens().get(4).word());
        assertEquals("NN", weather.tokens().get(4).pos(), "but it is tagged, so the caller could choose");
        assertEquals(parsed.tokenCount(), sentences.stream().mapToInt(s -> s.tokens().size()).sum());

        Sentence first = sentences.get(0);
        assertEquals(TEXT.substring(first.begin(), first.end()), first.text());
        Token launched = first.tokens().get(1);
        assertEquals("launched", TEXT.substring(launched.begin(), launched.end()));
        Dependency subject = first.dependentsOf(1).stream().filter(d -> d.relation().equals("nsubj")).findFirst()
                .orElseThrow();
        assertEquals("Russia", first.tokens().get(subject.dependent()).word());
        assertEquals(-1, first.headOf(1).governor(), "'launched' is the root of its clause");
    }

    @Test
    void tagsNumbersAndResolvesTimesAgainstThePublicationDate() {
        Sentence first = reader.read(article(), tokens -> true).sentences().get(0);
        Token count = first.tokens().get(2);
        assertEquals("NUMBER", count.ner());
        assertEquals("116.0", count.normalized());
        EntitySpan monday = first.entities().stream().filter(e -> e.text().equals("Monday")).findFirst()
                .orElseThrow();
        assertTrue(monday.isTime());
        assertEquals("2024-10-21", monday.normalized(), "Monday of the article's week, not of today's");
        for (EntitySpan e : first.entities()) {
            assertEquals(TEXT.substring(e.begin(), e.end()), e.text(), "character offsets into the article");
            assertEquals(first.tokens().get(e.tokenStart()).begin(), e.begin(), "token offsets within the sentence");
        }
    }

    /**
     * Reading a subset of sentences, with the parser model called directly, must give what one CoreNLP pipeline
     * with NER and the depparse annotator gives for those sentences when it reads them all.
     */
    @Test
    void readSentencesMatchOneCoreNlpPipelineOverTheWholeArticle() {
        Properties p = CoreNlpReader.taggerProperties();
        p.putAll(CoreNlpReader.nerProperties());
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        p.setProperty("enforceRequirements", "true");
        Annotation doc = new Annotation(TEXT);
        doc.set(CoreAnnotations.DocDateAnnotation.class, "2024-10-21");
        new StanfordCoreNLP(p).annotate(doc);
        List<CoreMap> expected = doc.get(CoreAnnotations.SentencesAnnotation.class);

        // The middle sentence is skipped, so the last one is read in a document that lacks it.
        List<Sentence> actual = reader.read(article(), tokens -> tokens.stream()
                .noneMatch(t -> t.lemma().equals("weather"))).sentences();
        assertEquals(expected.size(), actual.size());
        for (int i : new int[] {0, 2}) {
            CoreMap want = expected.get(i);
            Sentence got = actual.get(i);
            List<CoreLabel> labels = want.get(CoreAnnotations.TokensAnnotation.class);
            for (int t = 0; t < labels.size(); t++) {
                CoreLabel l = labels.get(t);
                Token token = got.tokens().get(t);
                assertEquals(l.ner(), token.ner(), "NER of " + l.word());
                assertEquals(l.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class), token.normalized(),
                        "normalized value of " + l.word());
            }
            assertEquals(want.get(CoreAnnotations.MentionsAnnotation.class).size(), got.entities().size());

            SemanticGraph graph = want.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
            Set<Dependency> edges = new HashSet<>();
            for (var root : graph.getRoots()) {
                edges.add(new Dependency(-1, root.index() - 1, "root"));
            }
            for (SemanticGraphEdge e : graph.edgeIterable()) {
                edges.add(new Dependency(e.getGovernor().index() - 1, e.getDependent().index() - 1,
                        e.getRelation().toString()));
            }
            assertEquals(edges, new HashSet<>(got.dependencies()), "sentence " + i);
            assertEquals(edges.size(), got.dependencies().size(), "no duplicate dependencies in sentence " + i);
        }
    }
}
