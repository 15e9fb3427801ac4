package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.EventType;
import org.sitrep.model.Evidence;
import org.sitrep.model.Factuality;
import org.sitrep.model.Mention;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/** The gate before the model of events with no actor, and what the model reads, on hand-made parses. */
class PlainlyPastTest {

    private final FactualityJudge judge = new FactualityJudge(Lexicon.loadDefault());

    /**
     * A parsed sentence from "word/lemma/POS/head/relation" entries (head is the 0-based index of the governor, -1
     * for the root).
     */
    private static Sentence parse(String... entries) {
        List<Token> tokens = new ArrayList<>();
        List<Dependency> deps = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < entries.length; i++) {
            String[] p = entries[i].split("/");
            int begin = text.length();
            text.append(p[0]).append(' ');
            tokens.add(new Token(i, p[0], p[1], p[2], "O", null, begin, begin + p[0].length()));
            deps.add(new Dependency(Integer.parseInt(p[3]), i, p[4]));
        }
        return new Sentence(3, 0, text.length(), text.toString().strip(), tokens, List.of(), deps);
    }

    @Test
    void aPastOrPerfectVerbWithNothingOnItIsPlainlyPast() {
        assertTrue(judge.plainlyPast(parse("Kyiv/Kyiv/NNP/2/nsubj:pass", "was/be/VBD/2/aux:pass",
                "hit/hit/VBN/-1/root"), 2));
        assertTrue(judge.plainlyPast(parse("Drones/drone/NNS/1/nsubj", "struck/strike/VBD/-1/root",
                "a/a/DT/3/det", "depot/depot/NN/1/obj"), 1));
        // A noun goes by the verb it hangs under: "the strike killed two".
        assertTrue(judge.plainlyPast(parse("The/the/DT/1/det", "strike/strike/NN/2/nsubj",
                "killed/kill/VBD/-1/root", "two/two/CD/2/obj"), 1));
    }

    @Test
    void aModalAPresentPassiveANegationOrAWordOfHopingIsNot() {
        assertFalse(judge.plainlyPast(parse("Kyiv/Kyiv/NNP/3/nsubj:pass", "will/will/MD/3/aux",
                "be/be/VB/3/aux:pass", "hit/hit/VBN/-1/root"), 3));
        assertFalse(judge.plainlyPast(parse("Talks/talk/NNS/2/nsubj:pass", "are/be/VBP/2/aux:pass",
                "expected/expect/VBN/-1/root"), 0));
        assertFalse(judge.plainlyPast(parse("No/no/DT/1/det", "corridor/corridor/NN/3/nsubj:pass",
                "was/be/VBD/3/aux:pass", "agreed/agree/VBN/-1/root"), 3));
        assertFalse(judge.plainlyPast(parse("A/a/DT/1/det", "meeting/meeting/NN/4/nsubj", "he/he/PRP/4/nsubj",
                "had/have/VBD/4/aux", "hoped/hope/VBN/-1/root"), 1));
        assertFalse(judge.plainlyPast(parse("They/they/PRP/1/nsubj", "tried/try/VBD/-1/root",
                "to/to/TO/3/mark", "strike/strike/VB/1/xcomp"), 3));
    }

    @Test
    void theFeaturesSayHowTheSentenceHoldsTheCue() {
        Sentence s = parse("The/the/DT/1/det", "attack/attack/NN/3/nsubj:pass", "was/be/VBD/3/aux:pass",
                "condemned/condemn/VBN/-1/root");
        Mention m = new Mention(EventType.ASSAULT, List.of(), List.of(), Factuality.REPORTED, null, List.of(), null,
                List.of(), List.of(), new Evidence("d", "d", "test", 0, s.end(), s.text(), List.of()));
        List<String> features = ActorlessFeatures.of(s, 1,
                new Lexicon.Cue(List.of("attack"), "N", EventType.ASSAULT, null, null), m);
        for (String expected : List.of("cue=ASSAULT:attack", "pos=N", "det=the", "rel=nsubj:pass",
                "governor=condemn", "date=none", "place=none", "counts=none", "claimed=false", "lede=false",
                "quoted=false")) {
            assertTrue(features.contains(expected), expected + " in " + features);
        }
        List<String> inContext = ActorlessFeatures.inContext(features, m, List.of(m), java.util.Set.of());
        assertTrue(inContext.contains("same-type-here=true") && inContext.contains("same-type-before=false"));
        assertEquals(features.size() + 3, inContext.size());
    }
}
