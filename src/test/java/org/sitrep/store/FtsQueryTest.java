package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FtsQueryTest {
    @Test
    void everyWordIsRequiredAndQuoted() {
        assertEquals("\"shahed\" \"drones\"", FtsQuery.of("  shahed   drones "));
    }

    @Test
    void quotedWordsStayTogetherAndTrailingStarIsAPrefix() {
        assertEquals("\"air force\" \"kyiv\"*", FtsQuery.of("\"air force\" kyiv*"));
        // An unclosed quote runs to the end.
        assertEquals("\"air force\"", FtsQuery.of("\"air force"));
    }

    @Test
    void operatorsAndQuotesInWordsAreSearchedAsText() {
        assertEquals("\"NEAR(a\" \"b)\" \"AND\" \"col:x\"", FtsQuery.of("NEAR(a b) AND col:x"));
        // A quote always opens a phrase, so no quote ever reaches FTS5 inside a string.
        assertEquals("\"it\" \"s\"", FtsQuery.of("it\"\"s"));
    }

    @Test
    void textWithoutAWordIsRefusedWithAReason() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FtsQuery.of(" \"\" * - "));
        assertTrue(e.getMessage().contains("no word"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> FtsQuery.of(null));
    }
}
