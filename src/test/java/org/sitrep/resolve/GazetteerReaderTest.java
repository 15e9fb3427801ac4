package org.sitrep.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
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
            + "9004\tBilohorivka\tBilohorivka\t\tUA\tLuhansk Oblast\t48.92\t38.24\tcity\t900\n"
            + "713174\tBakhmut\tBakhmut\t\tUA\tDonetsk Oblast\t48.59441\t37.99983\tcity\t80500\n";
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

    private static Gazetteer withUser(Gazetteer g, Path dir, String... lines) throws Exception {
        Path user = dir.resolve("aliases.tsv");
        Files.writeString(user, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return g.withUser(UserAliases.read(user));
    }

    @Test
    void aRenamedTownResolvesToItsPlaceThroughTheUserFile(@TempDir Path dir) throws Exception {
        Gazetteer g = tiny();
        assertTrue(g.find("Artemivsk").isEmpty(), "the tiny data has no Artemivsk");
        Gazetteer extended = withUser(g, dir, "# renamed towns", "place\tArtemivsk\tBakhmut\tUA",
                "place\tBelogorovka\tBilohorivka", "place\tMirny\tMirny\tRU");
        Place bakhmut = extended.find("Artemivsk").orElseThrow();
        assertEquals(713174, bakhmut.geonameId());
        assertEquals(48.59441, bakhmut.lat());
        assertEquals(37.99983, bakhmut.lon());
        assertEquals(9004, extended.find("Belogorovka").orElseThrow().geonameId());
        assertEquals(9003, extended.find("Mirny").orElseThrow().geonameId(), "an alias overrides the stoplist");
        assertEquals(706448, extended.find("Cherson").orElseThrow().geonameId(), "shipped aliases kept");
        assertNotSame(g, extended);
        assertTrue(g.find("Artemivsk").isEmpty(), "the original is unchanged");
    }

    @Test
    void aNewPlaceIsFoundByNameAndAliasesBeforeShippedPlaces(@TempDir Path dir) throws Exception {
        Gazetteer g = withUser(Gazetteer.loadDefault(), dir,
                "place\tRobotyne\t47.4439\t35.8389\tUA\tZaporizhzhia Oblast\tRobotyno|Rabotino",
                "place\tKherson\t10.5\t20.5\tUS\tTexas",
                "place\tthe city of lions\tLviv\tUA");
        Place robotyne = g.find("Robotyne").orElseThrow();
        assertEquals(47.4439, robotyne.lat());
        assertEquals("Zaporizhzhia Oblast", robotyne.toLocation().admin1());
        assertEquals(robotyne, g.find("Rabotino").orElseThrow());
        assertEquals("Lviv", g.find("the city of lions").orElseThrow().name());
        assertEquals("US", g.find("Kherson").orElseThrow().country(), "the user's own place comes first");
        assertEquals(robotyne, g.place("Robotyne", "UA", "Zaporizhzhia Oblast").orElseThrow());
        assertTrue(g.aliasTable().get(robotyne) != null);
        Place kyiv = g.find("Kyiv").orElseThrow();
        assertEquals(kyiv, g.place("Kyiv", "UA", kyiv.toLocation().admin1()).orElseThrow());
        assertTrue(g.aliasTable().get(kyiv).contains("Kiev"), g.aliasTable().get(kyiv).toString());
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
        Files.writeString(user, "# header comment\nplace\tArtemivsk\tBakmut\tUA\n", StandardCharsets.UTF_8);
        UserFileException bad = assertThrows(UserFileException.class,
                () -> tiny().withUser(UserAliases.read(user)));
        assertTrue(bad.getMessage().startsWith(user + ":2: 'Bakmut' in UA is not a place sitrep knows"),
                bad.getMessage());
    }
}
