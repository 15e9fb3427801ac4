package org.sitrep.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Resolution of noun phrases against the shipped actor data. */
class ActorResolverTest {
    private static final LocalDate D2024 = LocalDate.of(2024, 10, 21);
    private final ActorResolver actors = ActorResolver.loadDefault();

    private String id(String phrase, LocalDate date) {
        return actors.resolve(phrase, date).map(ActorEntry::id).orElse("<none>");
    }

    private ActorEntry entry(String phrase, LocalDate date) {
        Optional<ActorEntry> e = actors.resolve(phrase, date);
        assertTrue(e.isPresent(), () -> "'" + phrase + "' did not resolve");
        return e.get();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Zelensky", "Zelenskyy", "Zelenskiy", "Mr Zelenskiy", "President Volodymyr Zelenskyy",
            "Volodymyr Zelensky", "Ukrainian President Volodymyr Zelensky", "Ukraine's President Zelenskyy",
            "President Zelensky’s", "\"Zelenskiy\""})
    void zelenskyInAllSpellings(String phrase) {
        ActorEntry e = entry(phrase, D2024);
        assertEquals("person:volodymyr-zelensky", e.id());
        assertEquals("person", e.kind());
        assertEquals("UKR", e.countryIso3());
        assertEquals("Volodymyr Zelensky", e.name());
    }

    @Test
    void aMiddleInitialDoesNotHideAKnownPerson() {
        assertEquals("person:vladimir-putin", id("President Vladimir V. Putin", D2024));
        assertEquals("person:vladimir-putin", id("Vladimir V. Putin", D2024));
    }

    @Test
    void ownerAndHeadNoun() {
        assertEquals(new ActorEntry("UKR", "Ukraine", "military", "UKR"), entry("Ukraine's air force", D2024));
        assertEquals(new ActorEntry("RUS", "Russia", "military", "RUS"), entry("Russian forces", D2024));
        assertEquals(new ActorEntry("RUS", "Russia", "military", "RUS"), entry("Russia's army", D2024));
        assertEquals(new ActorEntry("PRK", "North Korea", "military", "PRK"), entry("North Korean troops", D2024));
        assertEquals(new ActorEntry("KOR", "South Korea", "intelligence", "KOR"),
                entry("South Korea's spy agency", D2024));
        assertEquals(new ActorEntry("RUS", "Russia", "government", "RUS"), entry("the Russian defence ministry", null));
        assertEquals(new ActorEntry("USA", "United States", "government", "USA"), entry("US officials", null));
        assertEquals(new ActorEntry("USA", "United States", "government", "USA"), entry("U.S. officials", null));
        assertEquals(new ActorEntry("UKR", "Ukraine", "intelligence", "UKR"), entry("Ukraine's SBU", null));
        assertEquals(new ActorEntry("RUS", "Russia", "military", "RUS"), entry("Russia's General Staff", null));
        assertEquals("NATO", id("NATO forces", null));
        assertEquals("<none>", id("pro-Russian forces", null));
    }

    @Test
    void headNounOfAnOwner() {
        assertEquals(new ActorEntry("GBR", "United Kingdom", "government", "GBR"),
                entry("the Government of the United Kingdom", D2024));
        assertEquals("RUS", id("the Ministry of Defence of the Russian Federation", D2024));
        assertEquals(new ActorEntry("UKR", "Ukraine", "military", "UKR"), entry("the armed forces of Ukraine", D2024));
        // A person after "of" owns no state body, and a head noun the tables do not know names no one.
        assertEquals("<none>", id("officials of Zelensky", D2024));
        assertEquals("<none>", id("the people of Ukraine", D2024));
    }

    @Test
    void institutionsBelongToTheirCountry() {
        assertEquals(new ActorEntry("RUS", "Russia", "government", "RUS"), entry("the Kremlin", D2024));
        assertEquals(new ActorEntry("RUS", "Russia", "government", "RUS"), entry("Moscow", D2024));
        assertEquals(new ActorEntry("UKR", "Ukraine", "government", "UKR"), entry("Kyiv", D2024));
        assertEquals(new ActorEntry("UKR", "Ukraine", "government", "UKR"), entry("Kiev", D2024));
        assertEquals(new ActorEntry("USA", "United States", "government", "USA"), entry("the White House", D2024));
        assertEquals(new ActorEntry("UKR", "Ukraine", "intelligence", "UKR"), entry("the SBU", D2024));
        assertEquals(new ActorEntry("RUS", "Russia", "intelligence", "RUS"), entry("FSB", D2024));
        assertEquals("<none>", id("the kremlin", D2024));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Lloyd Austin", "Austin", "Mr Austin", "US Defence Secretary Lloyd Austin",
            "Defense Secretary Lloyd J. Austin III"})
    void lloydAustin(String phrase) {
        assertEquals("person:lloyd-austin", id(phrase, D2024));
    }

    @Test
    void officialsInstalledByAStateActForIt() {
        assertEquals("RUS", id("the Moscow-installed head of the occupation administration", D2024));
        assertEquals("RUS", id("Kremlin-appointed officials", D2024));
        // A person who appoints is not who acts.
        assertEquals("<none>", id("a Zelensky-appointed envoy", D2024));
    }

    @Test
    void officeHolderDependsOnTheDate() {
        assertEquals("person:lloyd-austin", id("the US defence secretary", D2024));
        assertEquals("person:pete-hegseth", id("the US defence secretary", LocalDate.of(2025, 3, 1)));
        assertEquals("person:pete-hegseth", id("Secretary of Defense", LocalDate.of(2025, 3, 1)));
        assertEquals("person:lloyd-austin", id("US Secretary of Defense", D2024));
        assertEquals("person:lloyd-austin", id("Pentagon chief", D2024));
        assertEquals("person:volodymyr-zelensky", id("Ukraine's president", D2024));
        assertEquals("person:vladimir-putin", id("the Russian president", D2024));
        assertEquals("person:dmitry-peskov", id("the Kremlin spokesman", D2024));
        assertEquals("person:david-lammy", id("British Foreign Minister", D2024));
        assertEquals("person:james-cleverly", id("Foreign Secretary", LocalDate.of(2023, 5, 1)));
        assertEquals("person:yvette-cooper", id("the Foreign Secretary", LocalDate.of(2025, 10, 1)));
        assertEquals("person:sergei-shoigu", id("Russia's defence minister", LocalDate.of(2023, 1, 1)));
        assertEquals("person:andrei-belousov", id("Russia's defense minister", LocalDate.of(2024, 6, 1)));
        assertEquals("person:jens-stoltenberg", id("NATO chief", LocalDate.of(2024, 9, 30)));
        assertEquals("person:mark-rutte", id("NATO chief", LocalDate.of(2024, 10, 1)));
        assertEquals("person:keir-starmer", id("the British prime minister", D2024));
        assertEquals("person:rishi-sunak", id("the UK prime minister", LocalDate.of(2023, 3, 1)));
        // The country after "of", as official statements write it.
        assertEquals("person:volodymyr-zelensky", id("the President of Ukraine", D2024));
        assertEquals("person:keir-starmer", id("the Prime Minister of the United Kingdom", D2024));
        assertEquals("<none>", id("the President of the Court", D2024));
    }

    @Test
    void roleWithoutKnownHolderFallsBackToTheGovernmentOrNothing() {
        assertEquals(new ActorEntry("UKR", "Ukraine", "government", "UKR"), entry("Ukraine's president", null));
        assertEquals(new ActorEntry("AUT", "Austria", "government", "AUT"), entry("the Austrian chancellor", D2024));
        assertEquals("<none>", id("Defence Secretary", D2024)); // British or American: not guessed
        assertEquals("<none>", id("NATO chief", null));
    }

    @Test
    void ambiguousSurnamePrefersTitleThenOfficeOnTheDateThenFileOrder() {
        assertEquals("person:dmytro-kuleba", id("Kuleba", LocalDate.of(2022, 3, 1)));
        assertEquals("person:oleksiy-kuleba", id("Kuleba", LocalDate.of(2025, 3, 1)));
        assertEquals("person:dmytro-kuleba", id("Kuleba", null));
        assertEquals("person:dmytro-kuleba", id("Foreign Minister Kuleba", LocalDate.of(2025, 3, 1)));
        assertEquals("person:oleksiy-kuleba", id("Oleksiy Kuleba", LocalDate.of(2022, 3, 1)));
        assertEquals("person:mike-johnson", id("Johnson", LocalDate.of(2024, 4, 20)));
        assertEquals("person:boris-johnson", id("Johnson", LocalDate.of(2022, 4, 9)));
        assertEquals("person:boris-johnson", id("Prime Minister Boris Johnson", LocalDate.of(2024, 4, 20)));
    }

    @Test
    void widerOfficialsResolveByFullNameSurnameAndTitlePrefix() {
        LocalDate d = LocalDate.of(2023, 6, 1);
        assertEquals("person:iryna-vereshchuk", id("Iryna Vereshchuk", d));
        assertEquals("person:iryna-vereshchuk", id("Vereshchuk", d));
        assertEquals("person:iryna-vereshchuk", id("Deputy Prime Minister Iryna Vereshchuk", d));
        assertEquals("person:dmytro-lubinets", id("Lubinets", d));
        assertEquals("person:vasily-nebenzya", id("Vassily Nebenzia", d));
        assertEquals("person:yevgeny-balitsky", id("Yevhen Balytskyi", d));
        assertEquals("person:mohammed-bin-salman", id("Saudi Crown Prince Mohammed bin Salman", d));
        assertEquals("person:vitaliy-kim", id("Mykolaiv governor Kim", d), "the title picks the governor");
        assertEquals("person:kim-jong-un", id("Kim", d), "a bare Kim stays the first listed");
    }

    @Test
    void widerOfficesGoToWhoeverHeldThemThatDay() {
        assertEquals("person:lyudmila-denisova", id("Ukraine's human rights ombudsman", LocalDate.of(2022, 4, 2)));
        assertEquals("person:dmytro-lubinets", id("Ukraine's human rights ombudsman", LocalDate.of(2023, 5, 10)));
        assertEquals("person:tatyana-moskalkova", id("Russia's ombudsman", LocalDate.of(2023, 5, 10)));
        assertEquals("person:roman-starovoit", id("the Kursk governor", LocalDate.of(2023, 6, 1)));
        assertEquals("person:alexei-smirnov", id("the Kursk governor", LocalDate.of(2024, 8, 15)));
        assertEquals("person:alexander-khinshtein", id("the Kursk governor", LocalDate.of(2025, 3, 1)));
        assertEquals("person:ivan-bakanov", id("the SBU chief", LocalDate.of(2021, 12, 1)));
        assertEquals("person:vasyl-maliuk", id("the SBU chief", LocalDate.of(2024, 1, 15)));
        assertEquals("person:linda-thomas-greenfield", id("the US ambassador to the UN", LocalDate.of(2023, 2, 24)));
        assertEquals("person:vasily-nebenzya", id("Russia's UN ambassador", LocalDate.of(2023, 2, 24)));
        assertEquals("person:yevgeny-balitsky", id("the Russian-installed governor of Zaporizhzhia",
                LocalDate.of(2024, 7, 1)));
        assertEquals("person:olha-stefanishyna", id("Ukraine's justice minister", LocalDate.of(2025, 1, 10)));
        assertEquals("person:pope-leo-xiv", id("the Pope", LocalDate.of(2025, 6, 1)));
        assertEquals("person:serhiy-lysak", id("the head of the Dnipropetrovsk Oblast Military Administration",
                LocalDate.of(2024, 11, 21)));
        // Two deputy prime ministers in office that day: the role names the government, not a guessed person.
        assertEquals(new ActorEntry("UKR", "Ukraine", "government", "UKR"),
                entry("Ukraine's deputy prime minister", LocalDate.of(2023, 6, 1)));
    }

    @Test
    void countriesAndOrganisations() {
        assertEquals(new ActorEntry("GBR", "United Kingdom", "country", "GBR"), entry("Britain", null));
        assertEquals("GBR", id("UK", null));
        assertEquals("GBR", id("the U.K.", null));
        assertEquals("USA", id("US", null));
        assertEquals("USA", id("U.S.", null));
        assertEquals("USA", id("the United States", null));
        assertEquals(new ActorEntry("NATO", "North Atlantic Treaty Organization", "organisation", null),
                entry("NATO", null));
        assertEquals("NATO", id("Nato", null));
        assertEquals("IAEA", id("the UN nuclear watchdog", null));
        assertEquals("WAGNER", id("the Wagner Group", null));
        assertEquals("RUS", id("the Russians", null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"us", "Us", "nato", "it", "they", "", "  ", "Hunter Biden", "Olena Zelenska", "people",
            "turkey", "the government"})
    void commonWordsAndUnknownsDoNotResolve(String phrase) {
        assertEquals("<none>", id(phrase, D2024));
    }

    @Test
    void nullPhraseIsEmpty() {
        assertTrue(actors.resolve(null, D2024).isEmpty());
    }

    @Test
    void countryAndAdjectiveLookups() {
        assertEquals("Russia", actors.country("RUS").orElseThrow().name());
        assertEquals("Ukraine", actors.country("ukr").orElseThrow().name());
        assertTrue(actors.country("XYZ").isEmpty());
        assertEquals("RUS", actors.byAdjective("Russian").orElseThrow().id());
        assertEquals("PRK", actors.byAdjective("North Korean").orElseThrow().id());
        assertEquals("GBR", actors.byAdjective("Briton").orElseThrow().id());
        assertEquals("IRN", actors.byAdjective("Iranian").orElseThrow().id());
        assertTrue(actors.byAdjective("Korean").isEmpty());
    }

    private ActorResolver withUser(Path dir, String... lines) throws IOException {
        Path file = dir.resolve("aliases.tsv");
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return actors.withUser(UserAliases.read(file));
    }

    @Test
    void userEntriesAddActorsAndAliasesWithoutTouchingTheOriginal(@TempDir Path dir) throws IOException {
        ActorResolver mine = withUser(dir,
                "# my own aliases",
                "actor\tNinety-Ninth Test Brigade\tUKR\tUkraine\tmilitary\tUKR",
                "actor\tKremlin\tRUS\tRussia\tpresidency\tRUS",
                "actor\tSome NGO\tORG:SOME\tSome NGO\tngo",
                "actor\tthe Boss\tVolodymyr Zelensky",
                "actor\tRF\tRUS",
                "actor\tBrigade Three\tNinety-Ninth Test Brigade",
                "");
        assertEquals("military", mine.resolve("the Ninety-Ninth Test Brigade", null).orElseThrow().kind());
        assertEquals("presidency", mine.resolve("the Kremlin", null).orElseThrow().kind());
        assertEquals(null, mine.resolve("Some NGO", null).orElseThrow().countryIso3());
        assertEquals("person:volodymyr-zelensky", mine.resolve("the Boss", null).orElseThrow().id(),
                "an alias may name its actor by canonical name");
        assertEquals(new ActorEntry("RUS", "Russia", "country", "RUS"), mine.resolve("RF", null).orElseThrow());
        assertEquals("UKR", mine.resolve("Brigade Three", null).orElseThrow().id());
        assertTrue(actors.resolve("Ninety-Ninth Test Brigade", null).isEmpty(), "the original must not change");
        assertEquals("government", actors.resolve("the Kremlin", null).orElseThrow().kind());
    }

    @Test
    void aNewLeaderResolvesByNameAndTakesOverTheOfficeFromTheDayGiven(@TempDir Path dir) throws IOException {
        LocalDate before = LocalDate.of(2024, 10, 21);
        LocalDate after = LocalDate.of(2030, 3, 1);
        assertEquals("person:rustem-umerov", id("Ukraine's defence minister", before));
        ActorResolver mine = withUser(dir,
                "person\tperson:taras-testenko\tTaras Testenko\tUKR\tTestenko|T. Testenko\tdefence minister\t2030-01-15");
        ActorEntry testenko = new ActorEntry("person:taras-testenko", "Taras Testenko", "person", "UKR");
        assertEquals(testenko, mine.resolve("Testenko", after).orElseThrow());
        assertEquals(testenko, mine.resolve("Defence Minister Taras Testenko", after).orElseThrow());
        assertEquals(testenko, mine.resolve("Ukraine's defence minister", after).orElseThrow(),
                "whoever held the office before stops holding it on the new leader's first day");
        assertEquals("person:rustem-umerov", mine.resolve("Ukraine's defence minister", before).orElseThrow().id(),
                "earlier dates keep their holder");
        assertEquals(testenko, mine.byId("person:taras-testenko").orElseThrow());
        assertTrue(actors.resolve("Testenko", after).isEmpty());
    }

    @Test
    void badUserLinesSayWhereAndHowToFix(@TempDir Path dir) throws IOException {
        UserFileException unknownCountry = assertThrows(UserFileException.class,
                () -> withUser(dir, "# c", "actor\tFoo\tFOO\tFoo\tmilitary\tXXX"));
        assertTrue(unknownCountry.getMessage().contains("aliases.tsv:2: unknown country 'XXX'"),
                unknownCountry.getMessage());
        UserFileException unknownTarget = assertThrows(UserFileException.class,
                () -> withUser(dir, "actor\tBar\tperson:nobody-at-all"));
        assertTrue(unknownTarget.getMessage().contains("aliases.tsv:1: 'person:nobody-at-all' is not an actor"),
                unknownTarget.getMessage());
    }

    @Test
    void theCatalogListsCanonicalActorsWithTheNamesThatResolveToThem() {
        ActorResolver.Catalogued russia = actors.catalog().stream().filter(c -> c.entry().id().equals("RUS"))
                .findFirst().orElseThrow();
        assertEquals("country", russia.entry().kind());
        assertTrue(russia.aliases().contains("Kremlin"), russia.aliases().toString());
        ActorResolver.Catalogued zelensky = actors.catalog().stream()
                .filter(c -> c.entry().id().equals("person:volodymyr-zelensky")).findFirst().orElseThrow();
        assertTrue(zelensky.aliases().containsAll(java.util.List.of("Zelensky", "Zelenskyy", "Zelenskiy")));
    }
}
