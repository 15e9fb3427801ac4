package org.sitrep.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.cluster.Reports.in;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Bound;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Dispute;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventType;
import org.sitrep.model.Evidence;
import org.sitrep.model.Quantity;

class EventMergerTest {

    private final EventMerger merger = new EventMerger(Affiliations.of(Map.of("person:vladimir-putin", "RUS")));

    private Event merge(MentionRecord... members) {
        return merger.merge(new Cluster("ev-test", List.of(members)), Map.of());
    }

    private static MentionRecord withCounts(MentionRecord r, Quantity... counts) {
        org.sitrep.model.Mention m = r.mention();
        return new MentionRecord(r.id(), new org.sitrep.model.Mention(m.type(), m.modes(), m.contexts(),
                m.factuality(), m.date(), m.actors(), m.location(), List.of(counts), m.claimedBy(), m.evidence()),
                r.published());
    }

    private static Dispute dispute(Event e, String field) {
        return e.disputes().stream().filter(d -> d.field().equals(field)).findFirst().orElse(null);
    }

    @Test
    void differentDroneCountsAreADisputeWithEverySourceMostAttestedFirst() {
        Event e = merge(
                in("monitor", "2024-10-21").night("2024-10-21").count("drone", 110, "launched").build(),
                in("wire", "2024-10-21").night("2024-10-21").count("drone", 116, "launched").build(),
                in("daily", "2024-10-22").night("2024-10-21").count("drone", 116, "launched").build());
        Dispute d = dispute(e, "quantities.drone.launched");
        assertEquals(List.of(new Dispute.Value(116L, List.of("wire", "daily")),
                new Dispute.Value(110L, List.of("monitor"))), d.values());
        assertEquals(116, e.quantities().get(0).count(), "the event says what most sources say");
        assertEquals(1, e.disputes().size());
    }

    @Test
    void moreThanAHundredAnd127AgreeAndTheEventKeepsThePreciseFigure() {
        Event e = merge(
                in("zelensky", "2024-08-26").count("missile", 100, Bound.AT_LEAST, "launched").build(),
                in("air-force", "2024-08-26").count("missile", 127, "launched").build());
        assertTrue(e.disputes().isEmpty(), () -> "no dispute expected: " + e.disputes());
        assertEquals(127, e.quantities().get(0).count());
        assertEquals(Bound.EXACT, e.quantities().get(0).bound());
    }

    @Test
    void aboutAHundredAgreesWith104ButNotWith130() {
        assertTrue(merge(in("a", "2024-08-26").count("drone", 100, Bound.ABOUT, "launched").build(),
                in("b", "2024-08-26").count("drone", 104, "launched").build()).disputes().isEmpty());
        assertEquals(List.of(100L, 130L), dispute(merge(
                in("a", "2024-08-26").count("drone", 100, Bound.ABOUT, "launched").build(),
                in("b", "2024-08-26").count("drone", 130, "launched").build()), "quantities.drone.launched")
                .values().stream().map(Dispute.Value::value).toList());
    }

    @Test
    void oneArticlesTwoFiguresOfOneKindAreNotADispute() {
        MentionRecord m = in("kryvyi-rih", "2025-04-14").count("killed", 20, null).count("killed", 9, null).build();
        Event e = merge(m);
        assertTrue(e.disputes().isEmpty());
        assertEquals(2, e.quantities().size(), "a single report keeps all its figures");
    }

    @Test
    void aThirdAndAFourthVisitAreADispute() {
        Event e = merge(
                in("a", "2024-10-21").type(EventType.CONSULT).count("visit", 3, "ordinal").build(),
                in("b", "2024-10-21").type(EventType.CONSULT).count("visit", 4, "ordinal").build());
        assertEquals(List.of(3L, 4L), dispute(e, "quantities.visit.ordinal").values().stream()
                .map(Dispute.Value::value).toList());
    }

    @Test
    void twoDaysAreADisputeButANightAndTheDayItEndsAreNot() {
        Event days = merge(in("a", "2024-10-21").day("2024-10-20").build(),
                in("b", "2024-10-21").day("2024-10-21").build());
        assertEquals(List.of("2024-10-20", "2024-10-21"), dispute(days, "date").values().stream()
                .map(Dispute.Value::value).toList());

        Event night = merge(in("a", "2024-10-21").night("2024-10-21").build(),
                in("b", "2024-10-21").day("2024-10-21").build(),
                in("c", "2024-10-22").night("2024-10-21").build());
        assertNull(dispute(night, "date"));
        assertEquals(EventDate.nightEnding(LocalDate.parse("2024-10-21")), night.date(),
                "two sources give the night, and the day-one is within it");

        Event nights = merge(in("a", "2024-10-21").night("2024-10-21").build(),
                in("b", "2024-10-22").night("2024-10-22").build());
        assertEquals(List.of("2024-10-20/2024-10-21", "2024-10-21/2024-10-22"), dispute(nights, "date").values()
                .stream().map(Dispute.Value::value).toList());
    }

    @Test
    void aWeekContainingTheDayIsNotADisputeAndTheDayIsTheEventsDate() {
        Event e = merge(in("a", "2024-10-25").range("2024-10-21", "2024-10-27", DatePrecision.WEEK).build(),
                in("b", "2024-10-25").range("2024-10-21", "2024-10-27", DatePrecision.WEEK).build(),
                in("c", "2024-10-22").day("2024-10-22").build());
        assertTrue(e.disputes().isEmpty());
        assertEquals(EventDate.day(LocalDate.parse("2024-10-22")), e.date());
    }

    @Test
    void aCountryContainingTheCityIsNotADisputeTwoCitiesAre() {
        Event e = merge(in("a", "2024-10-21").at(Reports.UKRAINE).build(),
                in("b", "2024-10-21").at(Reports.KYIV).build());
        assertTrue(e.disputes().isEmpty());
        assertEquals("Kyiv", e.location().name());
        Event two = merge(in("a", "2024-10-21").at(Reports.KHARKIV).build(),
                in("b", "2024-10-21").at(Reports.KHARKIV_REGION).build(),
                in("c", "2024-10-21").at(Reports.ODESA).build());
        assertEquals(List.of("Kharkiv", "Odesa"), dispute(two, "location").values().stream()
                .map(Dispute.Value::value).toList());
    }

    @Test
    void actorsDisagreeOnlyWhenNoReportReconcilesThem() {
        Event leader = merge(in("a", "2024-09-25").type(EventType.THREATEN).actor("RUS", "Russia").build(),
                in("b", "2024-09-25").type(EventType.THREATEN).actor("person:vladimir-putin", "Vladimir Putin")
                        .build());
        assertTrue(leader.disputes().isEmpty(), "the leader is the more precise statement of his state");
        Event blame = merge(in("a", "2024-09-25").actor("RUS", "Russia").build(),
                in("b", "2024-09-25").actor("UKR", "Ukraine").build());
        assertEquals(List.of("Russia", "Ukraine"), dispute(blame, "actors.actor").values().stream()
                .map(Dispute.Value::value).toList());
    }

    @Test
    void evidenceIsInCanonicalOrderAndSourcesCountArticlesAndIndependentOutlets() {
        MentionRecord late = in("b-late", "2024-10-22").source("Daily").sentence(10, "later").build();
        MentionRecord early = in("a-early", "2024-10-21").source("Wire").sentence(50, "first").build();
        MentionRecord earlyAgain = in("a-early", "2024-10-21").source("Wire").sentence(5, "lede").build();
        MentionRecord sameOutlet = in("c", "2024-10-23").source("Daily").sentence(0, "again").build();
        Event e = merger.merge(new Cluster("ev-x", List.of(late, early, earlyAgain, sameOutlet)), Map.of());
        assertEquals(List.of("lede", "first", "later", "again"), e.mentions().stream().map(Evidence::text).toList());
        assertEquals(3, e.sources().articles());
        assertEquals(2, e.sources().independent(), "Daily's two articles are one outlet");
        assertEquals("ev-x", e.id());
    }

    @Test
    void aSingleReportBecomesTheEventItTells() {
        MentionRecord m = in("a", "2024-10-21").night("2024-10-21").at(Reports.KYIV).actor("RUS").recipient("UKR")
                .count("drone", 116, "launched").count("missile", 3, "launched").sentence(0, "text").build();
        Event merged = merge(m);
        Event single = Event.of("ev-test", m.mention());
        assertEquals(single, merged);
    }

    @Test
    void countsOfOneItemWithDifferentSubtypesAreNotADisputeAndFieldsNameItemAndStatus() {
        Event e = merge(in("a", "2024-10-21").build(), in("b", "2024-10-21").build());
        assertTrue(e.disputes().isEmpty());
        Event kinds = merger.merge(new Cluster("ev-k", List.of(
                withCounts(in("a", "2024-10-21").build(), new Quantity("missile", "ballistic", 10, Bound.EXACT,
                        "launched", 0, 1)),
                withCounts(in("b", "2024-10-21").build(), new Quantity("missile", "cruise", 20, Bound.EXACT,
                        "launched", 0, 1)))), Map.of());
        assertTrue(kinds.disputes().isEmpty(), "ten ballistic and twenty cruise missiles are both true");
        assertEquals(2, kinds.quantities().size());
        Quantity ballistic = new Quantity("missile", "ballistic", 2, Bound.EXACT, "hit", 0, 1);
        assertEquals("quantities.missile.hit", EventMerger.quantityField(ballistic));
        assertEquals("quantities.killed", EventMerger.quantityField(new Quantity("killed", null, 3, Bound.EXACT, null,
                0, 1)));
    }
}
