package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Bound;
import org.sitrep.model.Quantity;
import org.sitrep.nlp.EntitySpan;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

class QuantityReaderTest {

    private final QuantityReader reader = new QuantityReader(Lexicon.loadDefault());

    /**
     * A sentence from "word/lemma/POS[/value]" items; a fourth field marks a NUMBER with its normalized value, an
     * ORDINAL when it starts with '#' ("#3.0"), a MONEY amount when it starts with '$' ("$7.0E8").
     */
    private static Sentence sentence(String... items) {
        List<Token> tokens = new ArrayList<>();
        List<EntitySpan> entities = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < items.length; i++) {
            String[] p = items[i].split("/");
            int begin = text.length();
            text.append(p[0]).append(' ');
            boolean number = p.length > 3;
            String ner = !number ? "O" : p[3].startsWith("#") ? "ORDINAL" : p[3].startsWith("$") ? "MONEY" : "NUMBER";
            String value = !number ? null : p[3].startsWith("#") ? p[3].substring(1) : p[3];
            tokens.add(new Token(i, p[0], p[1], p[2], ner, value, begin, begin + p[0].length()));
            if (number) {
                entities.add(new EntitySpan(ner, value, p[0], i, i + 1, begin, begin + p[0].length()));
            }
        }
        return new Sentence(0, 0, text.length(), text.toString(), tokens, entities, List.of());
    }

    @Test
    void twoCountsInOneCoordination() {
        List<Quantity> q = reader.read(sentence("Russia/Russia/NNP", "fired/fire/VBD", "three/three/CD/3.0",
                "missiles/missile/NNS", "and/and/CC", "116/116/CD/116.0", "Shahed/Shahed/NNP", "drones/drone/NNS"));
        assertEquals(2, q.size());
        assertEquals("missile", q.get(0).item());
        assertEquals(3, q.get(0).count());
        assertEquals("launched", q.get(0).status());
        assertEquals("drone", q.get(1).item());
        assertEquals("Shahed", q.get(1).subtype());
        assertEquals(116, q.get(1).count());
        assertEquals(Bound.EXACT, q.get(1).bound());
    }

    @Test
    void anAsideOnWhoIsCountedStandsBetweenTheCountAndItsCasualtyVerb() {
        List<Quantity> q = reader.read(sentence("Eight/eight/CD/8.0", "people/person/NNS", ",/,/,",
                "among/among/IN", "them/they/PRP", "two/two/CD/2.0", "children/child/NNS", ",/,/,", "were/be/VBD",
                "hurt/hurt/VBN"));
        assertTrue(q.stream().anyMatch(x -> "wounded".equals(x.item()) && x.count() == 8), q.toString());
        assertTrue(q.stream().noneMatch(x -> x.count() == 2), q.toString());
    }

    @Test
    void aPartOfTwoKindsCountedTogetherIsOfBoth() {
        List<Quantity> q = reader.read(sentence("Russia/Russia/NNP", "launched/launch/VBD", "440/440/CD/440.0",
                "drones/drone/NNS", "and/and/CC", "32/32/CD/32.0", "missiles/missile/NNS", ",/,/,", "and/and/CC",
                "428/428/CD/428.0", "of/of/IN", "them/they/PRP", "were/be/VBD", "shot/shoot/VBN", "down/down/RP"));
        assertEquals(3, q.size(), q.toString());
        assertEquals("aerial_weapon", q.get(2).item(), q.toString());
        assertEquals(428, q.get(2).count());
    }

    @Test
    void aTollTakesItsOwnVerbNotTheOneBeforeTheAnd() {
        List<Quantity> q = reader.read(sentence("A/a/DT", "man/man/NN", "was/be/VBD", "killed/kill/VBN", "and/and/CC",
                "four/four/CD/4.0", "people/people/NNS", "were/be/VBD", "hurt/hurt/VBN"));
        assertEquals(1, q.size(), q.toString());
        assertEquals("wounded", q.get(0).item());
        assertEquals(4, q.get(0).count());
    }

    @Test
    void aDeathTollRisingToANumberCountsTheDead() {
        List<Quantity> q = reader.read(sentence("The/the/DT", "death/death/NN", "toll/toll/NN", "rose/rise/VBD",
                "to/to/TO", "20/20/CD/20.0", ",/,/,", "officials/official/NNS", "said/say/VBD"));
        assertEquals(1, q.size(), q.toString());
        assertEquals("killed", q.get(0).item());
        assertEquals(20, q.get(0).count());
        // A rise to a number of anything else is no toll.
        assertTrue(reader.read(sentence("Prices/price/NNS", "rose/rise/VBD", "to/to/TO", "20/20/CD/20.0"))
                .isEmpty());
    }

    @Test
    void boundsAndCasualties() {
        List<Quantity> q = reader.read(sentence("killing/kill/VBG", "at/at/IN", "least/least/JJS", "two/two/CD/2.0",
                "people/people/NNS"));
        assertEquals(1, q.size());
        assertEquals("killed", q.get(0).item());
        assertEquals(Bound.AT_LEAST, q.get(0).bound());

        List<Quantity> troops = reader.read(sentence("about/about/RB", "11,000/11,000/CD/~11000.0",
                "North/North/NNP", "Korean/korean/JJ", "troops/troops/NNS"));
        assertEquals("troops", troops.get(0).item());
        assertEquals(11000, troops.get(0).count());
        assertEquals(Bound.ABOUT, troops.get(0).bound());
    }

    @Test
    void shotDownIsTheNearestStatus() {
        List<Quantity> q = reader.read(sentence("Russia/Russia/NNP", "launched/launch/VBD", "100/100/CD/100.0",
                "drones/drone/NNS", ",/,/,", "80/80/CD/80.0", "of/of/IN", "which/which/WDT", "were/be/VBD",
                "shot/shoot/VBN", "down/down/RP"));
        assertEquals("launched", q.get(0).status());
        assertEquals("shot_down", q.get(1).status());
    }

    @Test
    void aNumberWithoutACountedThingIsNotAQuantity() {
        assertTrue(reader.read(sentence("in/in/IN", "2022/2022/CD/2022.0", ",/,/,", "the/the/DT", "war/war/NN",
                "began/begin/VBD")).isEmpty());
    }

    @Test
    void anOrdinalVisitIsWhichVisitNotHowMany() {
        List<Quantity> q = reader.read(sentence("Austin/Austin/NNP", "arrived/arrive/VBD", "for/for/IN",
                "his/he/PRP$", "third/third/JJ/#3.0", "visit/visit/NN", "since/since/IN", "the/the/DT",
                "invasion/invasion/NN"));
        assertEquals(1, q.size());
        assertEquals("visit", q.get(0).item());
        assertNull(q.get(0).subtype());
        assertEquals(3, q.get(0).count());
        assertEquals(Bound.EXACT, q.get(0).bound());
        assertEquals("ordinal", q.get(0).status());

        List<Quantity> trip = reader.read(sentence("the/the/DT", "fourth/fourth/JJ/#4.0", "unannounced/unannounced/JJ",
                "trip/trip/NN"));
        assertEquals(4, trip.get(0).count());
        assertEquals("visit", trip.get(0).item());
    }

    @Test
    void anOrdinalOfAnythingElseIsNoCount() {
        assertTrue(reader.read(sentence("for/for/IN", "the/the/DT", "third/third/JJ/#3.0", "time/time/NN", "in/in/IN",
                "two/two/CD/2.0", "weeks/week/NNS")).isEmpty());
    }

    @Test
    void aBareCountAfterACasualtyVerbIsAToll() {
        List<Quantity> q = reader.read(sentence("killed/kill/VBD", "at/at/IN", "least/least/JJS",
                "34/34/CD/>=34.0", "people/people/NNS", "and/and/CC", "wounded/wound/VBD", "117/117/CD/117.0",
                ",/,/,", "officials/official/NNS", "said/say/VBD"));
        assertEquals(2, q.size());
        assertEquals("killed", q.get(0).item());
        assertEquals(Bound.AT_LEAST, q.get(0).bound());
        assertEquals("wounded", q.get(1).item());
        assertEquals(117, q.get(1).count());
    }

    @Test
    void partOfATollIsNotAnotherCount() {
        List<Quantity> q = reader.read(sentence("killed/kill/VBD", "20/20/CD/20.0", "people/people/NNS", ",/,/,",
                "nine/nine/CD/9.0", "of/of/IN", "them/they/PRP", "children/child/NNS"));
        assertEquals(1, q.size());
        assertEquals(20, q.get(0).count());
    }

    @Test
    void soldiersKilledAreATollNotTroops() {
        List<Quantity> q = reader.read(sentence("killing/kill/VBG", "more/more/JJR", "than/than/IN",
                "60/60/CD/>60.0", "servicemen/serviceman/NNS"));
        assertEquals("killed", q.get(0).item());
        assertEquals(Bound.AT_LEAST, q.get(0).bound());
        assertNull(q.get(0).status());
    }

    @Test
    void ofTheCountsTheNounAfterIt() {
        List<Quantity> q = reader.read(sentence("defences/defence/NNS", "brought/bring/VBD", "down/down/RP",
                "43/43/CD/43.0", "of/of/IN", "the/the/DT", "missiles/missile/NNS"));
        assertEquals("missile", q.get(0).item());
        assertEquals(43, q.get(0).count());
        assertEquals("shot_down", q.get(0).status());
    }

    @Test
    void moneyByCurrency() {
        List<Quantity> q = reader.read(sentence("a/a/DT", "$700m/$700m/CD/$7.0E8", "weapons/weapon/NNS",
                "package/package/NN"));
        assertEquals(1, q.size());
        assertEquals("usd", q.get(0).item());
        assertEquals(700_000_000L, q.get(0).count());
    }

    @Test
    void sanctionTargetsHaveNoStatus() {
        List<Quantity> q = reader.read(sentence("announced/announce/VBD", "sanctions/sanction/NNS", "on/on/IN",
                "more/more/JJR", "than/than/IN", "50/50/CD/>50.0", "individuals/individual/NNS"));
        assertEquals("target", q.get(0).item());
        assertNull(q.get(0).status());
    }

    @Test
    void digitsHyphenedToANameAreAModelNotACount() {
        // "shot down Shahed-136 drones", with the tokenizer's split of the model name into Shahed, -, 136.
        String text = "shot down Shahed-136 drones";
        List<Token> tokens = List.of(new Token(0, "shot", "shoot", "VBD", "O", null, 0, 4),
                new Token(1, "down", "down", "RP", "O", null, 5, 9),
                new Token(2, "Shahed", "Shahed", "NNP", "O", null, 10, 16),
                new Token(3, "-", "-", "HYPH", "O", null, 16, 17),
                new Token(4, "136", "136", "CD", "NUMBER", "136.0", 17, 20),
                new Token(5, "drones", "drone", "NNS", "O", null, 21, 27));
        List<EntitySpan> entities = List.of(new EntitySpan("NUMBER", "136.0", "136", 4, 5, 17, 20));
        assertTrue(reader.read(new Sentence(0, 0, text.length(), text, tokens, entities, List.of())).isEmpty());

        List<Quantity> counted = reader.read(sentence("shot/shoot/VBD", "down/down/RP", "136/136/CD/136.0",
                "drones/drone/NNS"));
        assertEquals(136, counted.get(0).count());
    }

    @Test
    void peopleTakenIntoCustodyAreCountedAsDetained() {
        List<Quantity> q = reader.read(sentence("police/police/NNS", "detained/detain/VBD", "more/more/JJR",
                "than/than/IN", "1,300/1,300/CD/>1300.0", "people/people/NNS"));
        assertEquals(1, q.size());
        assertEquals("detained", q.get(0).item());
        assertEquals(1300, q.get(0).count());
        assertNull(q.get(0).status());
        List<Quantity> protesters = reader.read(sentence("40/40/CD/40.0", "protesters/protester/NNS",
                "were/be/VBD", "arrested/arrest/VBN"));
        assertEquals("detained", protesters.get(0).item());
    }
}
