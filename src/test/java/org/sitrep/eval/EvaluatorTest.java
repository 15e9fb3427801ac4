package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sitrep.model.EventBuilder.event;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.PlaceLookup;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Factuality;
import org.sitrep.model.GeoPrecision;
import org.sitrep.model.Location;

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

    @Test
    void aPlaceIsTheGoldsUnderAnotherSpellingOrAsASiteInItsTownButNotAsTheNextTown() {
        String text = "A missile hit the town overnight.";
        Location vilnyansk = new Location("Vilnyansk", "UA", "Zaporizhzhia", 47.94, 35.43, GeoPrecision.CITY);
        PlaceLookup gazetteer = name -> name.equals("Vilniansk") ? Optional.of(vilnyansk) : Optional.empty();
        Evaluator evaluator = new Evaluator(gazetteer);
        assertEquals(1, placeRight(evaluator, text, "Vilnyansk", GeoPrecision.CITY, 47.94, 35.43, "Vilniansk"));
        assertEquals(0, placeRight(new Evaluator(), text, "Vilnyansk", GeoPrecision.CITY, 47.94, 35.43, "Vilniansk"));
        assertEquals(1, placeRight(evaluator, text, "Engels Air Base", GeoPrecision.POINT, 51.48, 46.21, "Engels"));
        assertEquals(1, placeRight(evaluator, text, "Saint Petersburg", GeoPrecision.CITY, 59.9, 30.3,
                "St. Petersburg"));
        assertEquals(0, placeRight(evaluator, text, "Lysychansk", GeoPrecision.CITY, 48.9, 38.4, "Sievierodonetsk"));
    }

    private static int placeRight(Evaluator evaluator, String text, String found, GeoPrecision precision, double lat,
                                  double lon, String goldPlace) {
        Event attack = event("e1").type(EventType.ASSAULT).factuality(Factuality.REPORTED)
                .at(found, "UA", null, lat, lon, precision).mentionWithCue("d", text, "hit").build();
        GoldEvent g = new GoldEvent("d", "ASSAULT", "reported", null, null, Set.of(), goldPlace, Set.of(),
                "A missile hit the town", 1);
        return evaluator.score(List.of(g), Map.of("d", List.of(attack)), Map.of("d", text)).fields().get("place")
                .correct();
    }
}
