package org.sitrep.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.cluster.Reports.in;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Ids;

class StableIdsTest {

    private final MentionRecord a = in("a", "2024-10-20").sentence(0, "a").build();
    private final MentionRecord b = in("b", "2024-10-21").sentence(0, "b").build();
    private final MentionRecord c = in("c", "2024-10-22").sentence(0, "c").build();
    private final MentionRecord d = in("d", "2024-10-23").sentence(0, "d").build();

    private static Map<String, String> eventOf(List<Cluster> clusters) {
        Map<String, String> out = new HashMap<>();
        for (Cluster cl : clusters) {
            cl.members().forEach(m -> out.put(m.id(), cl.eventId()));
        }
        return out;
    }

    /** Where an id handed out before now leads: to a live event, directly or through an alias. */
    private static String resolve(String id, StableIds.Renaming r) {
        return r.aliases().getOrDefault(id, id);
    }

    private static Set<String> ids(StableIds.Renaming r) {
        Set<String> out = new HashSet<>();
        r.clusters().forEach(cl -> out.add(cl.eventId()));
        return out;
    }

    @Test
    void aRebuildOfTheSameClustersKeepsEveryIdAndMakesNoAlias() {
        List<Cluster> old = List.of(new Cluster("ev-kept", List.of(a, b)), Cluster.founding(c));
        List<Cluster> fresh = List.of(Cluster.founding(a).with(b), Cluster.founding(c));
        StableIds.Renaming r = StableIds.carryOver(fresh, eventOf(old));
        assertEquals(old, r.clusters());
        assertTrue(r.aliases().isEmpty());
    }

    @Test
    void whenTwoEventsMergeTheLargerKeepsItsIdAndTheOtherResolvesToIt() {
        List<Cluster> old = List.of(new Cluster("ev-small", List.of(a)), new Cluster("ev-large", List.of(b, c)));
        StableIds.Renaming r = StableIds.carryOver(List.of(Cluster.founding(a).with(b).with(c)), eventOf(old));
        assertEquals("ev-large", r.clusters().get(0).eventId());
        assertEquals(Map.of("ev-small", "ev-large"), r.aliases());
    }

    @Test
    void whenTwoEqualEventsMergeTheOlderKeepsItsId() {
        List<Cluster> old = List.of(new Cluster("ev-newer", List.of(c, d)), new Cluster("ev-older", List.of(a, b)));
        StableIds.Renaming r = StableIds.carryOver(List.of(Cluster.founding(a).with(b).with(c).with(d)),
                eventOf(old));
        assertEquals("ev-older", r.clusters().get(0).eventId());
        assertEquals(Map.of("ev-newer", "ev-older"), r.aliases());
    }

    @Test
    void whenAnEventSplitsThePartWithMostOfItKeepsTheIdAndTheRestIsNamedAfterItsFounder() {
        List<Cluster> old = List.of(new Cluster("ev-whole", List.of(a, b, c, d)));
        List<Cluster> fresh = List.of(Cluster.founding(a).with(b).with(d), Cluster.founding(c));
        StableIds.Renaming r = StableIds.carryOver(fresh, eventOf(old));
        assertEquals("ev-whole", r.clusters().get(0).eventId());
        assertEquals(Ids.eventFoundedBy(c.id()), r.clusters().get(1).eventId());
        assertTrue(r.aliases().isEmpty(), "the old id is still a live event");
        assertEquals("ev-whole", resolve("ev-whole", r));
    }

    @Test
    void aSplitOffPartFoundedByTheOldFounderDoesNotTakeAnIdInUse() {
        // The old event was founded by a, so its id is a's; after the split a's part is the smaller one.
        String founded = Ids.eventFoundedBy(a.id());
        List<Cluster> old = List.of(new Cluster(founded, List.of(a, b, c)));
        List<Cluster> fresh = List.of(Cluster.founding(a), Cluster.founding(b).with(c));
        StableIds.Renaming r = StableIds.carryOver(fresh, eventOf(old));
        assertEquals(founded, r.clusters().get(1).eventId(), "the larger part keeps the old id");
        String other = r.clusters().get(0).eventId();
        assertTrue(!other.equals(founded) && other.startsWith("ev-"), other);
        assertEquals(2, ids(r).size());
    }

    @Test
    void newMentionsFoundEventsNamedAfterThemAndEveryOldIdStillResolves() {
        List<Cluster> old = List.of(new Cluster("ev-1", List.of(a, b)), new Cluster("ev-2", List.of(c)));
        // Reprocessing regrouped them and a new article arrived: {a}, {b, c}, {d}.
        List<Cluster> fresh = List.of(Cluster.founding(a), Cluster.founding(b).with(c), Cluster.founding(d));
        StableIds.Renaming r = StableIds.carryOver(fresh, eventOf(old));
        assertEquals(Ids.eventFoundedBy(d.id()), r.clusters().get(2).eventId());
        for (String id : List.of("ev-1", "ev-2")) {
            assertTrue(ids(r).contains(resolve(id, r)), id + " no longer resolves");
        }
        assertEquals(3, ids(r).size());
    }

    @Test
    void aliasesOfEarlierRebuildsFollowTheirTargets() {
        StableIds.Renaming first = StableIds.carryOver(List.of(Cluster.founding(a).with(b)),
                eventOf(List.of(new Cluster("ev-1", List.of(a)), new Cluster("ev-2", List.of(b)))));
        assertEquals(Map.of("ev-2", "ev-1"), first.aliases());
        // The next rebuild merges ev-1 into an event holding more: ev-1 becomes an alias, and so must ev-2's target.
        StableIds.Renaming second = StableIds.carryOver(List.of(Cluster.founding(a).with(b).with(c).with(d)),
                eventOf(List.of(new Cluster("ev-1", List.of(a, b)), new Cluster("ev-3", List.of(c, d)))));
        // Equal halves: the older (ev-1, with a) keeps its id, so nothing moves.
        assertEquals(Map.of("ev-3", "ev-1"), second.aliases());
        StableIds.Renaming third = StableIds.carryOver(List.of(Cluster.founding(a).with(b).with(c).with(d)),
                eventOf(List.of(new Cluster("ev-1", List.of(a)), new Cluster("ev-4", List.of(b, c, d)))));
        Map<String, String> all = StableIds.chain(StableIds.chain(first.aliases(), second), third);
        assertEquals(Map.of("ev-2", "ev-4", "ev-3", "ev-4", "ev-1", "ev-4"), all);
    }

    @Test
    void aClusteringRebuiltFromTheSameMentionsGetsTheSameIds() {
        Clusterer clusterer = new Clusterer();
        SyntheticCorpus.Corpus corpus = SyntheticCorpus.loadDefault().generate(2000, 5);
        List<Cluster> first = clusterer.clusterAll(corpus.mentions());
        StableIds.Renaming again = StableIds.carryOver(clusterer.clusterAll(corpus.mentions()), eventOf(first));
        assertEquals(first, again.clusters());
        assertTrue(again.aliases().isEmpty());
    }
}
