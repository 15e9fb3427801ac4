package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.cluster.Cluster;
import org.sitrep.cluster.MentionRecord;
import org.sitrep.model.Evidence;
import org.sitrep.model.EventType;
import org.sitrep.model.Factuality;
import org.sitrep.model.Mention;

class ClusterScoreTest {

    private static MentionRecord mention(String doc, int start, EventType type, String sentence) {
        Evidence ev = new Evidence(doc, "id-" + doc, null, start, start + sentence.length(), sentence, List.of());
        return new MentionRecord("mn-" + doc + start + type, new Mention(type, List.of(), List.of(),
                Factuality.REPORTED, null, List.of(), null, List.of(), List.of(), ev), LocalDate.of(2024, 1, 1));
    }

    @Test
    void bcubedOfTheTextbookCases() {
        int[] gold = {0, 0, 0, 1, 1};
        assertArrayEquals(new double[] {1, 1}, ClusterScore.bcubed(gold, gold), 1e-9);
        // Everything in one cluster: precision is the mean share of one's own gold cluster, recall is perfect.
        assertArrayEquals(new double[] {(3 * 3 / 5.0 + 2 * 2 / 5.0) / 5, 1},
                ClusterScore.bcubed(new int[] {7, 7, 7, 7, 7}, gold), 1e-9);
        // All apart: precision is perfect, recall the mean of 1/|gold cluster|.
        assertArrayEquals(new double[] {1, (3 / 3.0 + 2 / 2.0) / 5},
                ClusterScore.bcubed(new int[] {0, 1, 2, 3, 4}, gold), 1e-9);
        assertThrows(IllegalArgumentException.class, () -> ClusterScore.bcubed(new int[] {1}, new int[] {1, 2}));
    }

    @Test
    void goldMentionsAreFoundByTheirSentenceAndTypeAndMissedOnesStandAlone() {
        MentionRecord strikeA = mention("a", 0, EventType.ASSAULT, "Russia struck Kyiv overnight.");
        MentionRecord accuseA = mention("a", 0, EventType.ACCUSE, "Russia struck Kyiv overnight.");
        MentionRecord strikeB = mention("b", 40, EventType.ASSAULT, "Drones hit the capital, officials said.");
        List<Cluster> predicted = List.of(new Cluster("ev-1", List.of(strikeA, strikeB)),
                new Cluster("ev-2", List.of(accuseA)));
        List<ClusterScore.GoldMention> gold = List.of(
                new ClusterScore.GoldMention("strike", "a", "struck Kyiv", "ASSAULT"),
                new ClusterScore.GoldMention("strike", "b", "Drones hit the capital", "ASSAULT"),
                new ClusterScore.GoldMention("strike", "c", "a sentence extraction missed", "ASSAULT"));
        ClusterScore.Result r = ClusterScore.score(gold, predicted);
        assertEquals(2, r.located());
        assertEquals(1.0, r.precision(), 1e-9);
        assertEquals((2 / 3.0 + 2 / 3.0 + 1 / 3.0) / 3, r.recall(), 1e-9);
    }

    @Test
    void listsTheHappeningsSplitAndTheEventsBlended() {
        MentionRecord a = mention("a", 0, EventType.ASSAULT, "Russia struck Kyiv overnight.");
        MentionRecord b = mention("b", 0, EventType.ASSAULT, "Drones hit the capital overnight.");
        MentionRecord c = mention("c", 0, EventType.ASSAULT, "Shelling hit Kherson on Monday.");
        List<ClusterScore.GoldMention> gold = List.of(
                new ClusterScore.GoldMention("kyiv", "a", "struck Kyiv", "ASSAULT"),
                new ClusterScore.GoldMention("kyiv", "b", "Drones hit the capital", "ASSAULT"),
                new ClusterScore.GoldMention("kherson", "c", "Shelling hit Kherson", "ASSAULT"));
        ClusterScore.Result r = ClusterScore.score(gold, List.of(new Cluster("ev-1", List.of(a)),
                new Cluster("ev-2", List.of(b, c))));
        assertEquals(1, r.splits().size());
        assertEquals(List.of(a, b), r.splits().get(0).found());
        assertEquals(List.of(0, 1), r.splits().get(0).predictedEvents());
        assertEquals(1, r.blends().size());
        assertEquals(List.of("kyiv", "kherson"),
                r.blends().get(0).gold().stream().map(ClusterScore.GoldMention::cluster).toList());
        ClusterScore.Result right = ClusterScore.score(gold, List.of(new Cluster("ev-1", List.of(a, b)),
                new Cluster("ev-2", List.of(c))));
        assertEquals(List.of(), right.splits());
        assertEquals(List.of(), right.blends());
    }

    @Test
    void aMistypedMentionStillStandsForItsSentenceWhenNoneOfTheGoldTypeIsThere() {
        MentionRecord a = mention("a", 0, EventType.ASSAULT, "Putin said Russia would treat aggression as an attack.");
        MentionRecord b = mention("b", 0, EventType.ASSAULT, "Putin said Russia would treat aggression as an attack.");
        ClusterScore.Result r = ClusterScore.score(List.of(
                new ClusterScore.GoldMention("threat", "a", "would treat aggression", "THREATEN"),
                new ClusterScore.GoldMention("threat", "b", "would treat aggression", "THREATEN")),
                List.of(new Cluster("ev-1", List.of(a, b))));
        assertEquals(2, r.located());
        assertEquals(1.0, r.recall(), 1e-9);
    }

    @Test
    void filesWithTheSameTextKeepAnIdentityEachForScoring() {
        org.sitrep.model.Article wire = new org.sitrep.model.Article("h1", "wire", "Press", null, null, null, "text",
                "wire.txt");
        org.sitrep.model.Article reprint = new org.sitrep.model.Article("h1", "reprint", "Courier", null, null, null,
                "text", "reprint.txt");
        org.sitrep.model.Article other = new org.sitrep.model.Article("h2", "other", null, null, null, null, "else",
                "other.txt");
        List<org.sitrep.model.Article> out = ClusterScore.oneArticlePerFile(List.of(wire, reprint, other));
        assertEquals(List.of("h1/wire", "h1/reprint", "h2"), out.stream().map(org.sitrep.model.Article::id).toList());
    }

    @Test
    void readsTheGoldClusterFile(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("clusters.tsv");
        Files.writeString(f, "# comment\ncluster\tdoc\tevidence\nc1\tdoc-a\tRussia launched 127 missiles\n");
        assertEquals(List.of(new ClusterScore.GoldMention("c1", "doc-a", "Russia launched 127 missiles", null)),
                ClusterScore.readClusters(f));
        Files.writeString(f, "cluster\tdoc\tevidence\nc1\tdoc-a\n");
        assertThrows(IllegalArgumentException.class, () -> ClusterScore.readClusters(f));
    }

    @Test
    void theSamplesGoldClusterFileIsWellFormed() {
        List<ClusterScore.GoldMention> rows = ClusterScore.readClusters(Path.of("samples/gold/clusters.tsv"));
        assertEquals(rows.size(), rows.stream().distinct().count(), "a gold row is listed twice");
        assertEquals(true, rows.size() >= 30);
    }
}
