package org.sitrep.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sitrep.model.EventBuilder.event;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Bound;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Dispute;
import org.sitrep.model.EventDate;
import org.sitrep.model.Quantity;
import org.sitrep.model.Sources;

class EventWordsTest {

    @Test
    void countsAndQuantities() {
        assertEquals("116", EventWords.count(116, Bound.EXACT));
        assertEquals("about 11,000", EventWords.count(11_000, Bound.ABOUT));
        assertEquals("at least 19", EventWords.count(19, Bound.AT_LEAST));
        assertEquals("up to 50", EventWords.count(50, Bound.UP_TO));
        assertEquals("116 Shahed drones launched",
                EventWords.quantity(new Quantity("drone", "Shahed", 116, Bound.EXACT, "launched", 0, 0)));
        assertEquals("1 missile shot down",
                EventWords.quantity(new Quantity("missile", null, 1, Bound.EXACT, "shot_down", 0, 0)));
        assertEquals("at least 2 killed",
                EventWords.quantity(new Quantity("killed", null, 2, Bound.AT_LEAST, null, 0, 0)));
        assertEquals("3 rocket launchers delivered",
                EventWords.quantity(new Quantity("rocket_launcher", null, 3, Bound.EXACT, "delivered", 0, 0)));
        assertEquals("500 troops", EventWords.quantity(new Quantity("troops", null, 500, Bound.EXACT, null, 0, 0)));
    }

    @Test
    void datesReadAsPeopleWriteThem() {
        LocalDate d21 = LocalDate.of(2024, 10, 21);
        assertEquals("21 Oct", EventWords.when(EventDate.day(d21), false));
        assertEquals("21 Oct 2024", EventWords.when(EventDate.day(d21), true));
        assertEquals("night of 20–21 Oct", EventWords.when(EventDate.nightEnding(d21), false));
        assertEquals("night of 31 Oct–1 Nov",
                EventWords.when(EventDate.nightEnding(LocalDate.of(2024, 11, 1)), false));
        assertEquals("14–20 Oct", EventWords.when(new EventDate(d21.minusDays(7), d21.minusDays(1),
                DatePrecision.WEEK), false));
        assertEquals("October 2024", EventWords.when(new EventDate(LocalDate.of(2024, 10, 1),
                LocalDate.of(2024, 10, 31), DatePrecision.MONTH), false));
        assertEquals("2024", EventWords.when(new EventDate(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31),
                DatePrecision.YEAR), false));
        assertEquals("date unknown", EventWords.when(null, false));
        assertEquals("21 October 2024", EventWords.longDate(d21));
    }

    @Test
    void whoSourcesAndDisputes() {
        assertEquals("Russia → Ukraine", EventWords.who(event("e").russiaOnUkraine().build()));
        assertEquals("Lloyd Austin and Volodymyr Zelensky", EventWords.who(event("e")
                .actor("person:lloyd-austin", "Lloyd Austin").actor("person:volodymyr-zelensky", "Volodymyr Zelensky")
                .build()));
        assertEquals("actor unknown", EventWords.who(event("e").build()));
        assertEquals("a, b and c", EventWords.and(List.of("a", "b", "c")));
        assertEquals("1 source", EventWords.sources(new Sources(1, 1)));
        assertEquals("2 independent sources (3 articles)", EventWords.sources(new Sources(3, 2)));
        assertEquals("116 vs 110 drones launched", EventWords.dispute(new Dispute("quantities.drone.launched",
                List.of(new Dispute.Value(116L, List.of("a")), new Dispute.Value(110L, List.of("b"))))));
        assertEquals("19 vs 20 wounded", EventWords.dispute(new Dispute("quantities.wounded",
                List.of(new Dispute.Value(19L, List.of("a")), new Dispute.Value(20L, List.of("b"))))));
        assertEquals("place: Kyiv vs Kyiv Oblast", EventWords.dispute(new Dispute("location",
                List.of(new Dispute.Value("Kyiv", List.of("a")), new Dispute.Value("Kyiv Oblast", List.of("b"))))));
    }
}
