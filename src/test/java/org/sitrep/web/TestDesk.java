package org.sitrep.web;

import static org.sitrep.store.Fixtures.A1;
import static org.sitrep.store.Fixtures.A2;
import static org.sitrep.store.Fixtures.kyivStrike;
import static org.sitrep.store.Fixtures.kyivStrikeFrom;
import static org.sitrep.store.Fixtures.lvivProtest;
import static org.sitrep.store.Fixtures.plannedDeal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
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
    private final HttpClient http = HttpClient.newHttpClient();

    record Reply(int status, String body, HttpResponse<String> raw) {
        JsonNode json() throws IOException {
            return JSON.readTree(body);
        }
    }

    TestDesk(Path dir) {
        Path db = dir.resolve("web.db");
        store = SqliteStore.open(db);
        store.put(A1, List.of(kyivStrike(), lvivProtest(), plannedDeal()));
        store.put(A2, List.of(kyivStrikeFrom(A2)));
        search = SqliteSearch.open(db);
        server = WebServer.start(store, search, "127.0.0.1", 0);
    }

    Reply get(String pathAndQuery) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.port() + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString());
        return new Reply(r.statusCode(), r.body(), r);
    }

    @Override
    public void close() {
        server.close();
        search.close();
        store.close();
    }
}
