package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sitrep.model.EventBuilder.event;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Factuality;

class EvaluatorTest {

    private static GoldEvent gold(String type, String factuality, String evidence) {
        return new GoldEvent("d", type, factuality, null, null, Set.of(), null, Set.of(), evidence, 1);
    }

    @Test
    void anExtractedEventGoesToTheGoldEventOfItsOwnTypeInTheSentence() {
        String text = "After an hour on the phone with the mayor, the governor said rockets hit the port.";
        Event attack = event("e1").type(EventType.ASSAULT).factuality(Factuality.REPORTED)
                .mentionWithCue("d", text, "hit").build();
        List<GoldEvent> golds = List.of(gold("CONSULT", "reported", "an hour on the phone with the mayor"),
                gold("ASSAULT", "reported", "rockets hit the port"));

        Evaluator.Report r = new Evaluator().score(golds, Map.of("d", List.of(attack)), Map.of("d", text));

        assertEquals(1, r.events().correct());
        assertEquals(List.of("CONSULT"), r.misses().stream().map(GoldEvent::type).toList());
    }

    @Test
    void ofTwoOfOneTypeTheGoldEventTakesTheOneWhoseCueItQuotes() {
        String text = "The sides agreed to swap prisoners but did not agree on a truce.";
        Event swap = event("e1").type(EventType.AGREE).factuality(Factuality.REPORTED)
                .mentionWithCue("d", text, "agreed").build();
        Event truce = event("e2").type(EventType.AGREE).factuality(Factuality.NEGATED)
                .mentionWithCue("d", text, "agree on").build();
        List<GoldEvent> golds = List.of(gold("AGREE", "negated", "did not agree on a truce"),
                gold("AGREE", "reported", "agreed to swap prisoners"));

        Evaluator.Report r = new Evaluator().score(golds, Map.of("d", List.of(swap, truce)), Map.of("d", text));

        assertEquals(0, r.unsafe());
        assertEquals(2, r.fields().get("factuality").correct());
    }

    @Test
    void unsafeIsThePlanItselfExportedAsHappenedNotAnotherEventBesideIt() {
        String text = "Drones hit the depot on Monday, and the governor said more strikes would follow.";
        Event depot = event("e1").type(EventType.ASSAULT).factuality(Factuality.REPORTED)
                .mentionWithCue("d", text, "hit").build();
        List<GoldEvent> plan = List.of(gold("ASSAULT", "future", "said more strikes would follow"));
        assertEquals(0, new Evaluator().score(plan, Map.of("d", List.of(depot)), Map.of("d", text)).unsafe());

        Event strikes = event("e2").type(EventType.ASSAULT).factuality(Factuality.REPORTED)
                .mentionWithCue("d", text, "strikes").build();
        assertEquals(1, new Evaluator().score(plan, Map.of("d", List.of(strikes)), Map.of("d", text)).unsafe());
    }
}
