package org.sitrep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.eval.Evaluator;
import org.sitrep.eval.GoldEvent;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.ingest.IngestOptions;
import org.sitrep.model.Article;
import org.sitrep.model.Event;

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
        Map<String, List<Event>> predicted = new HashMap<>();
        Map<String, String> texts = new HashMap<>();
        for (Article a : articles) {
            predicted.put(a.doc(), SharedPipeline.get().process(a));
            texts.put(a.doc(), a.text());
        }
        List<GoldEvent> gold = Evaluator.readGold(Path.of("samples/gold/events.jsonl"));
        Evaluator.Report r = new Evaluator().score(gold, predicted, texts);
        System.out.printf("samples: events P %.3f R %.3f F1 %.3f%n", r.events().precision(), r.events().recall(),
                r.events().f1());
        assertEquals(0, r.unsafe(), "a future, hypothetical or negated event was reported as having happened");
        // Measured P 0.746 R 0.754 on 33 articles. Precision counts each extracted sentence: air defence figures and
        // "during the visit" told in a sentence of their own are extra mentions of a gold event, not extra events.
        assertTrue(r.events().precision() >= 0.74, () -> "event precision fell to " + r.events().precision());
        assertTrue(r.events().recall() >= 0.745, () -> "event recall fell to " + r.events().recall());
        Map<String, Double> floors = Map.of("date", 0.695, "actors", 0.665, "place", 0.70, "quantities", 0.72,
                "factuality", 0.75);
        for (Map.Entry<String, Double> floor : floors.entrySet()) {
            double precision = r.fields().get(floor.getKey()).precision();
            assertTrue(precision >= floor.getValue(), () -> floor.getKey() + " precision fell to " + precision);
        }
    }
}
