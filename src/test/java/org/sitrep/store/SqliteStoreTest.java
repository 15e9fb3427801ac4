package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.store.Fixtures.A1;
import static org.sitrep.store.Fixtures.A2;
import static org.sitrep.store.Fixtures.UNDATED;
import static org.sitrep.store.Fixtures.eventOf;
import static org.sitrep.store.Fixtures.kyivStrike;
import static org.sitrep.store.Fixtures.kyivStrikeMention;
import static org.sitrep.store.Fixtures.kyivStrikeMentionFrom;
import static org.sitrep.store.Fixtures.lvivProtestMention;
import static org.sitrep.store.Fixtures.plannedDealMention;

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
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.cluster.Affiliations;
import org.sitrep.model.Actor;
import org.sitrep.model.Article;
import org.sitrep.model.Bound;
import org.sitrep.model.Dispute;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Evidence;
import org.sitrep.model.Factuality;
import org.sitrep.model.GeoPrecision;
import org.sitrep.model.Location;
import org.sitrep.model.Mention;
import org.sitrep.model.Quantity;
import org.sitrep.model.Role;
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
            assertTrue(store.put(A1, List.of(kyivStrikeMention(), lvivProtestMention(), plannedDealMention())));
            assertTrue(store.hasArticle("a1"));
            Event strike = eventOf(A1, kyivStrikeMention());
            Event protest = eventOf(A1, lvivProtestMention());
            Event deal = eventOf(A1, plannedDealMention());
            assertEquals(strike, store.event(strike.id()).orElseThrow());
            assertEquals(protest, store.event(protest.id()).orElseThrow());
            assertEquals(deal, store.event(deal.id()).orElseThrow());
            assertEquals(A1, store.article("a1").orElseThrow());
            assertTrue(store.event("nope").isEmpty());
            assertTrue(store.article("nope").isEmpty());
            // By date start, undated last.
            assertEquals(List.of(protest, strike, deal), store.events(EventQuery.all()));
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
            assertTrue(store.put(A1, List.of(kyivStrikeMention())));
            StoreStats before = store.stats();
            Article sameIdOtherText = new Article("a1", "other", null, null, null, null, "changed", "-");
            assertFalse(store.put(sameIdOtherText, List.of(lvivProtestMention())));
            assertEquals(before, store.stats());
            assertEquals(A1, store.article("a1").orElseThrow());
            assertEquals(List.of(eventOf(A1, kyivStrikeMention())), store.events(EventQuery.all()));
        }
    }

    @Test
    void theSameHappeningFromASecondArticleJoinsTheEvent() {
        try (SqliteStore store = open()) {
            store.put(A1, List.of(kyivStrikeMention()));
            String id = eventOf(A1, kyivStrikeMention()).id();
            assertTrue(store.put(A2, List.of(kyivStrikeMentionFrom(A2))));
            Event e = store.event(id).orElseThrow();
            assertEquals(new Sources(2, 2), e.sources());
            assertEquals(List.of("a1", "a2"), e.mentions().stream().map(Evidence::articleId).toList());
            assertEquals(kyivStrikeMentionFrom(A2).evidence(), e.mentions().get(1));
            // The second report names no recipient and gives no counts: the first one's stand.
            assertEquals(kyivStrike().actors(), e.actors());
            assertEquals(kyivStrike().location(), e.location());
            assertEquals(kyivStrike().quantities(), e.quantities());
            assertEquals(1, store.stats().events());
            assertEquals(2, store.stats().mentions());
        }
    }

    @Test
    void aWordForWordReprintByAnotherOutletCountsAsAnArticleButNotAsAWitness() {
        Article reprint = new Article(A1.id(), "007_reprint", "Ukrinform", "https://example.org/copy", null,
                LocalDate.of(2024, 10, 21), A1.text(), "copy.txt");
        try (SqliteStore store = open()) {
            store.put(A1, List.of(kyivStrikeMention()));
            String id = eventOf(A1, kyivStrikeMention()).id();
            assertTrue(store.putReprint(reprint));
            assertEquals(new Sources(2, 1), store.event(id).orElseThrow().sources());
            // The same outlet again, in any case, changes nothing; nor does the original's own outlet.
            assertFalse(store.putReprint(reprint));
            assertFalse(store.putReprint(withSource(reprint, " ukrinform ")));
            assertFalse(store.putReprint(withSource(reprint, A1.source().toUpperCase())));
            assertFalse(store.putReprint(withSource(reprint, null)));
            assertEquals(new Sources(2, 1), store.event(id).orElseThrow().sources());
            // A rebuild reads the reprint back.
            store.recluster();
            assertEquals(new Sources(2, 1), store.event(id).orElseThrow().sources());
            assertEquals(1, store.articles().size());
        }
    }

    @Test
    void aReprintOfAnUnstoredOrUnattributedArticleIsNotRecorded() {
        Article copyOfNothing = new Article("zz", "009_copy", "Ukrinform", null, null, null, "Some text.", "-");
        Article unattributed = new Article(A1.id(), A1.doc(), null, null, null, A1.published(), A1.text(), "-");
        try (SqliteStore store = open()) {
            assertFalse(store.putReprint(copyOfNothing));
            store.put(unattributed, List.of(kyivStrikeMention()));
            // The original's outlet is unknown, so the copy may be that outlet's own: not counted.
            assertFalse(store.putReprint(withSource(unattributed, "Reuters")));
            assertEquals(new Sources(1, 1), store.events(EventQuery.all()).get(0).sources());
        }
    }

    private static Article withSource(Article a, String source) {
        return new Article(a.id(), a.doc(), source, a.url(), a.title(), a.published(), a.text(), a.origin());
    }

    @Test
    void aPersonActsForTheStateTheAffiliationsGiveWhenMentionsAreFiled() {
        // The second report names a commander the shipped tables do not know; the user's file says he is Russia's.
        Mention byState = kyivStrikeMention();
        Mention m = kyivStrikeMentionFrom(A2);
        Actor commander = new Actor(Role.ACTOR, "Ivan Testov", "person:ivan-testov", List.of("Testov"));
        Mention byPerson = new Mention(m.type(), m.modes(), m.contexts(), m.factuality(), m.date(), List.of(commander),
                m.location(), m.quantities(), m.claimedBy(), m.evidence());
        try (SqliteStore store = SqliteStore.open(dir.resolve("known.db"),
                Affiliations.of(Map.of("person:ivan-testov", "RUS")))) {
            store.put(A1, List.of(byState));
            store.put(A2, List.of(byPerson));
            assertEquals(1, store.stats().events());
        }
        try (SqliteStore store = SqliteStore.open(dir.resolve("unknown.db"), Affiliations.none())) {
            store.put(A1, List.of(byState));
            store.put(A2, List.of(byPerson));
            assertEquals(2, store.stats().events());
        }
    }

    @Test
    void differingFiguresAreKeptAsADisputeWithTheirSources() {
        Article other = new Article("a3", "003_other", "Ukrainska Pravda", null, null, LocalDate.of(2024, 10, 21),
                "Other words entirely. Russia launched 110 Shahed drones at Kyiv overnight.", "-");
        Mention first = kyivStrikeMention();
        Evidence ev = new Evidence(other.doc(), other.id(), other.source(), 22, 75,
                "Russia launched 110 Shahed drones at Kyiv overnight.", List.of());
        Mention second = new Mention(first.type(), first.modes(), first.contexts(), first.factuality(), first.date(),
                first.actors(), first.location(), List.of(new Quantity("drone", "Shahed", 110, Bound.EXACT,
                "launched", 38, 41)), List.of(), ev);
        try (SqliteStore store = open()) {
            store.put(A1, List.of(first));
            store.put(other, List.of(second));
            Event e = store.event(eventOf(A1, first).id()).orElseThrow();
            Dispute d = e.disputes().stream().filter(x -> x.field().equals("quantities.drone.launched"))
                    .findFirst().orElseThrow(() -> new AssertionError("no drone dispute in " + e.disputes()));
            assertEquals(List.of(116L, 110L), d.values().stream().map(Dispute.Value::value).sorted(
                    (x, y) -> Long.compare((Long) y, (Long) x)).toList());
            assertTrue(d.values().stream().anyMatch(v -> v.sources().contains("003_other")), d.toString());
            assertTrue(d.values().stream().anyMatch(v -> v.sources().contains("001_kyiv")), d.toString());
        }
    }

    @Test
    void differentPlacesStayDifferentEvents() {
        Mention kyiv = kyivStrikeMention();
        Article other = new Article("a3", "003_lviv", "Lviv Post", null, null, LocalDate.of(2024, 10, 21),
                "Russia hit Lviv with drones overnight.", "-");
        Mention lviv = new Mention(kyiv.type(), kyiv.modes(), kyiv.contexts(), kyiv.factuality(), kyiv.date(),
                kyiv.actors(), new Location("Lviv", "UA", "Lviv Oblast", 49.84, 24.03, GeoPrecision.CITY),
                List.of(), List.of(), new Evidence(other.doc(), other.id(), other.source(), 0, 38, other.text(),
                List.of()));
        try (SqliteStore store = open()) {
            store.put(A1, List.of(kyiv));
            store.put(other, List.of(lviv));
            assertEquals(2, store.stats().events());
        }
    }

    @Test
    void aMentionWithoutArticleIdIsFiledUnderTheArticleBeingPut() {
        Mention m = kyivStrikeMention();
        Evidence anonymous = new Evidence("001_kyiv", null, "Kyiv Independent", 1, 2, "x", List.of());
        Mention withAnonymous = new Mention(m.type(), m.modes(), m.contexts(), m.factuality(), m.date(), m.actors(),
                m.location(), m.quantities(), m.claimedBy(), anonymous);
        try (SqliteStore store = open()) {
            store.put(A1, List.of(withAnonymous));
            assertEquals("a1", store.events(EventQuery.all()).get(0).mentions().get(0).articleId());
        }
    }

    @Test
    void aMentionCitingAnotherArticleIsRefusedAndNothingIsStored() {
        Article a3 = new Article("a3", "003", "AP", null, null, null, "t", "-");
        Mention citesOther = kyivStrikeMentionFrom(new Article("ghost", "099_ghost", "AP", null, null, null, "g", "-"));
        Mention own = kyivStrikeMentionFrom(a3);
        try (SqliteStore store = open()) {
            StoreException ex = assertThrows(StoreException.class,
                    () -> store.put(a3, List.of(own, citesOther)));
            assertTrue(ex.getMessage().contains("ghost"), ex.getMessage());
            assertFalse(store.hasArticle("a3"));
            assertEquals(0, store.stats().events());
        }
    }

    @Test
    void aForcedSqlErrorRollsBackTheWholeArticle() throws SQLException {
        Path db = dir.resolve("sitrep.db");
        open().close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TRIGGER boom BEFORE INSERT ON mentions WHEN NEW.text = 'boom'"
                    + " BEGIN SELECT RAISE(ABORT, 'forced failure'); END");
        }
        Mention m = kyivStrikeMention();
        Mention failing = new Mention(EventType.PROTEST, List.of(), List.of(), Factuality.REPORTED, null, List.of(),
                null, List.of(), List.of(), new Evidence("001_kyiv", "a1", null, 0, 4, "boom", List.of()));
        try (SqliteStore store = SqliteStore.open(db)) {
            StoreException ex = assertThrows(StoreException.class, () -> store.put(A1, List.of(m, failing)));
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
            store.put(A1, List.of(kyivStrikeMention(), lvivProtestMention(), plannedDealMention()));
            store.put(A2, List.of(kyivStrikeMentionFrom(A2)));
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
    void reclusterKeepsIdsAndGivesTheSameEvents() {
        try (SqliteStore store = open()) {
            store.put(A1, List.of(kyivStrikeMention(), lvivProtestMention(), plannedDealMention()));
            store.put(A2, List.of(kyivStrikeMentionFrom(A2)));
            List<Event> before = store.events(EventQuery.all());
            EventStore.Rebuild r = store.recluster();
            assertEquals(new EventStore.Rebuild(4, 3, 3, 3, 0), r);
            assertEquals(before, store.events(EventQuery.all()));
        }
    }

    @Test
    void eventsBuiltInAnotherOrderGetTheSameIdsAfterRecluster() {
        Path other = dir.resolve("other.db");
        try (SqliteStore a = open(); SqliteStore b = SqliteStore.open(other)) {
            a.put(A1, List.of(kyivStrikeMention(), lvivProtestMention()));
            a.put(A2, List.of(kyivStrikeMentionFrom(A2)));
            b.put(A2, List.of(kyivStrikeMentionFrom(A2)));
            b.put(A1, List.of(kyivStrikeMention(), lvivProtestMention()));
            a.recluster();
            b.recluster();
            assertEquals(a.events(EventQuery.all()), b.events(EventQuery.all()));
        }
    }

    @Test
    void anIdWhoseEventMergedAwayStillResolves() {
        try (SqliteStore store = open()) {
            // Stored in the wrong order the later report founds the event; the earlier one then renames it.
            store.put(A2, List.of(kyivStrikeMentionFrom(A2)));
            String foundedLate = store.events(EventQuery.all()).get(0).id();
            store.put(A1, List.of(kyivStrikeMention()));
            String ids = store.events(EventQuery.all()).stream().map(Event::id).toList().toString();
            assertEquals(1, store.stats().events(), ids);
            String first = eventOf(A1, kyivStrikeMention()).id();
            assertEquals(first, store.events(EventQuery.all()).get(0).id());
            assertEquals(Optional.of(first), store.resolve(foundedLate));
            assertEquals(first, store.event(foundedLate).orElseThrow().id());
            store.recluster();
            assertEquals(Optional.of(first), store.resolve(first));
            assertEquals(Optional.of(first), store.resolve(foundedLate));
        }
    }

    @Test
    void replacingMentionsRebuildsTheEventsAndOldIdsResolve() {
        try (SqliteStore store = open()) {
            store.put(A1, List.of(kyivStrikeMention(), lvivProtestMention()));
            String protest = eventOf(A1, lvivProtestMention()).id();
            String strike = eventOf(A1, kyivStrikeMention()).id();
            // A newer extractor no longer reads the protest, and reads the strike sentence the same.
            EventStore.Rebuild r = store.replaceMentions(Map.of("a1", List.of(kyivStrikeMention())));
            assertEquals(1, r.eventsAfter());
            assertTrue(store.event(protest).isEmpty());
            assertEquals(strike, store.event(strike).orElseThrow().id());
            StoreException ex = assertThrows(StoreException.class,
                    () -> store.replaceMentions(Map.of("nope", List.of())));
            assertTrue(ex.getMessage().contains("nope"), ex.getMessage());
        }
    }

    @Test
    void aVersionOneDatabaseIsMigratedWithItsEvents() throws Exception {
        Path db = dir.resolve("v1.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, description TEXT NOT NULL,"
                    + " applied_at TEXT NOT NULL)");
            for (String sql : Migrations.statements(new String(SqliteStoreTest.class.getResourceAsStream(
                    "/db/migration/V1__init.sql").readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))) {
                s.executeUpdate(sql);
            }
            s.executeUpdate("INSERT INTO schema_version VALUES (1, 'init', '2026-01-01T00:00:00Z')");
            s.executeUpdate("INSERT INTO articles (id, doc, source, published, text, ingested_at) VALUES"
                    + " ('a1', '001_kyiv', 'Kyiv Independent', '2024-10-21', 'Intro. x', '2026-01-01')");
            s.executeUpdate("INSERT INTO events (id, type, factuality, date_start, date_end, date_precision, modes,"
                    + " location_name, location_country, location_admin1, location_lat, location_lon,"
                    + " location_precision) VALUES ('ev-0123456789ab', 'ASSAULT', 'reported', '2024-10-20',"
                    + " '2024-10-21', 'night', '[\"drone\"]', 'Kyiv', 'UA', 'Kyiv City', 50.45, 30.52, 'city')");
            s.executeUpdate("INSERT INTO event_actors VALUES ('ev-0123456789ab', 0, 'actor', 'RUS', 'Russia', '[]')");
            s.executeUpdate("INSERT INTO quantities VALUES ('ev-0123456789ab', 0, 'drone', 'Shahed', 116, 'exact',"
                    + " 'launched', 3, 9)");
            s.executeUpdate("INSERT INTO mentions (event_id, article_id, doc, source, start_char, end_char, text)"
                    + " VALUES ('ev-0123456789ab', 'a1', '001_kyiv', 'Kyiv Independent', 7, 8, 'x')");
        }
        try (SqliteStore store = SqliteStore.open(db)) {
            Event e = store.event("ev-0123456789ab").orElseThrow();
            assertEquals(new Sources(1, 1), e.sources());
            assertEquals("Kyiv", e.location().name());
            assertEquals(116, e.quantities().get(0).count());
            assertEquals("RUS", e.actors().get(0).id());
            // The migrated mention is whole: a rebuild gives the event back under its id.
            store.recluster();
            Event again = store.event("ev-0123456789ab").orElseThrow();
            assertEquals("ev-0123456789ab", again.id());
            assertEquals(e.quantities(), again.quantities());
            assertEquals(e.location(), again.location());
        }
    }

    @Test
    void reopeningKeepsDataAndDoesNotRerunMigrations() throws SQLException {
        Path db = dir.resolve("sitrep.db");
        try (SqliteStore store = SqliteStore.open(db)) {
            store.put(A1, List.of(kyivStrikeMention()));
        }
        List<String> versions = schemaVersions(db);
        assertEquals(Migrations.count(), versions.size());
        try (SqliteStore store = SqliteStore.open(db)) {
            assertEquals(eventOf(A1, kyivStrikeMention()), store.events(EventQuery.all()).get(0));
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
                        return store.put(a, List.of(kyivStrikeMentionFrom(a)));
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
            assertEquals(new Sources(2, 2), store.events(EventQuery.all()).get(0).sources());
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
