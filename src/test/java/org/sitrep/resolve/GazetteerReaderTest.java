package org.sitrep.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading from readers, ranking rules on tiny data, and user entries. */
class GazetteerReaderTest {

    private static final String HEADER = "geonameid\tname\tascii\talternates\tcountry\tadmin1\tlat\tlon\tkind\tpopulation\n";
    private static final String PLACES = "# test data\n" + HEADER
            + "-1\tUkraine\tUkraine\t\tUA\t\t49\t32\tcountry\t0\n"
            + "-2\tKherson Oblast\tKherson Oblast\tKherson\tUA\tKherson Oblast\t46.6\t32.6\tadmin1\t1000000\n"
            + "706448\tKherson\tKherson\tCherson\tUA\tKherson Oblast\t46.63695\t32.61458\tcity\t283649\n"
            + "9001\tKherson\tKherson\t\tUS\tTexas\t30\t-97\tcity\t900000\n"
            + "9002\tPokrovsk\tPokrovsk\t\tRU\tSakha (Yakutia)\t61.5\t129.1\tcity\t9763\n"
            + "704422\tPokrovsk\tPokrovsk\tKrasnoarmiisk\tUA\tDonetsk Oblast\t48.28\t37.18\tcity\t60127\n"
            + "9003\tMirny\tMirny\t\tRU\t\t62.5\t113.9\tcity\t35000\n"
            + "9004\tBilohorivka\tBilohorivka\t\tUA\tLuhansk Oblast\t48.92\t38.24\tcity\t900\n";
    private static final String ALIASES = "# test aliases\nalias\tcanonical_name\tcountry\nCherson\tKherson\tUA\n";

    private static Gazetteer tiny() {
        return Gazetteer.load(new StringReader(PLACES), new StringReader(ALIASES));
    }

    @Test
    void prefersUkraineThenPreferredCountry() {
        Gazetteer g = tiny();
        assertEquals(706448, g.find("Kherson").orElseThrow().geonameId());
        assertEquals(9001, g.find("Kherson", "US").orElseThrow().geonameId());
        assertEquals(704422, g.find("Pokrovsk").orElseThrow().geonameId());
        assertEquals(9002, g.find("Pokrovsk", "ru").orElseThrow().geonameId());
        assertEquals(704422, g.find("Pokrovsk", "FR").orElseThrow().geonameId());
    }

    @Test
    void regionPhraseAndCountry() {
        Gazetteer g = tiny();
        assertEquals(-2, g.find("Kherson region").orElseThrow().geonameId());
        assertEquals(-2, g.find("the Kherson Oblast").orElseThrow().geonameId());
        assertEquals(-1, g.country("UA").orElseThrow().geonameId());
        assertTrue(g.byIso3("UKR").isEmpty(), "no country codes loaded");
    }

    @Test
    void stoplistAppliesToReaderData() {
        assertTrue(tiny().find("Mirny").isEmpty());
    }

    @Test
    void withUserEntriesAddsAliasesAndPlaces(@TempDir Path dir) throws Exception {
        Path user = dir.resolve("user.tsv");
        Files.writeString(user, "# my additions\n"
                + "Belogorovka\tBilohorivka\tUA\n"
                + "Mirny\tMirny\tRU\n"
                + "-77\tKlishchiivka\tKlishchiivka\tKleshcheevka\tUA\tDonetsk Oblast\t48.53\t37.97\tcity\t0\n",
                StandardCharsets.UTF_8);
        Gazetteer g = tiny();
        Gazetteer extended = g.withUserEntries(user);
        assertNotSame(g, extended);
        assertEquals(9004, extended.find("Belogorovka").orElseThrow().geonameId());
        assertEquals(9003, extended.find("Mirny").orElseThrow().geonameId(), "an alias overrides the stoplist");
        assertEquals(-77, extended.find("Kleshcheevka").orElseThrow().geonameId());
        assertEquals(706448, extended.find("Cherson").orElseThrow().geonameId(), "shipped aliases kept");
        assertTrue(g.find("Belogorovka").isEmpty(), "the original is unchanged");
        assertTrue(g.find("Klishchiivka").isEmpty(), "the original is unchanged");
    }

    @Test
    void withUserEntriesOnDefaultData(@TempDir Path dir) throws Exception {
        Path user = dir.resolve("user.tsv");
        Files.writeString(user, "alias\tcanonical_name\tcountry\nthe city of lions\tLviv\tUA\n", StandardCharsets.UTF_8);
        Gazetteer g = Gazetteer.loadDefault().withUserEntries(user);
        assertEquals("Lviv", g.find("the city of lions").orElseThrow().name());
    }

    @Test
    void badInputGivesClearErrors(@TempDir Path dir) throws Exception {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Gazetteer.load(new StringReader(HEADER + "1\tX\tX\t\tUA\t\tnorth\t30\tcity\t0\n"), new StringReader("")));
        assertTrue(e.getMessage().contains(":2:"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Gazetteer.load(new StringReader(HEADER + "1\tX\tX\t\tUA\t\t50\t30\tvillage\t0\n"), new StringReader("")));
        assertTrue(e.getMessage().contains("village"), e.getMessage());
        Path user = dir.resolve("bad.tsv");
        Files.writeString(user, "just one field\n", StandardCharsets.UTF_8);
        e = assertThrows(IllegalArgumentException.class, () -> tiny().withUserEntries(user));
        assertTrue(e.getMessage().contains("bad.tsv:1"), e.getMessage());
        assertThrows(UncheckedIOException.class, () -> tiny().withUserEntries(dir.resolve("missing.tsv")));
    }
}
