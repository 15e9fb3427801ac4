package org.sitrep.web;

import static org.sitrep.store.Fixtures.A1;
import static org.sitrep.store.Fixtures.A2;
import static org.sitrep.store.Fixtures.eventOf;
import static org.sitrep.store.Fixtures.kyivStrikeMention;
import static org.sitrep.store.Fixtures.kyivStrikeMentionFrom;
import static org.sitrep.store.Fixtures.lvivProtestMention;
import static org.sitrep.store.Fixtures.plannedDealMention;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.sitrep.store.SqliteSearch;
import org.sitrep.store.SqliteStore;

/**
 * The desk over the store fixtures, on a free loopback port: e2 (2024-09-01, Lviv protest), e1 (night of
 * 2024-10-20, Kyiv strike, told by articles a1 and a2), e3 (undated future deal).
 */
final class TestDesk implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();

    final SqliteStore store;
    final SqliteSearch search;
    final WebServer server;
    /** Store ids are hashes; the tests speak of e1, e2, e3. */
    private final Map<String, String> names;
    private final HttpClient http = HttpClient.newHttpClient();

    record Reply(int status, String body, HttpResponse<String> raw) {
        JsonNode json() throws IOException {
            return JSON.readTree(body);
        }
    }

    TestDesk(Path dir) {
        Path db = dir.resolve("web.db");
        store = SqliteStore.open(db);
        store.put(A1, List.of(kyivStrikeMention(), lvivProtestMention(), plannedDealMention()));
        store.put(A2, List.of(kyivStrikeMentionFrom(A2)));
        names = Map.of(eventOf(A1, kyivStrikeMention()).id(), "e1", eventOf(A1, lvivProtestMention()).id(), "e2",
                eventOf(A1, plannedDealMention()).id(), "e3");
        search = SqliteSearch.open(db);
        server = WebServer.start(store, search, "127.0.0.1", 0);
    }

    Reply get(String pathAndQuery) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.port() + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString());
        return new Reply(r.statusCode(), r.body(), r);
    }

    /** The test's name of a stored event id (e1, e2, e3), or the id itself. */
    String name(String id) {
        return names.getOrDefault(id, id);
    }

    /** The stored id of e1, e2 or e3. */
    String id(String name) {
        return names.entrySet().stream().filter(e -> e.getValue().equals(name)).map(Map.Entry::getKey).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no test event " + name));
    }

    @Override
    public void close() {
        server.close();
        search.close();
        store.close();
    }
}
