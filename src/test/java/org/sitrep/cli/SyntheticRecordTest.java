package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Event;
import org.sitrep.query.EventQuery;
import org.sitrep.store.SqliteStore;

class SyntheticRecordTest {
    @Test
    void fillsTheStoreUpToTheEventsAskedForWithMergedRetellings(@TempDir Path dir) {
        try (SqliteStore store = SqliteStore.open(dir.resolve("s.db"))) {
            int articles = new SyntheticRecord(7).fill(store, 300, n -> { });
            List<Event> events = store.events(EventQuery.all());
            assertTrue(events.size() >= 300 && events.size() < 300 + 2 * 25, events.size() + " events");
            assertEquals(articles, store.stats().articles());
            // Retold reports join the event they retell.
            assertTrue(events.stream().anyMatch(e -> e.sources().articles() > 1));
            // Evidence offsets point into the stored article text.
            for (Event e : events.subList(0, 20)) {
                String text = store.article(e.mentions().get(0).articleId()).orElseThrow().text();
                assertEquals(e.mentions().get(0).text(),
                        text.substring(e.mentions().get(0).start(), e.mentions().get(0).end()));
            }
        }
    }

    @Test
    void theSameSeedGivesTheSameRecord(@TempDir Path dir) {
        List<String> first;
        List<String> second;
        try (SqliteStore a = SqliteStore.open(dir.resolve("a.db")); SqliteStore b = SqliteStore.open(dir.resolve("b.db"))) {
            new SyntheticRecord(11).fill(a, 100, n -> { });
            new SyntheticRecord(11).fill(b, 100, n -> { });
            first = a.events(EventQuery.all()).stream().map(Event::id).toList();
            second = b.events(EventQuery.all()).stream().map(Event::id).toList();
        }
        assertEquals(first, second);
    }
}
