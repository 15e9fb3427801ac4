package org.sitrep.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The served OpenAPI description and the API agree: the same paths, parameters and response fields. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiTest {

    /** Parameters a path needs one of (no single one is required), chosen to hit the test desk's data. */
    private static final Map<String, String> EXTRA = Map.of("/api/brief", "date=2024-10-21");

    private TestDesk desk;
    private JsonNode spec;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        desk = new TestDesk(dir);
        TestDesk.Reply r = desk.get(WebServer.OPENAPI_PATH);
        assertEquals(200, r.status());
        spec = r.json();
    }

    @AfterAll
    void stop() {
        desk.close();
    }

    private Map<String, Set<String>> described() {
        Map<String, Set<String>> out = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = spec.get("paths").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            assertEquals(Set.of("get"), names(path.getValue()), path.getKey() + ": the API only answers GET");
            Set<String> params = new TreeSet<>();
            for (JsonNode p : path.getValue().at("/get/parameters")) {
                if (p.get("in").asText().equals("query")) {
                    params.add(p.get("name").asText());
                }
            }
            out.put(path.getKey(), params);
        }
        return out;
    }

    @Test
    void describesEveryRouteWithExactlyItsParameters() {
        Map<String, Set<String>> served = new TreeMap<>();
        for (Route r : desk.server.routes()) {
            served.put(r.path(), new TreeSet<>(r.params()));
        }
        served.put(WebServer.OPENAPI_PATH, Set.of());
        assertEquals(served, described());
    }

    @Test
    void everyDescribedPathAnswersWithTheDescribedFields() throws Exception {
        for (Map.Entry<String, Set<String>> path : described().entrySet()) {
            JsonNode op = spec.at("/paths/" + path.getKey().replace("~", "~0").replace("/", "~1") + "/get");
            // Ids that exist in the test desk, for path parameters.
            String id = path.getKey().startsWith("/api/events/") ? desk.id("e1") : "a1";
            String url = path.getKey().replace("{id}", id) + query(op, EXTRA.getOrDefault(path.getKey(), ""));
            TestDesk.Reply r = desk.get(url);
            assertEquals(200, r.status(), url + " -> " + r.body());
            JsonNode content = op.at("/responses/200/content");
            if (content.has("application/json")) {
                checkRequired(url, schema(content.at("/application~1json/schema")), r.json());
            }
            for (String code : names(op.get("responses"))) {
                assertTrue(Set.of("200", "400", "404").contains(code), url + " documents " + code);
            }
        }
    }

    @Test
    void documentsTheErrors() throws Exception {
        JsonNode error = schema(spec.at("/paths/~1api~1events~1{id}/get/responses/404/content/application~1json/schema"));
        checkRequired("404", error, desk.get("/api/events/nope").json());
        checkRequired("400", error, desk.get("/api/events?type=x").json());
    }

    /** The query string built from the required parameters' examples, and {@code extra}. */
    private static String query(JsonNode op, String extra) {
        List<String> parts = new ArrayList<>();
        if (!extra.isEmpty()) {
            parts.add(extra);
        }
        for (JsonNode p : op.path("parameters")) {
            if (p.get("in").asText().equals("query") && p.path("required").asBoolean()) {
                JsonNode ex = p.get("example");
                String v = ex.isArray() ? ex.get(0).asText() : ex.asText();
                parts.add(p.get("name").asText() + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8));
            }
        }
        return parts.isEmpty() ? "" : "?" + String.join("&", parts);
    }

    /** Every property the schema requires is there, recursively through objects and arrays. */
    private void checkRequired(String where, JsonNode schema, JsonNode value) {
        if (value == null || value.isNull()) {
            return;
        }
        if (schema.has("required")) {
            for (JsonNode name : schema.get("required")) {
                assertTrue(value.has(name.asText()), where + " lacks " + name.asText() + ": " + value);
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            JsonNode s = schema(p.getValue());
            JsonNode v = value.get(p.getKey());
            if (v != null && v.isArray() && s.has("items")) {
                for (JsonNode item : v) {
                    checkRequired(where + "." + p.getKey() + "[]", schema(s.get("items")), item);
                }
            } else if (v != null && v.isObject()) {
                checkRequired(where + "." + p.getKey(), s, v);
            }
        }
    }

    private JsonNode schema(JsonNode s) {
        if (s.has("$ref")) {
            return spec.at(s.get("$ref").asText().substring(1));
        }
        return s;
    }

    private static Set<String> names(JsonNode object) {
        Set<String> out = new TreeSet<>();
        object.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
