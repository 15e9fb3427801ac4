package org.sitrep.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.model.EventBuilder.event;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Bound;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.EventDate;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Factuality;
import org.sitrep.model.GeoPrecision;
import org.sitrep.query.AttackTallies.Figure;
import org.sitrep.query.AttackTallies.Measure;
import org.sitrep.query.AttackTallies.Row;

class AttackTalliesTest {
    private static final LocalDate D21 = LocalDate.of(2024, 10, 21);
    private static final Measure DRONES = new Measure("drone", null, "launched");
    private static final Measure DOWNED = new Measure("drone", null, "shot_down");
    private static final Measure SHAHEDS = new Measure("drone", "Shahed", "launched");
    private static final Measure KILLED = new Measure("killed", null, null);
    private static final Measure WOUNDED = new Measure("wounded", null, null);

    private static AttackTallies tally(Event... events) {
        return AttackTallies.of(List.of(events), null, null);
    }

    private static Figure only(AttackTallies t, Measure m) {
        assertEquals(1, t.rows().size(), t.rows().toString());
        return t.rows().get(0).figure(m).orElseThrow(() -> new AssertionError("no " + m + " in " + t.rows()));
    }

    @Test
    void nightsCountForTheMorningTheyEndAndDaytimeAttacksForTheirDay() {
        Event night = event("n").russiaOnUkraine().night("2024-10-21").inUkraine().count("drone", 116, "launched")
                .build();
        Event day = event("d").russiaOnUkraine().day("2024-10-21").at("Kharkiv", "UA", "Kharkiv Oblast",
                GeoPrecision.CITY).count("killed", 2, null).build();
        Event nextNight = event("n2").russiaOnUkraine().night("2024-10-22").inUkraine().count("drone", 50, "launched")
                .build();
        Event week = event("w").russiaOnUkraine().date(new EventDate(D21.minusDays(6), D21, DatePrecision.WEEK))
                .inUkraine().count("drone", 900, "launched").build();

        AttackTallies t = AttackTallies.of(List.of(night, day, nextNight, week), D21, D21);
        assertEquals(List.of(Period.nightEnding(D21), Period.day(D21)),
                t.rows().stream().map(Row::period).toList());
        assertEquals(116, t.rows().get(0).figure(DRONES).orElseThrow().count());
        assertEquals(2, t.rows().get(1).figure(KILLED).orElseThrow().count());
        assertEquals(List.of("w"), t.imprecise(), "a week-long range is not put on a night");
    }

    @Test
    void theSameNationalFigureFromTwoEventsCountsOnceWithBothSources() {
        Event a = event("a").russiaOnUkraine().night("2024-10-21").inUkraine().count("drone", 116, "launched")
                .claimedBy("Ukraine's air force").mention("kyiv-post", "Kyiv Post", "116 drones.").build();
        Event b = event("b").russiaOnUkraine().night("2024-10-21").at("Ukraine", "UA", null, GeoPrecision.COUNTRY)
                .count("drone", 116, "launched").claimedBy("the air force").mention("reuters-1", "Reuters", "116.")
                .build();

        Figure f = only(tally(a, b), DRONES);
        assertEquals(116, f.count());
        assertEquals(List.of(), f.places());
        assertEquals(2, f.independentSources());
        assertEquals(List.of("a", "b"), f.eventIds());
        assertEquals(List.of("Ukraine's air force", "the air force"), f.claimedBy());
        assertEquals(List.of("kyiv-post", "reuters-1"), f.docs());
        assertFalse(f.disputed());
    }

    @Test
    void figuresOfDistinctPlacesAddUp() {
        Event kyiv = event("k").russiaOnUkraine().night("2024-10-21").at("Kyiv", "UA", "Kyiv City", GeoPrecision.CITY)
                .count("killed", 2, null).count("wounded", 5, null).claimedBy("Kyiv's mayor").build();
        Event kharkiv = event("h").russiaOnUkraine().night("2024-10-21")
                .at("Kharkiv", "UA", "Kharkiv Oblast", GeoPrecision.CITY)
                .count("killed", null, 3, Bound.AT_LEAST, null).claimedBy("the regional governor").build();

        AttackTallies t = tally(kyiv, kharkiv);
        Figure killed = only(t, KILLED);
        assertEquals(5, killed.count());
        assertEquals(Bound.AT_LEAST, killed.bound(), "exact plus at-least is at least");
        assertEquals(List.of("Kyiv", "Kharkiv"), killed.places());
        assertEquals(List.of("Kyiv's mayor", "the regional governor"), killed.claimedBy());
        assertEquals(5, only(t, WOUNDED).count());
    }

    @Test
    void aNationalTotalIncludesTheRegionalReportsItCovers() {
        Event national = event("n").russiaOnUkraine().night("2024-10-21").inUkraine()
                .count("killed", 4, null).claimedBy("officials").build();
        Event kyiv = event("k").russiaOnUkraine().night("2024-10-21").at("Kyiv", "UA", "Kyiv City", GeoPrecision.CITY)
                .count("killed", 2, null).build();
        Event odesa = event("o").russiaOnUkraine().night("2024-10-21").at("Odesa", "UA", "Odesa Oblast",
                GeoPrecision.CITY).count("killed", 1, null).build();

        Figure f = only(tally(national, kyiv, odesa), KILLED);
        assertEquals(4, f.count(), "2 + 1 are part of the 4, not added to it");
        assertEquals(List.of("n"), f.eventIds());
        assertFalse(f.disputed());

        Event odesaMore = event("o2").russiaOnUkraine().night("2024-10-21").at("Odesa", "UA", "Odesa Oblast",
                GeoPrecision.CITY).count("killed", 3, null).build();
        Figure larger = only(tally(national, kyiv, odesaMore), KILLED);
        assertEquals(5, larger.count(), "places add up to more than the national figure: it was incomplete");
        assertEquals(List.of("Kyiv", "Odesa"), larger.places());
        assertEquals(1, larger.alternatives().size());
        assertEquals(4, larger.alternatives().get(0).count());
        assertEquals(null, larger.alternatives().get(0).place());
    }

    @Test
    void disagreeingWeaponCountsTakeTheBestAttestedAndKeepTheOther() {
        Event a = event("a").russiaOnUkraine().night("2024-10-21").inUkraine().count("drone", 116, "launched")
                .mention("d1", "Outlet One", "116").mention("d2", "Outlet Two", "116").sources(2, 2)
                .dispute("quantities.drone.launched", 116, "d1,d2", 110, "d3").build();
        Event b = event("b").russiaOnUkraine().night("2024-10-21").inUkraine().count("drone", 110, "launched")
                .mention("d4", "Outlet Four", "110").build();

        Figure f = only(tally(a, b), DRONES);
        assertEquals(116, f.count());
        assertEquals(2, f.independentSources());
        assertTrue(f.disputed());
        assertEquals(110, f.alternatives().get(0).count());
        assertEquals(1, f.alternatives().get(0).independentSources());
        assertEquals(List.of("d4"), f.alternatives().get(0).docs());
        assertEquals(1, f.disputes().size(), "the event's own dispute on drones launched comes along");
        assertEquals("quantities.drone.launched", f.disputes().get(0).field());
    }

    @Test
    void aRisingCasualtyCountAtOnePlaceTakesTheLatestLargest() {
        Event early = event("e").russiaOnUkraine().day("2024-10-21").at("Sumy", "UA", "Sumy Oblast", GeoPrecision.CITY)
                .count("killed", 2, null).mention("w1", "Wire", "2").mention("w2", "Paper", "2").sources(2, 2).build();
        Event later = event("l").russiaOnUkraine().day("2024-10-21").at("Sumy", "UA", "Sumy Oblast", GeoPrecision.CITY)
                .count("killed", 4, null).build();

        Figure f = only(tally(early, later), KILLED);
        assertEquals(4, f.count());
        assertEquals(List.of("l"), f.eventIds());
        assertEquals(2, f.alternatives().get(0).count());
        assertEquals("Sumy", f.alternatives().get(0).place());
    }

    @Test
    void subtypesStatusesAndDirectionsAreKeptApart() {
        Event onUkraine = event("u").russiaOnUkraine().night("2024-10-21").inUkraine()
                .count("drone", 116, null)
                .count("drone", "Shahed", 80, Bound.EXACT, "launched")
                .count("drone", 90, "shot_down")
                .count("howitzer", 3, "destroyed").build();
        Event onRussia = event("r").actor("UKR", "Ukraine").recipient("RUS", "Russia").night("2024-10-21")
                .at("Belgorod", "RU", "Belgorod Oblast", GeoPrecision.CITY).count("drone", 40, "shot_down").build();

        AttackTallies t = tally(onUkraine, onRussia);
        assertEquals(2, t.rows().size());
        Row first = t.rows().get(0);
        assertEquals("RUS", first.attacker().id());
        assertEquals("UKR", first.target().id());
        assertEquals(List.of(DRONES, SHAHEDS, DOWNED), first.figures().stream().map(Figure::measure).toList(),
                "no status counts as launched; subtypes are their own figure; howitzers are not counted");
        assertEquals(116, first.figure(DRONES).orElseThrow().count());
        Row second = t.rows().get(1);
        assertEquals("RUS", second.target().id(), "the location's country is the target");
        assertEquals("Russia", second.target().name());
        assertEquals(40, second.figure(DOWNED).orElseThrow().count());
    }

    @Test
    void aReportWithoutTargetJoinsTheNightsOnlyKnownTarget() {
        Event full = event("f").russiaOnUkraine().night("2024-10-21").inUkraine().count("drone", 116, "launched")
                .build();
        Event bare = event("b").actor("RUS", "Russia").night("2024-10-21").count("missile", 3, "launched").build();
        AttackTallies t = tally(full, bare);
        assertEquals(1, t.rows().size(), t.rows().toString());
        assertEquals(3, t.rows().get(0).figure(new Measure("missile", null, "launched")).orElseThrow().count());

        Event other = event("o").actor("RUS", "Russia").recipient("GEO", "Georgia").night("2024-10-21")
                .count("drone", 5, "launched").build();
        AttackTallies ambiguous = tally(full, bare, other);
        assertEquals(3, ambiguous.rows().size(), "two known targets: the bare report stays apart");
        assertEquals(null, ambiguous.rows().get(2).target());
    }

    @Test
    void onlyAttacksThatHappenedCount() {
        Event planned = event("p").russiaOnUkraine().night("2024-10-21").inUkraine().factuality(Factuality.FUTURE)
                .count("missile", 50, "launched").build();
        Event denied = event("x").russiaOnUkraine().night("2024-10-21").inUkraine().factuality(Factuality.NEGATED)
                .count("missile", 5, "launched").build();
        Event aid = event("aid").type(EventType.AID).day("2024-10-21").count("missile", 100, "delivered").build();
        Event noCounts = event("n").russiaOnUkraine().night("2024-10-21").inUkraine().build();
        assertEquals(List.of(), tally(planned, denied, aid, noCounts).rows());
    }

    @Test
    void oneOutletInTwoEventsIsOneSource() {
        Event a = event("a").russiaOnUkraine().night("2024-10-21").inUkraine().count("missile", 3, "launched")
                .mention("x1", "Same Outlet", "3").build();
        Event b = event("b").russiaOnUkraine().night("2024-10-21").inUkraine().count("missile", 3, "launched")
                .mention("x2", "same outlet", "3").build();
        assertEquals(1, only(tally(a, b), new Measure("missile", null, "launched")).independentSources());
    }

    @Test
    void oneEventWithTwoCountsOfOneMeasureCountsTheLarger() {
        Event e = event("e").russiaOnUkraine().night("2024-10-21").inUkraine().count("killed", 2, null)
                .count("killed", 3, null).build();
        assertEquals(3, only(tally(e), KILLED).count());
    }

    @Test
    void measureLabelsAndDisputeFields() {
        assertEquals("Shahed drones launched", SHAHEDS.label());
        assertEquals("drones shot down", DOWNED.label());
        assertEquals("killed", KILLED.label());
        assertEquals("quantities.drone.shot_down", DOWNED.field());
        assertEquals("quantities.killed", KILLED.field());
    }
}
