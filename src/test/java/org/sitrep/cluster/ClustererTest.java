package org.sitrep.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.cluster.Reports.in;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Bound;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.EventType;
import org.sitrep.model.Factuality;
import org.sitrep.model.Ids;

class ClustererTest {

    private final Clusterer clusterer = new Clusterer(Rules.DEFAULT,
            Affiliations.of(Map.of("person:volodymyr-zelensky", "UKR", "person:lloyd-austin", "USA")));

    /** The clusters as sets of mention ids, to compare partitions. */
    private static Set<Set<String>> partition(List<Cluster> clusters) {
        return clusters.stream().map(c -> c.members().stream().map(MentionRecord::id).collect(Collectors.toSet()))
                .collect(Collectors.toSet());
    }

    private List<Cluster> cluster(MentionRecord... mentions) {
        return clusterer.clusterAll(List.of(mentions));
    }

    @Test
    void anOvernightAttackReportedNextMorningAndSundayNightsAttackReportedThatEveningAreOne() {
        MentionRecord evening = in("evening", "2024-10-20").day("2024-10-20").at(Reports.KYIV).actor("RUS")
                .recipient("UKR").sentence(0, "Russian drones attacked Kyiv on Sunday night").build();
        MentionRecord morning = in("morning", "2024-10-21").night("2024-10-21").at(Reports.KYIV).actor("RUS")
                .recipient("UKR").count("drone", 116, "launched")
                .sentence(0, "Russia launched 116 drones at Kyiv overnight, the air force said").build();
        List<Cluster> out = cluster(morning, evening);
        assertEquals(1, out.size());
        assertEquals(evening, out.get(0).founder(), "the earlier report founds the event");
        assertEquals(Ids.eventFoundedBy(evening.id()), out.get(0).eventId());
    }

    @Test
    void adjacentDaysMergeOnlyWithSomethingSpecificToTheHappening() {
        MentionRecord sunday = in("a", "2024-10-21").day("2024-10-20").actor("RUS").recipient("UKR")
                .sentence(0, "Russia attacked Ukraine on Sunday").read("Russia", "attacked", "Ukraine", "Sunday")
                .build();
        MentionRecord monday = in("b", "2024-10-21").day("2024-10-21").actor("RUS").recipient("UKR")
                .sentence(0, "Russia attacked Ukraine on Monday").read("Russia", "attacked", "Ukraine", "Monday")
                .build();
        assertEquals(2, cluster(sunday, monday).size(), "actors alone fit every day's attack of the war");

        MentionRecord mondayInKyiv = in("c", "2024-10-21").day("2024-10-21").at(Reports.KYIV).actor("RUS")
                .recipient("UKR").sentence(0, "Russia attacked Kyiv on Monday").build();
        MentionRecord sundayInKyiv = in("d", "2024-10-21").day("2024-10-20").at(Reports.KYIV).actor("RUS")
                .recipient("UKR").sentence(0, "Russian strike on the capital").build();
        assertEquals(1, cluster(mondayInKyiv, sundayInKyiv).size(), "a day apart, but the same city");
    }

    @Test
    void attacksOnTwoCitiesTheSameNightAreTwoEvents() {
        MentionRecord kharkiv = in("a", "2024-10-21").night("2024-10-21").at(Reports.KHARKIV).actor("RUS")
                .recipient("UKR").sentence(0, "Drones hit Kharkiv overnight").build();
        MentionRecord odesa = in("b", "2024-10-21").night("2024-10-21").at(Reports.ODESA).actor("RUS")
                .recipient("UKR").sentence(0, "Drones hit Odesa overnight").build();
        assertEquals(2, cluster(kharkiv, odesa).size());

        MentionRecord region = in("c", "2024-10-21").night("2024-10-21").at(Reports.KHARKIV_REGION).actor("RUS")
                .recipient("UKR").sentence(0, "Drones hit the Kharkiv region overnight").build();
        List<Cluster> withRegion = cluster(kharkiv, odesa, region);
        assertEquals(2, withRegion.size(), "the region contains Kharkiv, not Odesa");
        assertTrue(partition(withRegion).contains(Set.of(kharkiv.id(), region.id())));
    }

    @Test
    void aPlannedVisitDoesNotMergeWithAReportedOne() {
        MentionRecord planned = in("a", "2024-10-20").type(EventType.CONSULT).factuality(Factuality.FUTURE)
                .day("2024-10-21").at(Reports.KYIV).actor("person:lloyd-austin").recipient("UKR")
                .sentence(0, "Austin is expected to visit Kyiv on Monday").build();
        MentionRecord made = in("b", "2024-10-21").type(EventType.CONSULT).day("2024-10-21").at(Reports.KYIV)
                .actor("person:lloyd-austin").recipient("UKR").sentence(0, "Austin arrived in Kyiv on Monday").build();
        assertEquals(2, cluster(planned, made).size());
    }

    @Test
    void aLeaderActsForHisStateButNotForAnother() {
        MentionRecord zelensky = in("a", "2024-08-26").type(EventType.REQUEST).actor("person:volodymyr-zelensky")
                .sentence(0, "Zelensky asked partners to allow long-range strikes").build();
        MentionRecord kyiv = in("b", "2024-08-26").type(EventType.REQUEST).actor("UKR")
                .sentence(0, "Kyiv asked partners to allow long-range strikes on airfields").build();
        MentionRecord russia = in("c", "2024-08-26").type(EventType.REQUEST).actor("RUS")
                .sentence(0, "Moscow asked partners to allow long-range strikes").build();
        List<Cluster> out = cluster(zelensky, kyiv, russia);
        assertEquals(Set.of(Set.of(zelensky.id(), kyiv.id()), Set.of(russia.id())), partition(out));
    }

    @Test
    void wildlyDifferentTollsAreDifferentHappeningsButCloseOnesMerge() {
        MentionRecord two = in("a", "2024-07-08").at(Reports.KYIV).actor("RUS").count("killed", 2, null)
                .sentence(0, "Two people were killed in Kyiv").build();
        MentionRecord forty = in("b", "2024-07-08").at(Reports.KYIV).actor("RUS").count("killed", 40, null)
                .sentence(0, "Forty people were killed in Kyiv").build();
        assertEquals(2, cluster(two, forty).size());
        MentionRecord thirtyOne = in("c", "2024-07-08").at(Reports.KYIV).actor("RUS").count("killed", 31, null)
                .sentence(0, "At least 31 people were killed in Kyiv").build();
        assertEquals(1, cluster(forty, thirtyOne).size(), "a toll that rose is a dispute, not another attack");
    }

    @Test
    void twoSentencesOfOneArticleAboutOneStrikeAreOneEventARoundUpsTwoStrikesAreTwo() {
        MentionRecord lede = in("kyiv", "2025-04-24").night("2025-04-24").at(Reports.KYIV).actor("RUS")
                .recipient("UKR").count("killed", 12, null)
                .sentence(0, "Twelve people were killed when Russian missiles struck Kyiv overnight").build();
        MentionRecord figures = in("kyiv", "2025-04-24").day("2025-04-24").actor("RUS").recipient("UKR")
                .count("missile", 70, "launched")
                .sentence(300, "The air force said Russia had launched 70 missiles").build();
        MentionRecord claim = in("kyiv", "2025-04-24").day("2025-04-24").actor("RUS").recipient("UKR")
                .sentence(600, "The defence ministry said it had carried out a massive strike").build();
        assertEquals(1, cluster(lede, figures, claim).size());

        MentionRecord kharkiv = in("round-up", "2025-04-24").night("2025-04-24").at(Reports.KHARKIV).actor("RUS")
                .sentence(0, "Drones also hit Kharkiv overnight").build();
        MentionRecord odesa = in("round-up", "2025-04-24").night("2025-04-24").at(Reports.ODESA).actor("RUS")
                .sentence(200, "In Odesa, a port warehouse burned after a drone strike").build();
        assertEquals(2, cluster(kharkiv, odesa).size());
    }

    @Test
    void undatedMentionsMergeOnlyWithinTheirArticle() {
        MentionRecord a1 = in("a", null).at(Reports.KYIV).actor("RUS").recipient("UKR").count("drone", 50, "launched")
                .sentence(0, "Russian drones struck Kyiv").build();
        MentionRecord a2 = in("a", null).at(Reports.KYIV).actor("RUS").recipient("UKR").count("drone", 50, "launched")
                .sentence(200, "Fifty drones were launched at the capital").build();
        MentionRecord b = in("b", null).at(Reports.KYIV).actor("RUS").recipient("UKR").count("drone", 50, "launched")
                .sentence(0, "Russian drones struck Kyiv").build();
        assertEquals(Set.of(Set.of(a1.id(), a2.id()), Set.of(b.id())), partition(cluster(a1, a2, b)));
    }

    @Test
    void oneArticlesRecentAndOldHappeningsAtOnePlaceAreTwo() {
        MentionRecord recent = in("a", "2024-10-02").undated().at(Reports.KHARKIV).actor("RUS").recipient("UKR")
                .sentence(0, "Russian forces had been attacking the town's flanks for weeks").build();
        MentionRecord old = in("a", "2024-10-02").range("2023-01-01", "2023-12-31", DatePrecision.YEAR)
                .factuality(Factuality.HISTORICAL).at(Reports.KHARKIV).actor("RUS").recipient("UKR")
                .sentence(200, "Russian tank columns tried to storm the town in early 2023").build();
        MentionRecord again = in("a", "2024-10-02").undated().at(Reports.KHARKIV).actor("RUS").recipient("UKR")
                .sentence(400, "The attacks on the town went on").build();
        assertEquals(Set.of(Set.of(recent.id(), again.id()), Set.of(old.id())),
                partition(cluster(recent, old, again)));
    }

    @Test
    void undatedReportsOfDifferentArticlesMergeOnlyWhenOneCopiesTheOther() {
        String words = "Russian forces had been attacking the town's flanks for weeks, the brigade said";
        MentionRecord wire = in("wire", "2024-10-02").undated().actor("RUS").recipient("UKR")
                .sentence(0, words).read("Russian forces", "attacking", "the brigade").build();
        MentionRecord reprint = in("reprint", "2024-10-03").undated().actor("RUS").recipient("UKR")
                .sentence(90, words).read("Russian forces", "attacking", "the brigade").build();
        MentionRecord ownWords = in("own", "2024-10-02").undated().actor("RUS").recipient("UKR")
                .sentence(0, "Russian forces kept up attacks on both sides of the hilltop town")
                .read("Russian forces", "attacks").build();
        MentionRecord muchLater = in("later", "2024-11-20").undated().actor("RUS").recipient("UKR")
                .sentence(0, words).read("Russian forces", "attacking", "the brigade").build();
        assertEquals(Set.of(Set.of(wire.id(), reprint.id()), Set.of(ownWords.id()), Set.of(muchLater.id())),
                partition(cluster(wire, reprint, ownWords, muchLater)));
    }

    @Test
    void aVagueDateDoesNotJoinAPreciseOne() {
        MentionRecord day = in("a", "2024-02-23").day("2022-02-24").factuality(Factuality.HISTORICAL).actor("RUS")
                .recipient("UKR").sentence(0, "Russia launched its full-scale invasion on Feb. 24, 2022").build();
        MentionRecord month = in("b", "2024-09-25").range("2022-02-01", "2022-02-28", DatePrecision.MONTH)
                .factuality(Factuality.HISTORICAL).actor("RUS").recipient("UKR")
                .sentence(0, "Since launching its full-scale invasion in February 2022").build();
        MentionRecord monthAgain = in("c", "2024-09-26").range("2022-02-01", "2022-02-28", DatePrecision.MONTH)
                .factuality(Factuality.HISTORICAL).actor("RUS").recipient("UKR")
                .sentence(0, "Since launching its full-scale invasion in February 2022").build();
        assertEquals(Set.of(Set.of(day.id()), Set.of(month.id(), monthAgain.id())),
                partition(cluster(day, month, monthAgain)));
    }

    @Test
    void aMentionThatFitsTwoEventsEquallyFoundsItsOwn() {
        MentionRecord kharkiv = in("a", "2024-10-21").at(Reports.KHARKIV).actor("RUS").recipient("UKR")
                .sentence(0, "Russia struck Kharkiv").build();
        MentionRecord odesa = in("b", "2024-10-21").at(Reports.ODESA).actor("RUS").recipient("UKR")
                .sentence(0, "Russia struck Odesa").build();
        MentionRecord vague = in("c", "2024-10-21").actor("RUS").recipient("UKR")
                .sentence(0, "Russia struck Ukraine").build();
        assertEquals(3, cluster(kharkiv, odesa, vague).size());
        assertEquals(1, cluster(kharkiv, vague).size(), "with one attack it could be, it is that one");
    }

    @Test
    void clusteringIsTheSameWhateverTheInputOrder() {
        SyntheticCorpus.Corpus corpus = SyntheticCorpus.loadDefault().generate(4000, 7);
        List<Cluster> reference = clusterer.clusterAll(corpus.mentions());
        Random random = new Random(3);
        for (int i = 0; i < 3; i++) {
            List<MentionRecord> shuffled = new ArrayList<>(corpus.mentions());
            Collections.shuffle(shuffled, random);
            assertEquals(reference, clusterer.clusterAll(shuffled));
        }
    }

    @Test
    void attachingOneByOneThroughTheCandidateQueryGivesWhatARebuildGives() {
        SyntheticCorpus.Corpus corpus = SyntheticCorpus.loadDefault().generate(3000, 11);
        List<MentionRecord> ordered = new ArrayList<>(corpus.mentions());
        ordered.sort(MentionRecord.CANONICAL);
        // A store in miniature: events with their block columns, and which article's mentions each holds.
        Map<String, Cluster> events = new LinkedHashMap<>();
        Map<String, Block> blocks = new HashMap<>();
        for (MentionRecord m : ordered) {
            CandidateQuery q = clusterer.candidateQuery(m);
            List<Cluster> candidates = new ArrayList<>();
            for (Cluster c : events.values()) {
                boolean sameArticle = c.members().stream().anyMatch(x -> x.articleKey().equals(q.articleId())
                        && x.mention().type() == q.type());
                if (sameArticle || q.admits(blocks.get(c.eventId()))) {
                    candidates.add(c);
                }
            }
            Optional<Cluster> match = clusterer.match(m, candidates);
            Cluster updated = match.map(c -> c.with(m)).orElseGet(() -> Cluster.founding(m));
            events.put(updated.eventId(), updated);
            blocks.put(updated.eventId(), clusterer.blockOf(updated));
        }
        assertEquals(partition(clusterer.clusterAll(corpus.mentions())), partition(List.copyOf(events.values())));
    }

    @Test
    void matchIgnoresTheOrderOfCandidatesAndFindsTheEventAMentionIsIn() {
        MentionRecord a = in("a", "2024-10-21").night("2024-10-21").at(Reports.KYIV).actor("RUS")
                .sentence(0, "Drones hit Kyiv").build();
        MentionRecord b = in("b", "2024-10-21").night("2024-10-21").at(Reports.KYIV).actor("RUS")
                .sentence(0, "Drones hit Kyiv overnight").build();
        Cluster event = Cluster.founding(a);
        Cluster other = Cluster.founding(in("c", "2024-10-21").at(Reports.ODESA).actor("RUS").build());
        assertEquals(Optional.of(event), clusterer.match(b, List.of(other, event)));
        assertEquals(Optional.of(event), clusterer.match(b, List.of(event, other)));
        assertEquals(Optional.of(event), clusterer.match(a, List.of(other, event)));
    }

    @Test
    void theBlockOfAnEventIsTheRangeItsReportsAgreeOnAndItsCountry() {
        Cluster c = Cluster.founding(in("a", "2024-10-21").night("2024-10-21").at(Reports.KYIV).build())
                .with(in("b", "2024-10-21").day("2024-10-21").build());
        Block b = clusterer.blockOf(c);
        assertEquals(java.time.LocalDate.parse("2024-10-21"), b.from());
        assertEquals(java.time.LocalDate.parse("2024-10-21"), b.to());
        assertEquals("UA", b.country());
        CandidateQuery q = clusterer.candidateQuery(in("c", "2024-10-22").day("2024-10-22").at(Reports.ODESA).build());
        assertTrue(q.admits(b), "a day later is within the slack");
        CandidateQuery far = clusterer.candidateQuery(in("d", "2024-10-24").day("2024-10-24").build());
        assertTrue(!far.admits(b));
    }
}
