package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.EventType;
import org.sitrep.model.GeoPrecision;
import org.sitrep.model.Location;
import org.sitrep.nlp.Token;

class LexiconTest {

    private final Lexicon lexicon = Lexicon.loadDefault();

    /** Tokens from "word/lemma/POS" triples. */
    static List<Token> tokens(String... wordLemmaPos) {
        List<Token> out = new ArrayList<>();
        int offset = 0;
        for (int i = 0; i < wordLemmaPos.length; i++) {
            String[] p = wordLemmaPos[i].split("/");
            out.add(new Token(i, p[0], p[1], p[2], "O", null, offset, offset + p[0].length()));
            offset += p[0].length() + 1;
        }
        return out;
    }

    @Test
    void phraseCuesWinOverTheirFirstWord() {
        List<Token> t = tokens("forces/force/NNS", "pulled/pull/VBD", "back/back/RP");
        Lexicon.Cue cue = lexicon.cueAt(t, 1).orElseThrow();
        assertEquals(EventType.RETREAT, cue.type());
        assertEquals(List.of("pull", "back"), cue.lemmas());
    }

    @Test
    void partOfSpeechDecides() {
        assertTrue(lexicon.cueAt(tokens("they/they/PRP", "visited/visit/VBD"), 1).isPresent());
        assertFalse(lexicon.cueAt(tokens("the/the/DT", "meet/meet/NN"), 1).isPresent());
    }

    @Test
    void weaponTermsKnowTheirItemAndSubtype() {
        Lexicon.Term shaheds = lexicon.termAt(tokens("Shaheds/Shahed/NNPS"), 0).orElseThrow();
        assertEquals("drone", shaheds.item());
        assertEquals("Shahed", shaheds.subtype());
        assertEquals("missile", lexicon.termAt(tokens("missiles/missile/NNS"), 0).orElseThrow().item());
    }

    @Test
    void onlySentencesWithACueAreWorthParsing() {
        assertTrue(lexicon.mightCarryEvent(tokens("Russia/Russia/NNP", "attacked/attack/VBD")));
        assertFalse(lexicon.mightCarryEvent(tokens("The/the/DT", "weather/weather/NN", "was/be/VBD",
                "mild/mild/JJ")));
    }

    @Test
    void worthReadingMeansACueIsThereNotThatACuePhraseCouldStart() {
        // "aid package" is a cue; "aid" alone is not, so a sentence about late aid carries no event.
        List<Token> late = tokens("The/the/DT", "aid/aid/NN", "was/be/VBD", "late/late/JJ");
        assertFalse(lexicon.cueAt(late, 1).isPresent());
        assertFalse(lexicon.mightCarryEvent(late));
        List<Token> humanitarian = tokens("humanitarian/humanitarian/JJ", "aid/aid/NN", "arrived/arrive/VBD");
        assertTrue(lexicon.cueAt(humanitarian, 0).isPresent(), "a noun phrase cue may start with an adjective");
        assertTrue(lexicon.mightCarryEvent(humanitarian));
        List<Token> gapped = tokens("They/they/PRP", "pulled/pull/VBD", "their/they/PRP$", "units/unit/NNS",
                "back/back/RB");
        assertTrue(lexicon.cueAt(gapped, 1).isEmpty() && !lexicon.cuesAt(gapped, 1).isEmpty(),
                "'pulled ... back' is only a gapped cue");
        assertTrue(lexicon.mightCarryEvent(gapped), "whose parse decides, so the sentence is worth reading");
    }

    @Test
    void bareNounsPointBackToAPlaceOrToTheParties() {
        assertEquals("city", lexicon.referent(tokens("town/town/NN").get(0)));
        assertEquals("region", lexicon.referent(tokens("region/region/NN").get(0)));
        assertEquals("parties", lexicon.referent(tokens("sides/side/NNS").get(0)));
        // "the bridge" points back only to a site (a bridge, dam or plant the article located), never to the town.
        assertEquals("site", lexicon.referent(tokens("bridge/bridge/NN").get(0)));
        assertEquals(null, lexicon.referent(tokens("building/building/NN").get(0)));
    }

    @Test
    void aPlaceIsHeldByTheTownThenItsRegionAndOnlyWhileHeld() {
        Location donetsk = new Location("Donetsk", "UA", "Donetsk Oblast", 48.0, 37.8, GeoPrecision.CITY);
        Location kramatorsk = new Location("Kramatorsk", "UA", "Donetsk Oblast", 48.7, 37.6, GeoPrecision.CITY);
        Location kherson = new Location("Kherson", "UA", "Kherson Oblast", 46.6, 32.6, GeoPrecision.CITY);
        Location yalta = new Location("Yalta", "UA", "Crimea", 44.5, 34.2, GeoPrecision.CITY);
        assertEquals("RU", lexicon.holderOf(donetsk, LocalDate.of(2024, 1, 21)));
        assertEquals(null, lexicon.holderOf(donetsk, LocalDate.of(2014, 3, 1)), "before it was seized");
        assertEquals(null, lexicon.holderOf(kramatorsk, LocalDate.of(2024, 1, 21)), "a town of the region never held");
        assertEquals("RU", lexicon.holderOf(kherson, LocalDate.of(2022, 8, 1)));
        assertEquals(null, lexicon.holderOf(kherson, LocalDate.of(2023, 5, 1)), "retaken in November 2022");
        assertEquals("RU", lexicon.holderOf(yalta, LocalDate.of(2023, 5, 1)), "by its region");
        assertEquals(null, lexicon.holderOf(null, LocalDate.of(2023, 5, 1)));
    }
}
