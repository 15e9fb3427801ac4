package org.sitrep.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.EventDate;

class PeriodTest {
    private static final LocalDate D20 = LocalDate.of(2024, 10, 20);
    private static final LocalDate D21 = LocalDate.of(2024, 10, 21);

    @Test
    void anOvernightAttackIsTheNightAndCountsForTheMorningItEnds() {
        Period p = Period.of(EventDate.nightEnding(D21)).orElseThrow();
        assertEquals(D20, p.start());
        assertEquals(D21, p.reportingDay());
        assertTrue(p.night());
        assertEquals("night 2024-10-20/21", p.label());
        assertTrue(p.within(D21, D21));
        assertFalse(p.within(D20, D20), "the night of 20-21 is the 21st's report, not the 20th's");
    }

    @Test
    void aDaytimeAttackCountsOnItsDay() {
        Period p = Period.of(EventDate.day(D21)).orElseThrow();
        assertEquals(Period.day(D21), p);
        assertEquals("day 2024-10-21", p.label());
        assertEquals("night 2024-10-31/11-01", Period.nightEnding(LocalDate.of(2024, 11, 1)).label());
        assertEquals("night 2024-12-31/2025-01-01", Period.nightEnding(LocalDate.of(2025, 1, 1)).label());
    }

    @Test
    void coarserDatesHaveNoPeriod() {
        assertEquals(Optional.empty(), Period.of(null));
        assertEquals(Optional.empty(), Period.of(new EventDate(D20, D21, DatePrecision.DAY)));
        assertEquals(Optional.empty(), Period.of(new EventDate(D20, D20.plusDays(6), DatePrecision.WEEK)));
        assertEquals(Optional.empty(), Period.of(new EventDate(D20, D20.plusDays(2), DatePrecision.NIGHT)));
        assertEquals(Period.nightEnding(D21), Period.of(new EventDate(D21, D21, DatePrecision.NIGHT)).orElseThrow());
        assertThrows(IllegalArgumentException.class, () -> new Period(D20, D20, true));
    }

    @Test
    void periodsSortByTheDayTheyCountForNightFirst() {
        List<Period> ps = new ArrayList<>(List.of(Period.nightEnding(D21.plusDays(1)), Period.day(D21),
                Period.nightEnding(D21), Period.day(D20)));
        Collections.sort(ps);
        assertEquals(List.of(Period.day(D20), Period.nightEnding(D21), Period.day(D21),
                Period.nightEnding(D21.plusDays(1))), ps);
    }
}
