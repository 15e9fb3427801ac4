package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.LogisticModel;
import org.sitrep.model.EventType;
import org.sitrep.model.Evidence;
import org.sitrep.model.Factuality;
import org.sitrep.model.Mention;
import org.sitrep.model.Span;

class ActorlessTrainingTest {

    private static final String TEXT = "Talks were held in Geneva. Drones hit the port.";

    private static Mention mention(String doc, EventType type, int from, int to, String cue) {
        int at = TEXT.indexOf(cue, from);
        return new Mention(type, List.of(), List.of(), Factuality.REPORTED, null, List.of(), null, List.of(),
                List.of(), new Evidence(doc, doc, "test", from, to, TEXT.substring(from, to),
                List.of(new Span(at, at + cue.length(), "cue"))));
    }

    private static GoldEvent gold(String type, String evidence) {
        return new GoldEvent("d", type, "reported", null, null, Set.of(), null, Set.of(), evidence, 1);
    }

    @Test
    void aCandidateIsPositiveOnlyForAGoldEventOfItsTypeInItsSentenceThatTheRulesMissed() {
        ActorlessTraining training = new ActorlessTraining();
        Mention rules = mention("d", EventType.ASSAULT, 27, 47, "hit");
        Mention talks = mention("d", EventType.CONSULT, 0, 26, "Talks");
        Mention aid = mention("d", EventType.AID, 0, 26, "held");
        Mention again = mention("d", EventType.ASSAULT, 27, 47, "Drones");
        for (Mention m : List.of(talks, aid, again)) {
            assertTrue(training.recorder().keeps(m, List.of("type=" + m.type())));
        }
        assertFalse(training.isCandidate(rules));

        List<ActorlessTraining.Candidate> labelled = training.label(
                List.of(gold("CONSULT", "Talks were held"), gold("ASSAULT", "Drones hit the port")),
                Map.of("d", List.of(rules, talks, aid, again)), Map.of("d", TEXT));

        assertEquals(3, labelled.size());
        for (ActorlessTraining.Candidate c : labelled) {
            // The talks are the gold's and the rules missed them; the attack the rules found is no gain.
            assertEquals(c.mention().type() == EventType.CONSULT, c.positive(), c.mention().type().name());
            assertEquals(List.of("type=" + c.mention().type()), c.features());
        }
    }

    private static List<ActorlessTraining.Candidate> separable() {
        List<ActorlessTraining.Candidate> out = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            boolean good = i % 2 == 0;
            out.add(new ActorlessTraining.Candidate("doc" + (i % 10), mention("doc" + i, EventType.ASSAULT, 27, 47,
                    "hit"), List.of(good ? "counted" : "quoted", "type=ASSAULT"), good));
        }
        return out;
    }

    @Test
    void trainingWeighsUpWhatMarksTheGoldsEventsAndDownWhatDoesNot() {
        Map<String, Double> weights = ActorlessTraining.train(separable(), 1.0);
        assertTrue(weights.get("counted") > 0 && weights.get("quoted") < 0, weights.toString());
        LogisticModel model = new LogisticModel(weights, 0.5);
        assertTrue(model.keeps(null, List.of("counted", "type=ASSAULT")));
        assertFalse(model.keeps(null, List.of("quoted", "type=ASSAULT")));
    }

    @Test
    void crossValidationScoresEveryCandidateFromTheOtherFoldsAndTheSweepCountsWhatEachThresholdKeeps() {
        List<ActorlessTraining.Candidate> candidates = separable();
        Map<ActorlessTraining.Candidate, Double> p = ActorlessTraining.crossValidate(candidates, 5, 1.0);
        assertEquals(candidates.size(), p.size());
        p.forEach((c, probability) -> assertEquals(c.positive(), probability > 0.5, c.features().toString()));

        List<ActorlessTraining.Kept> sweep = ActorlessTraining.sweep(p, List.of(0.0, 0.5, 1.0));
        assertEquals(40, sweep.get(0).kept());
        assertEquals(20, sweep.get(1).kept());
        assertEquals(20, sweep.get(1).correct());
        assertEquals(1.0, sweep.get(1).precision());
        assertEquals(0, sweep.get(2).kept());
    }
}
