package org.sitrep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.eval.ArticleEvents;
import org.sitrep.eval.ClusterScore;
import org.sitrep.eval.Evaluator;
import org.sitrep.eval.GoldEvent;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.ingest.IngestOptions;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.Ids;
import org.sitrep.model.Mention;

/**
 * Golden test over the bundled samples: extraction is scored against the hand-coded gold events. The floors are
 * the scores measured when they were set; raise them as extraction improves, never lower them to get green.
 */
class SamplesGoldenIT {

    @Test
    void extractionMeetsItsMeasuredFloorAndNeverReportsWhatDidNotHappen() {
        List<Article> articles = new ArrayList<>();
        new ArticleReader(new IngestOptions(null, null)).read(List.of("samples/articles"), System.in, articles::add);
        try (var files = java.nio.file.Files.list(Path.of("samples/articles"))) {
            assertEquals(files.filter(f -> f.toString().endsWith(".txt")).count(), articles.size(),
                    "every sample article is read");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Map<String, List<Event>> perSentence = new HashMap<>();
        Map<String, List<Event>> perEvent = new HashMap<>();
        Map<String, String> texts = new HashMap<>();
        ArticleEvents merged = new ArticleEvents();
        for (Article a : articles) {
            List<Mention> mentions = SharedPipeline.get().mentions(a);
            perSentence.put(a.doc(), mentions.stream().map(m -> Event.of(Ids.eventFoundedBy(a.id(), m), m)).toList());
            perEvent.put(a.doc(), merged.of(a, mentions));
            texts.put(a.doc(), a.text());
        }
        List<GoldEvent> gold = Evaluator.readGold(Path.of("samples/gold/events.jsonl"));
        // Places compared through the gazetteer, as `sitrep eval` compares them.
        Evaluator evaluator = new Evaluator(SharedPipeline.resolvers().placeLookup());
        Evaluator.Report sentences = evaluator.score(gold, perSentence, texts);
        Map<String, String> sameHappening = new HashMap<>();
        for (ClusterScore.GoldMention g : ClusterScore.readClusters(Path.of("samples/gold/clusters.tsv"))) {
            sameHappening.put(Evaluator.key(g.doc(), g.evidence()), g.cluster());
        }
        Evaluator.Report events = evaluator.score(gold, perEvent, texts, sameHappening);
        System.out.printf("samples per sentence: P %.3f R %.3f; per event: P %.3f R %.3f%n",
                sentences.events().precision(), sentences.events().recall(), events.events().precision(),
                events.events().recall());
        assertEquals(0, sentences.unsafe(), "a future, hypothetical or negated event was reported as having happened");
        assertEquals(0, events.unsafe(), "a future, hypothetical or negated event was exported as having happened");
        // Measured on 171 articles (138 of them written as unseen tests in December 2026, each set scored blind before
        // anything was fixed for it, and harder than the first 33): per sentence R 0.568; per event P 0.727 R 0.537,
        // date 0.587, actors 0.535, place 0.593, quantities 0.716, factuality 0.745. Session 8 traded a point and a
        // half of precision for recall (on the 147 articles before it: P 0.744 -> 0.729, R 0.532 -> 0.548, F1 up);
        // most of the new extra events are real ones the gold does not code (a welcome, a ban, a restated attack). The
        // scorer pairs a gold event with an extracted one of its own sentence closest first (same type, cue nearest
        // the evidence). Per sentence, every extracted sentence counts: a death toll or air defence figures told in a
        // sentence of their own are extra mentions of a gold event, so precision is the per-event view's to keep.
        // Session 9 kept events with no actor named when its model says so (model/actorless.tsv, trained on these
        // samples, so these figures flatter it; the held-out sets gained 1 to 4 points of recall): on the 171 articles
        // per sentence R 0.627, per event P 0.746 R 0.595. Actors and place precision fell (0.536 -> 0.497, 0.595 ->
        // 0.580), as such events name no actor and often no place, while the recall of both rose. Then held-out sets
        // R, S and T joined (195 articles, 1,937 gold events; scored blind first, see docs/architecture.md): per
        // sentence R 0.605; per event P 0.739 R 0.574, date 0.586, actors 0.479, place 0.570, quantities 0.722,
        // factuality 0.757. Session 10: held-out sets U, V, W and X joined (227 articles, 2,246 gold events, 32 outlet
        // styles new to the samples, scored blind first) and the model was retrained on them: per sentence R 0.594;
        // per event P 0.737 R 0.564, date 0.591, actors 0.473, place 0.565, quantities 0.726, factuality 0.758. At the
        // end of session 10, with sets Y and Z joined too (243 articles, 2,406 gold events; model retrained): per
        // sentence R 0.599; per event P 0.741 R 0.570, date 0.591, actors 0.465, place 0.571, quantities 0.725,
        // factuality 0.758. Actors precision fell with Y, whose blind actors recall was 0.25. Session 11, with sets AC
        // and AD joined (259 articles, 2,604 gold events; model retrained): per sentence R 0.613; per event P 0.743
        // R 0.581, date 0.591, actors 0.466, place 0.574, quantities 0.729, factuality 0.761. Session 12 (same 259
        // articles): per sentence R 0.614; per event P 0.740 R 0.581, date 0.602, actors 0.469, place 0.577,
        // quantities 0.729, factuality 0.760 (precision traded for dates, places and recall on unseen sets). Session
        // 13 (same 259 articles): per sentence R 0.618; per event P 0.742 R 0.585, date 0.607, actors 0.474, place
        // 0.580, quantities 0.729, factuality 0.761. Then its read sets AG and AI joined (275 articles, 2,788 gold
        // events; their blind precision was 0.59 and 0.65): per sentence R 0.620; per event P 0.740 R 0.588, date
        // 0.609, actors 0.472, place 0.582, quantities 0.726, factuality 0.758. Session 14 (same 275 articles): per
        // sentence R 0.622; per event P 0.742 R 0.589, date 0.610, actors 0.479, place 0.582, quantities 0.726,
        // factuality 0.759. Then its read sets AJ and AK joined (291 articles, 2,976 gold events; their blind precision
        // was 0.57 and 0.63): per sentence R 0.619; per event P 0.738 R 0.586, date 0.608, actors 0.473, place 0.579,
        // quantities 0.725, factuality 0.755. Session 15: its read sets AL and AM joined (307 articles, 3,155 gold
        // events; their blind precision was 0.67 and 0.60) and the model was retrained on them: per sentence R 0.618;
        // per event P 0.737 R 0.584, date 0.610, actors 0.472, place 0.580, quantities 0.726, factuality 0.756.
        // Session 16: its read sets AN and AO joined (323 articles, 3,345 gold events; their blind precision was 0.64
        // and 0.58) and the model was retrained on them: per sentence R 0.624; per event P 0.735 R 0.589, date 0.604,
        // actors 0.468, place 0.574, quantities 0.721, factuality 0.753. Then its sets AR and AS joined too (339
        // articles, 3,580 gold events; blind precision 0.65 and 0.60), model retrained: per sentence R 0.621; per event
        // P 0.732 R 0.584, date 0.594, actors 0.467, place 0.566, quantities 0.721, factuality 0.754. Session 17: its
        // read sets AU and AV, in mainstream outlets' styles, joined (355 articles, 3,785 gold events; blind precision
        // 0.58 and 0.59) and the model was retrained on them: per sentence R 0.627; per event P 0.729 R 0.588, date
        // 0.595, actors 0.464, place 0.563, quantities 0.719, factuality 0.752. At the session's end: per sentence R
        // 0.629; per event P 0.729 R 0.589, date 0.596, actors 0.467, place 0.563, quantities 0.719, factuality 0.752.
        // Session 18: its read sets AX and AY, more diplomacy and sanctions than attacks, joined (371 articles, 4,064
        // gold events; blind recall 0.48 and 0.42) and the model was retrained on them: per sentence R 0.620; per
        // event P 0.726 R 0.579, date 0.595, actors 0.463, place 0.559, quantities 0.717, factuality 0.749. At the
        // session's end (model retrained again): per sentence R 0.623; per event P 0.728 R 0.582, date 0.600, actors
        // 0.463, place 0.562, quantities 0.717, factuality 0.749. Session 19: sets AZ and BA (unseen in session 18),
        // BB and BC joined (403 articles, 4,494 gold events; blind recall 0.58, 0.46, 0.44 and 0.59) and the model was
        // retrained on them: per sentence R 0.623; per event P 0.723 R 0.581, date 0.591, actors 0.460, place 0.553,
        // quantities 0.711, factuality 0.743. Session 20: sets AT and AW (unseen in sessions 17 to 19), BF and BG
        // joined (435 articles, 4,885 gold events; blind recall 0.58, 0.57, 0.57 and 0.45), places compared through
        // the gazetteer as well as by name (a spelling of the same town, a site in the gold's town), and the model
        // retrained on them: per sentence R 0.625; per event P 0.721 R 0.582, date 0.593, actors 0.458, place 0.551,
        // quantities 0.712, factuality 0.740. Session 21: sets BH and BI (unseen in session 20) and BK joined (459
        // articles, 5,224 gold events; blind recall 0.39, 0.38 and 0.35, 0.46, 0.48 and 0.47 once read and joined),
        // euro and pound sums recoded as such in the gold, and the model retrained on them: per
        // sentence R 0.618; per event P 0.717 R 0.576, date 0.587, actors 0.453, place 0.545, quantities 0.713,
        // factuality 0.736. Session 22: set BL (unseen in session 21), BM and BN joined (483 articles, 5,551 gold
        // events; blind recall 0.46, 0.38 and 0.38) and the model retrained on them: per sentence R 0.611; per event
        // P 0.711 R 0.569, date 0.583, actors 0.451, place 0.537, quantities 0.709, factuality 0.732. Session 23: sets
        // BP, BQ, BR and BS joined (515 articles, 5,891 gold events; blind recall 0.45, 0.46, 0.69 and 0.36) and the
        // model retrained on them: per sentence R 0.608; per event P 0.709 R 0.567, date 0.579, actors 0.451, place
        // 0.537, quantities 0.707, factuality 0.728. Session 24's rules (sets BT to BW read, not joined): the same but
        // actors 0.450 (a river crossed by the last units of a retreat read as an advance, a derailment's doer
        // taken from the other side). Then sets BT, BU, BV and BW joined (547 articles, 6,310 gold events; blind
        // recall 0.45, 0.41, 0.45 and 0.40) and the model retrained on them: per sentence R 0.600; per event P 0.710
        // R 0.560, date 0.573, actors 0.447, place 0.533, quantities 0.708, factuality 0.728; at the session's end,
        // with fighting, votes, fines and arson read and the model retrained again: per sentence R 0.601; per event
        // P 0.711 R 0.561, date 0.573, actors 0.447, place 0.532, quantities 0.708, factuality 0.727. Session 25
        // (dates measured from another day or told on a plain noun, pacts placed where signed, towns the tagger cut
        // short or left untagged, a tail attribution's parse mended, the time and place of an expected visit): per
        // sentence R 0.601; per event P 0.710 R 0.560, date 0.576, actors 0.446, place 0.537, quantities 0.707,
        // factuality 0.727. Session 26 (tolls, titles before a holder's name, speakers hung as appositions, places of
        // attacks and visits told through another word, nights that ran into a day, withdrawals ordered): per
        // sentence R 0.602; per event P 0.709 R 0.562, date 0.579, actors 0.450, place 0.542, quantities 0.709,
        // factuality 0.727. Session 27 (its sets BX, BY, BZ and CA read, not joined: conditional threats and named
        // targets, places of shoot-downs, tolls and talks' topics, ships boarded, deals extended, losses suffered):
        // per sentence R 0.603; per event P 0.711 R 0.562, date 0.579, actors 0.449, place 0.544, quantities 0.711,
        // factuality 0.728. Session 28 (its sets CC to CF read, not joined: participles the parser took for
        // adjectives, summaries and named speakers after a tail speaker, settlements too small for the gazetteer,
        // pledges made, hosts and guests, background before a dated past): per sentence R 0.604; per event P 0.713
        // R 0.563, date 0.580, actors 0.450, place 0.545, quantities 0.712, factuality 0.730. Session 29 (its sets CH,
        // CI and CJ read, not joined: live pages' time stamps, raids across the border, threats vowed, aid agreed to,
        // decisions told, the detained counted): per sentence R 0.606; per event P 0.713 R 0.564, date 0.581, actors
        // 0.453, place 0.544, quantities 0.713, factuality 0.730. Session 30 (its sets CL and CM read, not joined:
        // towns taken or liberated with no one named, ground gained, sea drones, calls, reactions to "the decision",
        // "him" after two people, stances kept for months, denied claims, spans "since Tuesday"): per sentence R
        // 0.607; per event P 0.714 R 0.566, date 0.583, actors 0.455, place 0.544, quantities 0.714, factuality 0.730.
        // Session 31 (its sets CO, CP, CR and CS read, not joined: weapons by name, expulsions and staff told to
        // leave, swaps counted or "each freed", forces on alert, vows to avenge, blame in free words aimed at the
        // latest decider, killing told as a habit, claims called "not true", "the two leaders", "he" after a sentence
        // with no cue, troops decided on still to go): per sentence R 0.609; per event P 0.711 R 0.567, date 0.581,
        // actors 0.455, place 0.543, quantities 0.712, factuality 0.728. Three thousandths of event precision went to
        // the new events, which the new sets gained more of (CP recall 0.429 -> 0.514). Session 32 (its sets CT, CU
        // and CV read, not joined: cross-heads in capitals, notes struck, what one says another should do, aid paused,
        // squads and blockades, attackers after "come under attack by", massive strikes delivered, the night of a
        // date): per sentence R 0.610; per event P 0.713 R 0.568, date 0.583, actors 0.456, place 0.544, quantities
        // 0.713, factuality 0.730. Session 33 (its sets CX, CY and CZ read, not joined: Kyiv's Defence Forces, freezes
        // lifted, heading lines, present habits, nuclear doctrines, arms given, leave to strike, towns claimed, ships
        // named for towns): per sentence R 0.611; per event P 0.713 R 0.568, date 0.583, actors 0.457, place 0.545,
        // quantities 0.713, factuality 0.729. Session 34 (its sets DB, DC and DD read, not joined: names listed and
        // sanctions held over, blame said of someone, proof not shown, the issuing body's voice, means of air attack,
        // days told by their ordinal): per sentence R 0.612; per event P 0.714 R 0.569, date 0.583, actors 0.458,
        // place 0.546, quantities 0.714, factuality 0.730.
        atLeast(sentences.events().recall(), 0.610, "per-sentence event recall");
        // Per event, as exported: the mentions of each article merged as the store merges them.
        atLeast(events.events().precision(), 0.712, "event precision");
        atLeast(events.events().recall(), 0.567, "event recall");
        Map<String, Double> floors = Map.of("date", 0.581, "actors", 0.456, "place", 0.544, "quantities", 0.712,
                "factuality", 0.728);
        for (Map.Entry<String, Double> floor : floors.entrySet()) {
            atLeast(events.fields().get(floor.getKey()).precision(), floor.getValue(), floor.getKey() + " precision");
        }
    }

    private static void atLeast(double measured, double floor, String what) {
        assertTrue(measured >= floor, () -> what + " fell to " + measured + " (floor " + floor + ")");
    }
}
