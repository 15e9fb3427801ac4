package org.sitrep.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TimestampsTest {

    @Test
    void theStampOpeningEachEntryIsBlankedAndOffsetsHold() {
        String page = "Good morning.\n\n15:30 In Washington, the two ministers met.\n\n22:05 - Biden is now in "
                + "Poland.\n\n3:20 a.m. Speaking on television, Shoigu said more.\n\n10.15am GMT: \"We will "
                + "respond,\" he said.";
        String blanked = Timestamps.blanked(page);
        assertEquals(page.length(), blanked.length());
        assertEquals("Good morning.\n\n      In Washington, the two ministers met.\n\n        Biden is now in "
                + "Poland.\n\n          Speaking on television, Shoigu said more.\n\n             \"We will "
                + "respond,\" he said.", blanked);
    }

    @Test
    void numbersThatAreNoClockTimeStay() {
        String text = "2022: the year the war began.\n\n12 people were hurt.\n\nAt 15:30 the sirens sounded.\n\n"
                + "10.50 million tonnes were shipped.";
        assertSame(text, Timestamps.blanked(text));
    }

    @Test
    void aSentenceRightAfterAStampOpensAnEntry() {
        String page = "Good morning.\n\n15:30 In Washington, the two ministers met. They spoke for an hour.";
        assertTrue(Timestamps.opensEntry(page, page.indexOf("In Washington")));
        assertFalse(Timestamps.opensEntry(page, page.indexOf("They spoke")));
        assertFalse(Timestamps.opensEntry(page, page.indexOf("Good")));
    }
}
