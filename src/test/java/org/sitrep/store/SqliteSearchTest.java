package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.store.Fixtures.A1;
import static org.sitrep.store.Fixtures.A2;
import static org.sitrep.store.Fixtures.KYIV_SENTENCE;
import static org.sitrep.store.Fixtures.eventOf;
import static org.sitrep.store.Fixtures.kyivStrikeMention;
import static org.sitrep.store.Fixtures.kyivStrikeMentionFrom;
import static org.sitrep.store.Fixtures.lvivProtestMention;
import static org.sitrep.store.Fixtures.plannedDealMention;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Article;
import org.sitrep.model.EventType;
import org.sitrep.model.Factuality;
import org.sitrep.query.EventQuery;

class SqliteSearchTest {
    @TempDir
    Path dir;
    private Path db;
    private SqliteStore store;
    private SqliteSearch search;

    @BeforeEach
    void fill() {
        db = dir.resolve("s.db");
        store = SqliteStore.open(db);
        store.put(A1, List.of(kyivStrikeMention(), lvivProtestMention(), plannedDealMention()));
        store.put(A2, List.of(kyivStrikeMentionFrom(A2)));
        search = SqliteSearch.open(db);
    }

    @AfterEach
    void close() {
        search.close();
        store.close();
    }

    private static String e1() {
        return eventOf(A1, kyivStrikeMention()).id();
    }

    @Test
    void findsArticlesByTitleAndTextWithStemming() {
        // A1's title is "Russia attacks Kyiv"; "attacked" shares the stem. A2's text says "struck Kyiv".
        EventSearch.Results r = search.search("attacked", 10);
        assertEquals(List.of("a1"), r.articles().stream().map(EventSearch.ArticleHit::id).toList());
        assertEquals(Set.of("a1", "a2"), search.search("kyiv", 10).articles().stream()
                .map(EventSearch.ArticleHit::id).collect(Collectors.toSet()));
        assertEquals(List.of(), search.search("Kharkiv", 10).articles());
    }

    @Test
    void findsEventsThroughTheirSentencesWithTheMatchMarked() {
        EventSearch.Results r = search.search("Shahed drones", 10);
        assertEquals(1, r.events().size());
        EventSearch.EventHit hit = r.events().get(0);
        assertEquals(e1(), hit.eventId());
        assertEquals(EventType.ASSAULT, hit.type());
        assertEquals(Factuality.REPORTED, hit.factuality());
        assertEquals(LocalDate.of(2024, 10, 20), hit.date());
        assertEquals("a1", hit.articleId());
        List<String> marked = hit.snippet().parts().stream().filter(EventSearch.Snippet.Part::match)
                .map(EventSearch.Snippet.Part::text).toList();
        assertEquals(List.of("Shahed", "drones"), marked);
        String whole = hit.snippet().parts().stream().map(EventSearch.Snippet.Part::text).collect(Collectors.joining());
        assertEquals(KYIV_SENTENCE, whole);
    }

    @Test
    void anEventWithSeveralMatchingSentencesIsListedOnce() {
        // e1 is told by A1 ("Russia launched ...") and A2 ("Russia struck ..."): both sentences say Russia.
        List<String> ids = search.search("Russia", 10).events().stream().map(EventSearch.EventHit::eventId).toList();
        assertEquals(List.of(e1()), ids);
    }

    @Test
    void searchSeesArticlesStoredAfterItOpened() {
        store.put(new Article("a9", "009_odesa", "Wire", null, "Port hit", LocalDate.of(2024, 11, 1),
                "Drones hit the port of Odesa overnight.", "-"), List.of());
        assertEquals(List.of("a9"), search.search("Odesa", 5).articles().stream()
                .map(EventSearch.ArticleHit::id).toList());
    }

    @Test
    void refusesATextWithoutWords() {
        assertThrows(IllegalArgumentException.class, () -> search.search("  \"\" ", 5));
    }

    @Test
    void countsWhatTheStoreLists() {
        List<EventQuery> queries = List.of(EventQuery.all(), EventQuery.all().withCountry("UA"),
                EventQuery.all().withActor("ukr"), EventQuery.all().withText("intro"),
                EventQuery.all().withTypes(Set.of(EventType.AID)),
                EventQuery.all().withFactualities(Set.of(Factuality.REPORTED)).withPlace("lviv"));
        for (EventQuery q : queries) {
            assertEquals(store.events(q).size(), search.count(q.withLimit(1)), q.toString());
        }
        assertEquals(3, search.count(EventQuery.all()));
    }

    @Test
    void placesCountEventsPerPlace() {
        List<EventSearch.Place> places = search.places(EventQuery.all(), 10);
        assertEquals(List.of("Kyiv", "Lviv"), places.stream().map(EventSearch.Place::name).sorted().toList());
        EventSearch.Place kyiv = places.stream().filter(p -> p.name().equals("Kyiv")).findFirst().orElseThrow();
        assertEquals(1, kyiv.events());
        assertEquals(50.45, kyiv.lat(), 1e-9);
        assertEquals("UA", kyiv.country());
        assertEquals(List.of("Lviv"), search.places(EventQuery.all().withTypes(Set.of(EventType.PROTEST)), 10)
                .stream().map(EventSearch.Place::name).toList());
    }

    @Test
    void mentionsInAnArticleComeInTextOrder() {
        List<EventSearch.ArticleMention> in = search.mentionsIn("a1");
        assertEquals(List.of(0, 0, 7), in.stream().map(EventSearch.ArticleMention::start).toList());
        assertEquals(Set.of(e1(), eventOf(A1, lvivProtestMention()).id(), eventOf(A1, plannedDealMention()).id()),
                in.stream().map(EventSearch.ArticleMention::eventId).collect(Collectors.toSet()));
        assertTrue(search.mentionsIn("nope").isEmpty());
    }

    @Test
    void opensOnlyADatabaseThatHasTheSearchIndex() throws Exception {
        StoreException missing = assertThrows(StoreException.class, () -> SqliteSearch.open(dir.resolve("no.db")));
        assertTrue(missing.getMessage().contains("no such database"), missing.getMessage());
        Path old = dir.resolve("old.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + old); Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE articles (id TEXT PRIMARY KEY)");
        }
        StoreException early = assertThrows(StoreException.class, () -> SqliteSearch.open(old));
        assertTrue(early.getMessage().contains("upgrade"), early.getMessage());
        assertFalse(Files.size(old) == 0);
    }
}
