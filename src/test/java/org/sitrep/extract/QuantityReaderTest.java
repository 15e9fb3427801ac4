package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

    /** A sentence from "word/lemma/POS[/number]" items; a fourth field marks a NUMBER with its value. */
    private static Sentence sentence(String... items) {
        List<Token> tokens = new ArrayList<>();
        List<EntitySpan> entities = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < items.length; i++) {
            String[] p = items[i].split("/");
            int begin = text.length();
            text.append(p[0]).append(' ');
            boolean number = p.length > 3;
            tokens.add(new Token(i, p[0], p[1], p[2], number ? "NUMBER" : "O", number ? p[3] : null, begin,
                    begin + p[0].length()));
            if (number) {
                entities.add(new EntitySpan("NUMBER", p[3], p[0], i, i + 1, begin, begin + p[0].length()));
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
}
