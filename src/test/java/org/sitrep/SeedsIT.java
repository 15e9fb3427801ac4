package org.sitrep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.ingest.IngestOptions;
import org.sitrep.model.Actor;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Evidence;
import org.sitrep.model.Factuality;
import org.sitrep.model.Quantity;
import org.sitrep.model.Role;
import org.sitrep.query.EventQuery;
import org.sitrep.store.EventStore;
import org.sitrep.store.SqliteStore;

/** The five real articles the project grew from, ingested with their publication dates from the manifest. */
class SeedsIT {

    private static final Path SEEDS = Path.of(System.getProperty("sitrep.seeds", "../shared/seeds"));
    private static final Map<String, List<Event>> BY_DOC = new TreeMap<>();

    @BeforeAll
    static void ingestSeeds(@TempDir Path dir) throws IOException {
        try (EventStore store = SqliteStore.open(dir.resolve("seeds.db"))) {
            for (String line : Files.readAllLines(SEEDS.resolve("MANIFEST.tsv")).subList(1, 6)) {
                String[] cols = line.split("\t");
                Pipeline.Summary s = SharedPipeline.get().ingest(List.of(SEEDS.resolve(cols[0]).toString()),
                        new IngestOptions(LocalDate.parse(cols[1]), null), System.in, store, a -> { });
                assertTrue(s.clean(), () -> "ingest of " + cols[0] + " failed: " + s.report().errors() + s.failures());
            }
            // A merged event belongs to every article that reports it.
            for (Event e : store.events(EventQuery.all())) {
                e.mentions().stream().map(m -> m.doc().substring(0, 3)).distinct()
                        .forEach(doc -> BY_DOC.computeIfAbsent(doc, k -> new ArrayList<>()).add(e));
            }
        }
    }

    private static List<Event> of(String seed, EventType type) {
        return BY_DOC.getOrDefault(seed, List.of()).stream().filter(e -> e.type() == type).toList();
    }

    private static boolean has(Event e, Role role, String id) {
        return e.actors().stream().anyMatch(a -> a.role() == role && a.id().equals(id));
    }

    private static Optional<Quantity> quantity(Event e, String item) {
        return e.quantities().stream().filter(q -> q.item().equals(item)).findFirst();
    }

    @Test
    void theOvernightDroneAttackWithItsCountsClaimantAndNight() {
        Event attack = of("000", EventType.ASSAULT).stream()
                .filter(e -> quantity(e, "drone").isPresent()).findFirst().orElseThrow();
        assertTrue(has(attack, Role.ACTOR, "RUS"), attack::toString);
        Quantity drones = quantity(attack, "drone").orElseThrow();
        assertEquals(116, drones.count());
        assertEquals("Shahed", drones.subtype());
        assertEquals("launched", drones.status());
        assertEquals(3, quantity(attack, "missile").orElseThrow().count());
        assertTrue(attack.claimedBy().contains("Ukraine's air force"), attack.claimedBy()::toString);
        assertEquals(LocalDate.of(2024, 10, 20), attack.date().start());
        assertEquals(LocalDate.of(2024, 10, 21), attack.date().end());
        assertEquals(DatePrecision.NIGHT, attack.date().precision());
        assertEquals(Factuality.REPORTED, attack.factuality());
        // Evidence: the sentence in the article, at its offsets.
        assertTrue(attack.mentions().stream().anyMatch(m -> m.text().contains("116 Shahed drones")),
                attack::toString);
    }

    @Test
    void blinkenAndLammyVisitKyiv() {
        Event visit = of("001", EventType.CONSULT).stream()
                .filter(e -> has(e, Role.ACTOR, "person:antony-blinken")).filter(e -> e.location() != null)
                .findFirst().orElseThrow(() -> new AssertionError(BY_DOC.get("001")));
        assertEquals("Kyiv", visit.location().name());
        assertEquals("UA", visit.location().country());
        assertEquals(LocalDate.of(2024, 9, 11), visit.date().start());
        assertTrue(has(visit, Role.ACTOR, "person:david-lammy"), visit::toString);
        assertEquals(Factuality.REPORTED, visit.factuality());
    }

    @Test
    void theExpectedZelenskyVisitToTheUsIsFuture() {
        Event visit = of("001", EventType.CONSULT).stream()
                .filter(e -> has(e, Role.ACTOR, "person:volodymyr-zelensky")).findFirst()
                .orElseThrow(() -> new AssertionError(BY_DOC.get("001")));
        assertEquals(Factuality.FUTURE, visit.factuality());
        assertTrue(has(visit, Role.RECIPIENT, "USA"), visit::toString);
    }

    @Test
    void theRequestToStrikeInsideRussiaIsNeverAReportedAssault() {
        for (List<Event> events : BY_DOC.values()) {
            for (Event e : events) {
                for (Evidence m : e.mentions()) {
                    String text = m.text();
                    if (text.contains("permission to use") || text.contains("lift restrictions")
                            || text.contains("long-range weapons against")) {
                        assertFalse(e.type() == EventType.ASSAULT && e.factuality().happened(), e::toString);
                    }
                }
            }
        }
        assertFalse(of("000", EventType.REQUEST).isEmpty(), "Zelensky urging allies is a REQUEST");
    }

    @Test
    void theRussianRetreatNearKhersonIsARetreat() {
        Event retreat = of("003", EventType.RETREAT).stream().findFirst()
                .orElseThrow(() -> new AssertionError(BY_DOC.get("003")));
        assertTrue(has(retreat, Role.ACTOR, "RUS"), retreat::toString);
        assertTrue(retreat.mentions().stream().anyMatch(m -> m.text().contains("Kherson")), retreat::toString);
    }

    @Test
    void britainPledgesHowitzers() {
        Event aid = of("003", EventType.AID).stream().filter(e -> quantity(e, "howitzer").isPresent()).findFirst()
                .orElseThrow(() -> new AssertionError(BY_DOC.get("003")));
        assertTrue(has(aid, Role.ACTOR, "GBR"), aid::toString);
        assertEquals(18, quantity(aid, "howitzer").orElseThrow().count());
    }

    @Test
    void austinsVisitToKyivIsReportedByBothArticlesOfThatDay() {
        for (String seed : List.of("000", "004")) {
            assertTrue(of(seed, EventType.CONSULT).stream().anyMatch(e -> has(e, Role.ACTOR, "person:lloyd-austin")
                    && e.location() != null && e.location().name().equals("Kyiv")
                    && e.factuality() == Factuality.REPORTED
                    && e.date().start().equals(LocalDate.of(2024, 10, 21))), () -> seed + ": " + BY_DOC.get(seed));
        }
    }

    @Test
    void austinsVisitIsOneEventWithTwoIndependentSources() {
        List<Event> visits = BY_DOC.values().stream().flatMap(List::stream).distinct()
                .filter(e -> e.type() == EventType.CONSULT && has(e, Role.ACTOR, "person:lloyd-austin")
                        && e.factuality() == Factuality.REPORTED && e.location() != null
                        && e.location().name().equals("Kyiv"))
                .toList();
        assertEquals(1, visits.size(), visits::toString);
        Event visit = visits.get(0);
        assertEquals(List.of("000", "004"), visit.mentions().stream().map(m -> m.doc().substring(0, 3)).distinct()
                .sorted().toList(), visit::toString);
        assertEquals(2, visit.sources().independent(), visit::toString);
    }

    @Test
    void zelenskySpellingsAreOnePerson() {
        List<String> ids = new ArrayList<>();
        for (List<Event> events : BY_DOC.values()) {
            for (Event e : events) {
                for (Actor a : e.actors()) {
                    if (a.aliases().stream().anyMatch(s -> s.startsWith("Zelensk") || s.contains(" Zelensk"))) {
                        ids.add(a.id());
                    }
                }
            }
        }
        assertFalse(ids.isEmpty());
        assertTrue(ids.stream().allMatch("person:volodymyr-zelensky"::equals), ids::toString);
    }
}
