package org.sitrep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.cluster.ArticleFingerprint;
import org.sitrep.cluster.Cluster;
import org.sitrep.cluster.Clusterer;
import org.sitrep.cluster.EventMerger;
import org.sitrep.cluster.Fingerprints;
import org.sitrep.cluster.MentionRecord;
import org.sitrep.eval.ClusterScore;
import org.sitrep.eval.Evaluator;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.ingest.IngestOptions;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Evidence;

/**
 * Merging over real extraction: the bundled samples against their gold clusters, and the two seeds that report one
 * visit. The floors are the scores measured when they were set; raise them as extraction and merging improve.
 */
class SamplesClusteringIT {

    private static final Path SEEDS = Path.of(System.getProperty("sitrep.seeds", "../shared/seeds"));
    private static final List<MentionRecord> MENTIONS = new ArrayList<>();
    private static final Map<String, ArticleFingerprint> FINGERPRINTS = new java.util.concurrent.ConcurrentHashMap<>();

    @BeforeAll
    static void readSamples() {
        List<Article> articles = new ArrayList<>();
        new ArticleReader(new IngestOptions(null, null)).read(List.of("samples/articles"), System.in, articles::add);
        MENTIONS.addAll(read(ClusterScore.oneArticlePerFile(articles)));
    }

    private static List<MentionRecord> read(List<Article> articles) {
        List<MentionRecord> out = new ArrayList<>();
        for (Article a : articles) {
            FINGERPRINTS.put(a.id(), Fingerprints.of(a));
            SharedPipeline.get().mentions(a).forEach(m -> out.add(MentionRecord.of(a, m)));
        }
        return out;
    }

    private static Event eventWith(List<Cluster> clusters, String doc, String words) {
        for (Cluster c : clusters) {
            for (MentionRecord m : c.members()) {
                if (m.mention().evidence().doc().equals(doc) && m.mention().evidence().text().contains(words)) {
                    return new EventMerger().merge(c, FINGERPRINTS);
                }
            }
        }
        throw new AssertionError("no mention of \"" + words + "\" in " + doc);
    }

    @Test
    void samplesMeetTheirMeasuredClusteringFloor() {
        List<Cluster> clusters = new Clusterer().clusterAll(MENTIONS);
        ClusterScore.Result r = ClusterScore.score(ClusterScore.withGoldEvents(
                ClusterScore.readClusters(Path.of("samples/gold/clusters.tsv")),
                Evaluator.readGold(Path.of("samples/gold/events.jsonl"))), clusters);
        System.out.printf("samples: clustering B-cubed P %.3f R %.3f F1 %.3f (%d of %d gold mentions located)%n",
                r.precision(), r.recall(), r.f1(), r.located(), r.mentions());
        // Session 12 linked 129 gold mentions of happenings told in several articles that clusters.tsv had left
        // apart (the Mariupol theatre strike in three articles, the Kramatorsk station strike in five, ...): merges
        // sitrep made rightly had counted as errors. With them: 0.951 and 0.878 (the floors are re-based on that
        // gold; recall fell because the gold now asks for cross-article merges sitrep does not make). Before them,
        // 0.920 and 0.884 at the end of session 12 (the precision fell when weapons that destroy or land on a place
        // became attacks). Measured 0.922 and 0.882
        // on 259 articles at the end of session 11 (sets AC and AD joined; the same code
        // scored 0.929 and 0.877 on the 243 before them, so the precision lost is in merges of the 16 new articles,
        // not yet examined). 0.930 and 0.876 on 243 articles at the end of session 10 (sets Y and Z joined). 0.932 and 0.872 on
        // 227 articles (session 10: held-out sets U, V, W and X joined, their clusters rows
        // again linking happenings only within each set). 0.938 and 0.861 on 195 articles (session 9: the 24 of held-out sets R, S and T joined; 0.946 and
        // 0.858 on the 171 before them, where events kept with no actor named cost 0.003 of precision). Most of the
        // loss is true merges the gold does not link, as its rows link happenings only within each held-out set: 25
        // merged events join one of the 24 to an older article (the annexation of 30 September 2022, the Kursk
        // incursion, the barrage of 17 November 2024, the Rosneft and Lukoil sanctions). 0.950 and 0.856 on 171 articles in session 8; 0.953 and 0.854 on the first 147 before session 8 added attacks on
        // facilities with no doer named, which join nationwide barrages (0.955 and 0.842 on the first 115, 0.960 and
        // 0.824 on the first 83, 0.978 and 0.812 on the first 59, 0.975 and 0.844 on the first 33): the precision lost
        // is the Kharkiv strike folded into the Christmas 2024 barrage it was part of, first-day landings folded into
        // the invasion, two US requests of one day (to both sides, to Putin) that share a recipient once "both sides"
        // is read; the further loss on the 112 newest articles (whose gold links happenings only within each held-out
        // set) is not yet examined.
        // Session 13: 0.9495 and 0.878. Money announced became aid ("announced 650 million Canadian dollars"), and an
        // announced package told without its amount can merge with another package of the same week (0.9502 without
        // that cue); the merge rule, not the cue, is what to fix. With sets AG and AI joined (275 articles, their
        // happenings linked to the same ones in earlier samples): 0.9505 and 0.871. Session 14, with sets AJ and AK
        // joined (291 articles; 13 rows link their happenings to the same ones in earlier samples, six of their ids are
        // folded into older ones): 0.9489 and 0.871. Session 15, with sets AL and AM joined (307 articles; 20 rows
        // link their happenings to the same ones in earlier samples, four of their ids are folded into older ones):
        // 0.949 and 0.868. Session 16, with sets AN and AO joined (323 articles; 18 rows link their happenings to the
        // same ones in earlier samples, five of their ids are folded into older ones): 0.944 and 0.859 (the same code
        // gave 0.948 and 0.869 on the 307 before them). AO's writer keeps a city's hits apart from the nationwide
        // barrage they were part of, and AN's the loss of Kyiv's water from the wave that cut it, which sitrep merges.
        // Then sets AR and AS joined (339 articles; 16 rows link them to earlier samples, four ids folded): 0.942 and
        // 0.854. Session 17, with sets AU and AV joined (355 articles; 28 rows link them to earlier samples, five ids
        // folded): 0.939 and 0.848. Session 18, with sets AX and AY joined (371 articles; 45 pairs of their gold
        // events linked to the same happenings in earlier samples, five of their ids folded): 0.938 and 0.840 (the same
        // code gave 0.938 and 0.847 on the 355 before them); 0.936 and 0.841 at the session's end. Session 19, with
        // sets AZ, BA, BB and BC joined (403 articles; 115 pairs of their gold events linked to the same happenings in
        // earlier samples, five of their ids folded): 0.930 and 0.825 (the same code gave 0.934 and 0.841 on the 371
        // before them): the new links ask for merges across articles that sitrep does not make, not yet examined.
        // Their new loss is merges inside one article of events the gold keeps apart (two Kharkiv strikes a day
        // apart, the Lviv strike of 29 December 2022 folded into that day's nationwide barrage, talks and a
        // ratification of the same trip).
        // Session 20, with sets AT, AW, BF and BG joined (435 articles; 64 pairs of their gold events linked to the
        // same happenings in earlier samples, one id folded): 0.928 and 0.814 (the same code gave 0.929 and 0.825 on the
        // 403 before them). Session 21, with sets BH, BI and BK joined (459 articles; 48 pairs of their gold events
        // linked to the same happenings in earlier samples, five ids folded): 0.928 and 0.813 (the same code gave 0.928
        // and 0.814 on the 435 before them). Session 22, with sets BL, BM and BN joined (483 articles; 33 pairs linked
        // to earlier samples, four ids folded): 0.929 and 0.811 at the join, 0.927 and 0.814 at the session's end.
        // Session 23, with sets BP, BQ, BR and BS joined (515 articles; 45 pairs linked to earlier samples, five ids
        // folded): 0.926 and 0.810 (the session's code gave 0.927 and 0.814 on the 483 before them). Session 24,
        // with sets BT, BU, BV and BW joined (547 articles; 63 pairs linked to earlier samples, five ids folded): 0.927
        // and 0.803 (the session's code gave 0.926 and 0.810 on the 515 before them). Session 26: 0.926 and 0.804.
        assertTrue(r.precision() >= 0.925, () -> "clustering precision fell to " + r.precision());
        assertTrue(r.recall() >= 0.801, () -> "clustering recall fell to " + r.recall());
    }

    @Test
    void threeOutletsOnOneNightsAttackAreOneEventAndAReprintIsNoSecondSource() {
        List<Cluster> clusters = new Clusterer().clusterAll(MENTIONS);
        Event strike = eventWith(clusters, "2024-08-26-energy-attack-air-force", "127 missiles");
        assertEquals(EventType.ASSAULT, strike.type());
        assertTrue(strike.mentions().stream().map(Evidence::doc).anyMatch("2024-08-26-energy-attack-zelensky"::equals),
                () -> "the Zelensky article's report is not in " + strike.mentions());
        assertTrue(strike.sources().independent() >= 2, strike.sources().toString());
        assertTrue(strike.disputes().stream().noneMatch(d -> d.field().equals("quantities.missile.launched")),
                "\"more than 100\" and 127 missiles agree");

        Event invasion = eventWith(clusters, "2024-09-26-putin-nuclear-doctrine-reprint", "in February 2022");
        assertEquals(2, invasion.sources().articles());
        assertEquals(1, invasion.sources().independent(), "the reprint credits the wire it copies");
    }

    @Test
    void theTwoSeedsReportingAustinsVisitToKyivGiveOneEventWithTwoIndependentSources() throws IOException {
        List<Article> seeds = new ArrayList<>();
        for (String line : Files.readAllLines(SEEDS.resolve("MANIFEST.tsv")).subList(1, 6)) {
            String[] cols = line.split("\t");
            if (cols[0].startsWith("000_") || cols[0].startsWith("004_")) {
                new ArticleReader(new IngestOptions(LocalDate.parse(cols[1]), null))
                        .read(List.of(SEEDS.resolve(cols[0]).toString()), System.in, seeds::add);
            }
        }
        assertEquals(2, seeds.size());
        List<Cluster> clusters = new Clusterer().clusterAll(read(seeds));
        List<Event> visits = new ArrayList<>();
        for (Cluster c : clusters) {
            Event e = new EventMerger().merge(c, FINGERPRINTS);
            if (e.type() == EventType.CONSULT && e.factuality().happened() && e.location() != null
                    && e.location().name().equals("Kyiv")
                    && e.actors().stream().anyMatch(a -> a.id().equals("person:lloyd-austin"))) {
                visits.add(e);
            }
        }
        assertEquals(1, visits.size(), visits.toString());
        assertEquals(2, visits.get(0).sources().articles());
        assertEquals(2, visits.get(0).sources().independent());
    }
}
