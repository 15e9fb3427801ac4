package org.sitrep.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.sitrep.store.Fixtures.A1;
import static org.sitrep.store.Fixtures.A2;
import static org.sitrep.store.Fixtures.eventOf;
import static org.sitrep.store.Fixtures.kyivStrike;
import static org.sitrep.store.Fixtures.kyivStrikeMention;
import static org.sitrep.store.Fixtures.kyivStrikeMentionFrom;
import static org.sitrep.store.Fixtures.lvivProtestMention;
import static org.sitrep.store.Fixtures.plannedDealMention;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventType;
import org.sitrep.model.Evidence;
import org.sitrep.model.Factuality;
import org.sitrep.model.Mention;
import org.sitrep.model.Sources;
import org.sitrep.store.SqliteStore;

class EventQueryTest {
    @TempDir
    Path dir;
    private SqliteStore store;
    /** Store ids are hashes; the tests speak of e1, e2, e3. */
    private Map<String, String> names;

    @BeforeEach
    void fill() {
        store = SqliteStore.open(dir.resolve("q.db"));
        // e2 2024-09-01 Lviv protest; e1 night 2024-10-20..21 Kyiv strike; e3 undated future deal.
        store.put(A1, List.of(kyivStrikeMention(), lvivProtestMention(), plannedDealMention()));
        store.put(A2, List.of(kyivStrikeMentionFrom(A2)));
        names = Map.of(eventOf(A1, kyivStrikeMention()).id(), "e1", eventOf(A1, lvivProtestMention()).id(), "e2",
                eventOf(A1, plannedDealMention()).id(), "e3");
    }

    @AfterEach
    void close() {
        store.close();
    }

    private List<String> ids(EventQuery q) {
        return store.events(q).stream().map(e -> names.getOrDefault(e.id(), e.id())).toList();
    }

    @Test
    void allReturnsEverythingByDateThenId() {
        assertEquals(List.of("e2", "e1", "e3"), ids(EventQuery.all()));
    }

    @Test
    void filtersByType() {
        assertEquals(List.of("e1"), ids(EventQuery.all().withTypes(Set.of(EventType.ASSAULT))));
        assertEquals(List.of("e2", "e3"), ids(EventQuery.all().withTypes(Set.of(EventType.PROTEST, EventType.AGREE))));
        assertEquals(List.of(), ids(EventQuery.all().withTypes(Set.of(EventType.AID))));
    }

    @Test
    void dateBoundsSelectOverlappingRangesAndDropUndated() {
        // The night 10-20..10-21 overlaps a range that only touches either end.
        assertEquals(List.of("e1"), ids(EventQuery.all().withFrom(LocalDate.of(2024, 10, 21))));
        assertEquals(List.of("e2", "e1"), ids(EventQuery.all().withTo(LocalDate.of(2024, 10, 20))));
        assertEquals(List.of("e2"), ids(EventQuery.all().withTo(LocalDate.of(2024, 10, 19))));
        assertEquals(List.of(), ids(EventQuery.all().withFrom(LocalDate.of(2024, 10, 22))));
        assertEquals(List.of("e2"), ids(EventQuery.all()
                .withFrom(LocalDate.of(2024, 9, 1)).withTo(LocalDate.of(2024, 9, 1))));
    }

    @Test
    void actorMatchesIdNameOrAliasIgnoringCase() {
        assertEquals(List.of("e1"), ids(EventQuery.all().withActor("rus")));
        assertEquals(List.of("e1"), ids(EventQuery.all().withActor("RUSSIAN FORCES")));
        assertEquals(List.of("e1", "e3"), ids(EventQuery.all().withActor("Ukraine")));
        assertEquals(List.of("e3"), ids(EventQuery.all().withActor("usa")));
        // Case folding beyond ASCII: name "Протестувальники", alias "ЗСУ veterans".
        assertEquals(List.of("e2"), ids(EventQuery.all().withActor("протест")));
        assertEquals(List.of("e2"), ids(EventQuery.all().withActor("зсу")));
        // JSON punctuation between aliases is not text to match.
        assertEquals(List.of(), ids(EventQuery.all().withActor("\",\"")));
    }

    @Test
    void placeMatchesNameCountryOrAdmin1() {
        assertEquals(List.of("e1"), ids(EventQuery.all().withPlace("kyiv")));
        assertEquals(List.of("e2"), ids(EventQuery.all().withPlace("lviv oblast")));
        assertEquals(List.of("e2", "e1"), ids(EventQuery.all().withPlace("ua")));
        assertEquals(List.of(), ids(EventQuery.all().withPlace("Kharkiv")));
    }

    @Test
    void textMatchesAnyEvidenceSentence() {
        assertEquals(List.of("e1"), ids(EventQuery.all().withText("struck kyiv")));
        assertEquals(List.of("e1"), ids(EventQuery.all().withText("SHAHED")));
        assertEquals(List.of("e2", "e3"), ids(EventQuery.all().withText("intro")));
        // Wildcards are literal.
        assertEquals(List.of(), ids(EventQuery.all().withText("%")));
    }

    @Test
    void countryMatchesTheCodeExactlyIgnoringCase() {
        assertEquals(List.of("e2", "e1"), ids(EventQuery.all().withCountry("ua")));
        assertEquals(List.of(), ids(EventQuery.all().withCountry("RU")));
        // Unlike place, a country is a whole code: "U" is not a country.
        assertEquals(List.of(), ids(EventQuery.all().withCountry("U")));
    }

    @Test
    void newestFirstKeepsUndatedLast() {
        EventQuery newest = EventQuery.all().withSort(EventQuery.Sort.NEWEST_FIRST);
        assertEquals(List.of("e1", "e2", "e3"), ids(newest));
        assertEquals(List.of("e2"), ids(newest.withLimit(1).withOffset(1)));
    }

    @Test
    void aPageAndTheWholeListAgreeForEveryFilter() {
        // A limit makes the store walk in order and stop (each filter tested per event); no limit reads other
        // tables once into sets. Both ways must select the same events.
        List<EventQuery> queries = List.of(EventQuery.all().withActor("ukr"), EventQuery.all().withActor("зсу"),
                EventQuery.all().withText("intro"), EventQuery.all().withText("struck"),
                EventQuery.all().withTypes(Set.of(EventType.ASSAULT, EventType.PROTEST)).withCountry("UA"),
                EventQuery.all().withFrom(LocalDate.of(2024, 9, 1)).withFactualities(Set.of(Factuality.REPORTED)),
                EventQuery.all().withPlace("oblast").withActor("протест"));
        for (EventQuery q : queries) {
            for (EventQuery.Sort sort : EventQuery.Sort.values()) {
                assertEquals(ids(q.withSort(sort)), ids(q.withSort(sort).withLimit(100)), q + " " + sort);
            }
        }
    }

    @Test
    void filtersByFactuality() {
        assertEquals(List.of("e3"), ids(EventQuery.all().withFactualities(Set.of(Factuality.FUTURE))));
        assertEquals(List.of("e2", "e1"), ids(EventQuery.all().withFactualities(Set.of(Factuality.REPORTED))));
    }

    @Test
    void filtersCombine() {
        EventQuery q = EventQuery.all().withTypes(Set.of(EventType.ASSAULT, EventType.AGREE)).withActor("ukr")
                .withFactualities(Set.of(Factuality.REPORTED));
        assertEquals(List.of("e1"), ids(q));
        assertEquals(List.of(), ids(q.withPlace("lviv")));
    }

    @Test
    void returnedEventsAreFullyPopulated() {
        Event e = store.events(EventQuery.all().withText("struck")).get(0);
        assertEquals(kyivStrike().actors(), e.actors());
        assertEquals(kyivStrike().quantities(), e.quantities());
        assertEquals(2, e.mentions().size());
        assertEquals(new Sources(2, 2), e.sources());
        assertEquals(kyivStrike().mentions().get(0).highlights(), e.mentions().get(0).highlights());
    }

    @Test
    void paginates() {
        assertEquals(List.of("e2", "e1"), ids(EventQuery.all().withLimit(2)));
        assertEquals(List.of("e3"), ids(EventQuery.all().withLimit(2).withOffset(2)));
        assertEquals(List.of("e1", "e3"), ids(EventQuery.all().withOffset(1)));
        assertEquals(List.of(), ids(EventQuery.all().withOffset(3)));
    }

    @Test
    void manyEventsLoadWithTheirChildren() {
        Event template = kyivStrike();
        // More events than SQLite takes bound parameters in one statement, over 30 articles.
        for (int a = 0; a < 30; a++) {
            String id = "bulk" + a;
            Article bulk = new Article(id, id, "Wire", null, null, null, "text " + a, "-");
            List<Mention> mentions = new ArrayList<>();
            for (int i = a * 50; i < a * 50 + 50; i++) {
                LocalDate day = LocalDate.of(2030, 1, 1).plusDays(i * 4L);
                mentions.add(new Mention(template.type(), template.modes(), template.contexts(),
                        template.factuality(), EventDate.day(day), template.actors(), template.location(),
                        template.quantities(), template.claimedBy(),
                        new Evidence(id, id, "Wire", i, i + 1, "s" + i, List.of())));
            }
            store.put(bulk, mentions);
        }
        List<Event> got = store.events(EventQuery.all().withText("s").withTypes(Set.of(EventType.ASSAULT))
                .withTo(LocalDate.of(2050, 1, 1)));
        assertEquals(1500 + 1, got.size());
        Event last = got.get(got.size() - 1);
        assertEquals(LocalDate.of(2030, 1, 1).plusDays(1499 * 4L), last.date().start());
        assertEquals(template.actors(), last.actors());
        assertEquals("s1499", last.mentions().get(0).text());
        assertEquals(new Sources(1, 1), last.sources());
    }

    @Test
    void rejectsNonsense() {
        assertThrows(IllegalArgumentException.class,
                () -> EventQuery.all().withFrom(LocalDate.of(2024, 2, 1)).withTo(LocalDate.of(2024, 1, 1)));
        assertThrows(IllegalArgumentException.class, () -> EventQuery.all().withLimit(-1));
        assertThrows(IllegalArgumentException.class, () -> EventQuery.all().withOffset(-1));
    }

    @Test
    void blankTextFiltersMeanNoFilter() {
        EventQuery q = EventQuery.all().withActor("  ").withPlace("").withText(null).withTypes(null);
        assertEquals(EventQuery.all(), q);
    }
}
