package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatesTest {
    private static final Optional<LocalDate> OCT_21 = Optional.of(LocalDate.of(2024, 10, 21));

    @Test
    void formatsOutletsUse() {
        assertEquals(OCT_21, Dates.parse("2024-10-21"));
        assertEquals(OCT_21, Dates.parse(" 2024-10-21T08:30:00Z "));
        assertEquals(OCT_21, Dates.parse("2024-10-21T23:59:59.123-05:00"));
        assertEquals(OCT_21, Dates.parse("Mon, 21 Oct 2024 08:00:00 GMT"));
        assertEquals(OCT_21, Dates.parse("Mon, 21 Oct 2024 08:00:00 +0300"));
        assertEquals(OCT_21, Dates.parse("21 October 2024"));
        assertEquals(OCT_21, Dates.parse("21st October 2024"));
        assertEquals(OCT_21, Dates.parse("October 21, 2024"));
        assertEquals(OCT_21, Dates.parse("Oct. 21, 2024"));
    }

    @Test
    void dateAtStartReportsWhereItEnds() {
        String s = "2024-10-21 Troops moved";
        assertEquals(" Troops moved", s.substring(Dates.atStart(s).orElseThrow().end()));
        String t = "21 October 2024 10:15 GMT Troops moved";
        assertEquals(" Troops moved", t.substring(Dates.atStart(t).orElseThrow().end()));
    }

    @Test
    void rejectsNonDates() {
        assertTrue(Dates.parse("2024-02-31").isEmpty());
        assertTrue(Dates.parse("20245-10-21").isEmpty());
        assertTrue(Dates.parse("21 Octopus 2024").isEmpty());
        assertTrue(Dates.parse("yesterday").isEmpty());
        assertTrue(Dates.parse(null).isEmpty());
    }
}
