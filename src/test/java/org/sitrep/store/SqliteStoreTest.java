package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.store.Fixtures.A1;
import static org.sitrep.store.Fixtures.A2;
import static org.sitrep.store.Fixtures.UNDATED;
import static org.sitrep.store.Fixtures.kyivStrike;
import static org.sitrep.store.Fixtures.kyivStrikeFrom;
import static org.sitrep.store.Fixtures.lvivProtest;
import static org.sitrep.store.Fixtures.plannedDeal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Article;
import org.sitrep.model.Bound;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Evidence;
import org.sitrep.model.Factuality;
import org.sitrep.model.Quantity;
import org.sitrep.model.Sources;
import org.sitrep.query.EventQuery;

class SqliteStoreTest {
    @TempDir
    Path dir;

    private SqliteStore open() {
        return SqliteStore.open(dir.resolve("sitrep.db"));
    }

    @Test
    void storesAndReturnsEveryField() {
        try (SqliteStore store = open()) {
            assertFalse(store.hasArticle("a1"));
            assertTrue(store.put(A1, List.of(kyivStrike(), lvivProtest(), plannedDeal())));
            assertTrue(store.hasArticle("a1"));
            assertEquals(kyivStrike(), store.event("e1").orElseThrow());
            assertEquals(lvivProtest(), store.event("e2").orElseThrow());
            assertEquals(plannedDeal(), store.event("e3").orElseThrow());
            assertEquals(A1, store.article("a1").orElseThrow());
            assertTrue(store.event("nope").isEmpty());
            assertTrue(store.article("nope").isEmpty());
            // By date start, undated last.
            assertEquals(List.of(lvivProtest(), kyivStrike(), plannedDeal()), store.events(EventQuery.all()));
        }
    }

    @Test
    void listsArticlesByPublishedDateThenDoc() {
        try (SqliteStore store = open()) {
            store.put(A2, List.of());
            store.put(UNDATED, List.of());
            store.put(A1, List.of());
            assertEquals(List.of(A1, A2, UNDATED), store.articles());
        }
    }

    @Test
    void reputtingAnArticleChangesNothing() {
        try (SqliteStore store = open()) {
            assertTrue(store.put(A1, List.of(kyivStrike())));
            StoreStats before = store.stats();
            Article sameIdOtherText = new Article("a1", "other", null, null, null, null, "changed", "-");
            assertFalse(store.put(sameIdOtherText, List.of(lvivProtest(), kyivStrikeFrom(A1))));
            assertEquals(before, store.stats());
            assertEquals(A1, store.article("a1").orElseThrow());
            assertEquals(List.of(kyivStrike()), store.events(EventQuery.all()));
        }
    }

    @Test
    void sameEventFromASecondArticleGainsTheMention() {
        try (SqliteStore store = open()) {
            store.put(A1, List.of(kyivStrike()));
            assertTrue(store.put(A2, List.of(kyivStrikeFrom(A2))));
            Event e = store.event("e1").orElseThrow();
            assertEquals(new Sources(2, 2), e.sources());
            assertEquals(List.of("a1", "a2"), e.mentions().stream().map(Evidence::articleId).toList());
            assertEquals(kyivStrikeFrom(A2).mentions().get(0), e.mentions().get(1));
            // The first article's reading of the event's fields stands.
            assertEquals(kyivStrike().modes(), e.modes());
            assertEquals(kyivStrike().actors(), e.actors());
            assertEquals(kyivStrike().quantities(), e.quantities());
            assertEquals(1, store.stats().events());
            assertEquals(2, store.stats().mentions());
        }
    }

    @Test
    void independentSourcesCountDistinctOutletsAndAtLeastOne() {
        Article sameOutlet = new Article("a3", "003", "kyiv independent", null, null, null, "x", "-");
        Article noOutlet = new Article("a4", "004", null, null, null, null, "y", "-");
        try (SqliteStore store = open()) {
            store.put(A1, List.of(kyivStrike()));
            store.put(sameOutlet, List.of(kyivStrikeFrom(sameOutlet)));
            assertEquals(new Sources(2, 1), store.event("e1").orElseThrow().sources());
            store.put(noOutlet, List.of(kyivStrikeFrom(noOutlet)));
            assertEquals(new Sources(3, 1), store.event("e1").orElseThrow().sources());

            Event unsourced = new Event("e9", EventType.AID, List.of(), List.of(), Factuality.REPORTED, null,
                    List.of(), null, List.of(), List.of(),
                    List.of(new Evidence("004", "a4", null, 0, 1, "y", List.of())), new Sources(1, 1));
            Article another = new Article("a5", "005", null, null, null, null, "z", "-");
            store.put(another, List.of(unsourced));
            assertEquals(new Sources(1, 1), store.event("e9").orElseThrow().sources());
        }
    }

    @Test
    void aMentionWithoutArticleIdIsFiledUnderTheArticleBeingPut() {
        Event e = kyivStrike();
        Evidence anonymous = new Evidence("001_kyiv", null, "Kyiv Independent", 1, 2, "x", List.of());
        Event withAnonymous = new Event(e.id(), e.type(), e.modes(), e.contexts(), e.factuality(), e.date(),
                e.actors(), e.location(), e.quantities(), e.claimedBy(), List.of(anonymous), e.sources());
        try (SqliteStore store = open()) {
            store.put(A1, List.of(withAnonymous));
            assertEquals("a1", store.event("e1").orElseThrow().mentions().get(0).articleId());
        }
    }

    @Test
    void aFailureMidPutLeavesNothingOfTheArticle() {
        Article a3 = new Article("a3", "003", "AP", null, null, null, "t", "-");
        // The second event cites an article that was never stored: the put fails after rows were written.
        Event citesUnknown = kyivStrikeFrom(new Article("ghost", "099_ghost", "AP", null, null, null, "g", "-"));
        try (SqliteStore store = open()) {
            store.put(A1, List.of(kyivStrike()));
            StoreStats before = store.stats();
            StoreException ex = assertThrows(StoreException.class,
                    () -> store.put(a3, List.of(lvivProtest(), citesUnknown)));
            assertTrue(ex.getMessage().contains("ghost"), ex.getMessage());
            assertTrue(ex.getMessage().contains("put that article first"), ex.getMessage());
            assertFalse(store.hasArticle("a3"));
            assertTrue(store.event("e2").isEmpty());
            assertEquals(before, store.stats());
            // The store still works afterwards.
            assertTrue(store.put(a3, List.of(lvivProtest())));
        }
    }

    @Test
    void aForcedSqlErrorRollsBackTheWholeArticle() throws SQLException {
        Path db = dir.resolve("sitrep.db");
        open().close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TRIGGER boom BEFORE INSERT ON quantities WHEN NEW.item = 'boom'"
                    + " BEGIN SELECT RAISE(ABORT, 'forced failure'); END");
        }
        Event e = kyivStrike();
        Event failing = new Event("e5", e.type(), e.modes(), e.contexts(), e.factuality(), e.date(), e.actors(),
                e.location(), List.of(new Quantity("boom", null, 1, Bound.EXACT, null, 0, 1)), e.claimedBy(),
                e.mentions(), e.sources());
        try (SqliteStore store = SqliteStore.open(db)) {
            StoreException ex = assertThrows(StoreException.class, () -> store.put(A1, List.of(e, failing)));
            assertTrue(ex.getMessage().contains("a1") && ex.getMessage().contains("forced failure"), ex.getMessage());
            assertTrue(ex.getMessage().contains("nothing of it was stored"), ex.getMessage());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            for (String table : List.of("articles", "events", "event_actors", "quantities", "mentions")) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
                    rs.next();
                    assertEquals(0, rs.getInt(1), table);
                }
            }
        }
    }

    @Test
    void statsCountWhatIsStored() {
        try (SqliteStore store = open()) {
            StoreStats empty = store.stats();
            assertEquals(new StoreStats(0, 0, 0, Map.of(), Map.of(), null, null), empty);
            store.put(A1, List.of(kyivStrike(), lvivProtest(), plannedDeal()));
            store.put(A2, List.of(kyivStrikeFrom(A2)));
            StoreStats s = store.stats();
            assertEquals(2, s.articles());
            assertEquals(3, s.events());
            assertEquals(4, s.mentions());
            assertEquals(Map.of("ASSAULT", 1, "PROTEST", 1, "AGREE", 1), s.eventsByType());
            assertEquals(List.of("reported", "future"), List.copyOf(s.eventsByFactuality().keySet()));
            assertEquals(Map.of("reported", 2, "future", 1), s.eventsByFactuality());
            assertEquals(LocalDate.of(2024, 9, 1), s.firstEventDate());
            assertEquals(LocalDate.of(2024, 10, 21), s.lastEventDate());
        }
    }

    @Test
    void reopeningKeepsDataAndDoesNotRerunMigrations() throws SQLException {
        Path db = dir.resolve("sitrep.db");
        try (SqliteStore store = SqliteStore.open(db)) {
            store.put(A1, List.of(kyivStrike()));
        }
        List<String> versions = schemaVersions(db);
        assertEquals(Migrations.count(), versions.size());
        try (SqliteStore store = SqliteStore.open(db)) {
            assertEquals(kyivStrike(), store.event("e1").orElseThrow());
            assertEquals(A1, store.article("a1").orElseThrow());
        }
        assertEquals(versions, schemaVersions(db));
    }

    @Test
    void twoProcessesOpeningANewDatabaseAtOnceMigrateItOnce() throws Exception {
        Path db = dir.resolve("sitrep.db");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Boolean>> puts = new ArrayList<>();
            for (Article a : List.of(A1, A2)) {
                puts.add(pool.submit(() -> {
                    go.await();
                    try (SqliteStore store = SqliteStore.open(db)) {
                        return store.put(a, List.of(kyivStrikeFrom(a)));
                    }
                }));
            }
            go.countDown();
            for (Future<Boolean> f : puts) {
                assertTrue(f.get(30, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(Migrations.count(), schemaVersions(db).size());
        try (SqliteStore store = SqliteStore.open(db)) {
            assertEquals(new Sources(2, 2), store.event("e1").orElseThrow().sources());
        }
    }

    @Test
    void usesWalJournalAndForeignKeys() throws SQLException {
        Path db = dir.resolve("sitrep.db");
        open().close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
            rs.next();
            assertEquals("wal", rs.getString(1));
        }
    }

    @Test
    void missingDirectoryIsReportedWithThePath() {
        Path db = dir.resolve("no-such-dir").resolve("sitrep.db");
        StoreException ex = assertThrows(StoreException.class, () -> SqliteStore.open(db));
        assertTrue(ex.getMessage().contains(db.toString()), ex.getMessage());
        assertTrue(ex.getMessage().contains("does not exist"), ex.getMessage());
        assertFalse(Files.exists(db.getParent()));
    }

    @Test
    void aFileThatIsNotADatabaseIsReportedWithThePath() throws Exception {
        Path notDb = dir.resolve("notes.db");
        Files.writeString(notDb, "this is not sqlite, just some text long enough to fill a header page");
        StoreException ex = assertThrows(StoreException.class, () -> SqliteStore.open(notDb));
        assertTrue(ex.getMessage().contains(notDb.toString()), ex.getMessage());
    }

    @Test
    void aDatabaseFromANewerSitrepIsRefused() throws SQLException {
        Path db = dir.resolve("sitrep.db");
        open().close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO schema_version VALUES (99, 'future', '2030-01-01T00:00:00Z')");
        }
        StoreException ex = assertThrows(StoreException.class, () -> SqliteStore.open(db));
        assertTrue(ex.getMessage().contains("schema version 99"), ex.getMessage());
        assertTrue(ex.getMessage().contains(db.toString()), ex.getMessage());
    }

    private static List<String> schemaVersions(Path db) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT version || ' ' || description || ' ' || applied_at"
                     + " FROM schema_version ORDER BY version")) {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        }
    }
}
