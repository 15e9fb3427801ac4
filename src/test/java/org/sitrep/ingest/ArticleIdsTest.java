package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ArticleIdsTest {
    @Test
    void typographyCaseAndSpacingDoNotChangeTheId() {
        String plain = "Kyiv's mayor said \"two\" drones - both downed.";
        String fancy = "  KYIV\u2019S mayor\u00A0said \u201Ctwo\u201D\n\ndrones \u2014 both downed.  ";
        assertEquals(ArticleIds.of(plain), ArticleIds.of(fancy));
    }

    @Test
    void differentWordsDifferentIds() {
        assertNotEquals(ArticleIds.of("Two drones were downed."), ArticleIds.of("Three drones were downed."));
    }

    @Test
    void lowercaseHexPrefixOfSha256() {
        String id = ArticleIds.of("abc");
        // sha256("abc") = ba7816bf8f01cfea...
        assertEquals("ba7816bf8f01cfea", id);
        assertTrue(id.matches("[0-9a-f]{16}"));
    }
}
