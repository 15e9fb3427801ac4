package org.sitrep.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.store.Fixtures.A1;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The API over HTTP on a loopback port: every path, good and bad requests, headers. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebServerTest {
    private static final ObjectMapper JSON = TestDesk.JSON;
    private TestDesk desk;

    @BeforeAll
    void start(@TempDir Path dir) {
        desk = new TestDesk(dir);
    }

    @AfterAll
    void stop() {
        desk.close();
    }

    private TestDesk.Reply get(String pathAndQuery) throws Exception {
        return desk.get(pathAndQuery);
    }

    private List<String> ids(JsonNode events) {
        List<String> out = new ArrayList<>();
        events.forEach(e -> out.add(desk.name(e.get("id").asText())));
        return out;
    }

    /** The status is 400 and the JSON message contains every fragment. */
    private void badRequest(String pathAndQuery, String... fragments) throws Exception {
        TestDesk.Reply r = get(pathAndQuery);
        assertEquals(400, r.status(), pathAndQuery + " -> " + r.body());
        JsonNode n = r.json();
        assertEquals(400, n.get("status").asInt());
        assertEquals("Bad Request", n.get("error").asText());
        for (String f : fragments) {
            assertTrue(n.get("message").asText().contains(f), pathAndQuery + ": " + n.get("message").asText());
        }
    }

    private void notFound(String pathAndQuery, String fragment) throws Exception {
        TestDesk.Reply r = get(pathAndQuery);
        assertEquals(404, r.status(), r.body());
        assertTrue(r.json().get("message").asText().contains(fragment), r.body());
    }

    @Test
    void servesThePageAndItsFiles() throws Exception {
        TestDesk.Reply page = get("/");
        assertEquals(200, page.status());
        assertTrue(page.body().contains("<script type=\"module\" src=\"/js/app.js\">"), page.body());
        assertTrue(page.raw().headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        TestDesk.Reply js = get("/js/app.js");
        assertEquals(200, js.status());
        assertTrue(js.raw().headers().firstValue("Content-Type").orElse("").contains("javascript"));
        assertEquals(200, get("/map/outlines.json").status());
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        for (String path : List.of("/", "/style.css", "/api/stats", "/api/events?type=BOMBING", "/api/events/nope",
                "/api/nothing", "/nothing.html", "/api/openapi.json")) {
            HttpResponse<String> r = get(path).raw();
            assertEquals(WebServer.CONTENT_SECURITY_POLICY,
                    r.headers().firstValue("Content-Security-Policy").orElse(null), path);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null), path);
        }
        assertTrue(WebServer.CONTENT_SECURITY_POLICY.contains("script-src 'self';"));
        assertFalse(WebServer.CONTENT_SECURITY_POLICY.contains("unsafe"));
    }

    @Test
    void listsEventsInEitherOrderAPageAtATime() throws Exception {
        JsonNode all = get("/api/events").json();
        assertEquals(List.of("e2", "e1", "e3"), ids(all.get("events")));
        assertFalse(all.get("more").asBoolean());
        assertEquals(List.of("e1", "e2", "e3"), ids(get("/api/events?sort=-date").json().get("events")));
        JsonNode first = get("/api/events?limit=2").json();
        assertEquals(List.of("e2", "e1"), ids(first.get("events")));
        assertTrue(first.get("more").asBoolean());
        JsonNode second = get("/api/events?limit=2&offset=2").json();
        assertEquals(List.of("e3"), ids(second.get("events")));
        assertFalse(second.get("more").asBoolean());
        assertEquals(2, second.get("offset").asInt());
    }

    @Test
    void filtersEvents() throws Exception {
        assertEquals(List.of("e1"), ids(get("/api/events?type=assault").json().get("events")));
        assertEquals(List.of("e2", "e3"), ids(get("/api/events?type=PROTEST&type=AGREE").json().get("events")));
        assertEquals(List.of("e2", "e3"), ids(get("/api/events?type=PROTEST,AGREE").json().get("events")));
        assertEquals(List.of("e2", "e1"), ids(get("/api/events?country=ua").json().get("events")));
        assertEquals(List.of("e1"), ids(get("/api/events?actor=Russian%20forces").json().get("events")));
        assertEquals(List.of("e2"), ids(get("/api/events?place=Lviv").json().get("events")));
        assertEquals(List.of("e3"), ids(get("/api/events?factuality=future").json().get("events")));
        assertEquals(List.of("e1"), ids(get("/api/events?from=2024-10-21&to=2024-12-31").json().get("events")));
        assertEquals(List.of("e1"), ids(get("/api/events?text=struck").json().get("events")));
    }

    @Test
    void anEventInAListKeepsTheExportShapeWithArticleIdsAndHighlights() throws Exception {
        JsonNode e = get("/api/events?type=ASSAULT").json().get("events").get(0);
        assertEquals("ASSAULT", e.get("type").asText());
        assertEquals("2024-10-20", e.at("/date/start").asText());
        assertEquals(116, e.at("/quantities/0/count").asInt());
        assertEquals("Ukraine's air force", e.at("/claimed_by/0").asText());
        assertEquals(2, e.at("/sources/independent").asInt());
        assertEquals("a1", e.at("/mentions/0/article").asText());
        assertEquals("cue", e.at("/mentions/0/highlights/0/label").asText());
        assertTrue(e.get("disputes").isArray());
    }

    @Test
    void countsEvents() throws Exception {
        assertEquals(3, get("/api/count").json().get("total").asInt());
        assertEquals(2, get("/api/count?country=UA").json().get("total").asInt());
        assertEquals(0, get("/api/count?type=AID").json().get("total").asInt());
        badRequest("/api/count?limit=5", "unknown parameter 'limit'");
    }

    @Test
    void showsOneEventWithEveryArticle() throws Exception {
        JsonNode e = get("/api/events/" + desk.id("e1")).json();
        assertEquals(2, e.get("mentions").size());
        assertEquals("Russia attacks Kyiv", e.at("/mentions/0/title").asText());
        assertEquals("2024-10-21", e.at("/mentions/0/published").asText());
        assertEquals("a2", e.at("/mentions/1/article").asText());
        notFound("/api/events/ev-000000000000", "no event with id 'ev-000000000000'");
    }

    @Test
    void showsAnArticleWithItsEvidence() throws Exception {
        JsonNode a = get("/api/articles/a1").json();
        assertEquals(A1.text(), a.get("text").asText());
        assertEquals("Kyiv Independent", a.get("source").asText());
        assertEquals(3, a.get("mentions").size());
        assertEquals("e1", desk.name(a.at("/mentions/2/event").asText()));
        assertEquals(7, a.at("/mentions/2/start").asInt());
        notFound("/api/articles/zzz", "no article with id 'zzz'");
    }

    @Test
    void searchesArticlesAndEvents() throws Exception {
        JsonNode r = get("/api/search?q=shahed%20drones").json();
        assertEquals("a1", r.at("/articles/0/id").asText());
        assertEquals("e1", desk.name(r.at("/events/0/id").asText()));
        boolean marked = false;
        for (JsonNode part : r.at("/events/0/snippet")) {
            marked |= part.get("match").asBoolean() && part.get("text").asText().equals("Shahed");
        }
        assertTrue(marked, r.toString());
        assertEquals(0, get("/api/search?q=Kharkiv").json().get("articles").size());
        badRequest("/api/search", "q is required");
        badRequest("/api/search?q=%22%22", "no word");
        badRequest("/api/search?q=kyiv&limit=0", "limit 0 is out of range");
    }

    @Test
    void countsEventsPerPlaceAndSumsUp() throws Exception {
        JsonNode places = get("/api/places").json().get("places");
        assertEquals(2, places.size());
        assertEquals(1, get("/api/places?type=PROTEST").json().get("places").size());
        JsonNode stats = get("/api/stats").json();
        assertEquals(2, stats.get("articles").asInt());
        assertEquals(3, stats.get("events").asInt());
        assertEquals(1, stats.at("/events_by_type/ASSAULT").asInt());
        assertEquals("2024-09-01", stats.get("first_date").asText());
    }

    @Test
    void exportsWhatHappenedUnlessAskedForMore() throws Exception {
        TestDesk.Reply jsonl = get("/api/export?format=jsonl");
        assertEquals(200, jsonl.status());
        assertTrue(jsonl.raw().headers().firstValue("Content-Disposition").orElse("").contains("sitrep-events.jsonl"));
        List<String> lines = jsonl.body().lines().toList();
        assertEquals(List.of("e2", "e1"), lines.stream().map(l -> {
            try {
                return desk.name(JSON.readTree(l).get("id").asText());
            } catch (Exception ex) {
                throw new AssertionError(l, ex);
            }
        }).toList());
        assertEquals(3, get("/api/export?format=jsonl&include_unconfirmed=true").body().lines().count());
        assertEquals(1, get("/api/export?format=jsonl&factuality=future").body().lines().count());
        TestDesk.Reply csv = get("/api/export?format=csv&type=ASSAULT");
        assertTrue(csv.body().startsWith("event_id_cnty,"), csv.body());
        assertEquals(2, csv.body().lines().count());
        badRequest("/api/export", "format is required");
        badRequest("/api/export?format=xml", "format 'xml' is not one of", "timelinejs");
        badRequest("/api/export?format=csv&include_unconfirmed=yes", "true or false");
    }

    @Test
    void exportsATimelineJsTimeline() throws Exception {
        TestDesk.Reply r = get("/api/export?format=timelinejs");
        assertEquals(200, r.status());
        assertTrue(r.raw().headers().firstValue("Content-Disposition").orElse("").contains("sitrep-timeline.json"));
        JsonNode timeline = r.json();
        assertTrue(timeline.has("title"));
        // What happened and is dated: e2 and e1.
        assertEquals(2, timeline.get("events").size(), timeline.toString());
    }

    @Test
    void givesTheNightlyAttackSeries() throws Exception {
        JsonNode all = get("/api/attacks").json();
        assertEquals(1, all.get("rows").size(), all.toString());
        JsonNode row = all.at("/rows/0");
        assertEquals("2024-10-21", row.at("/period/end").asText());
        assertTrue(row.at("/period/night").asBoolean());
        assertEquals("RUS", row.at("/attacker/id").asText());
        boolean launched = false;
        for (JsonNode f : row.get("figures")) {
            launched |= f.get("item").asText().equals("drone") && f.get("status").asText().equals("launched")
                    && f.get("count").asInt() == 116;
        }
        assertTrue(launched, row.toString());
        // The night ending on the 21st counts for the 21st, not the 20th.
        assertEquals(0, get("/api/attacks?from=2024-10-20&to=2024-10-20").json().get("rows").size());
        assertEquals(1, get("/api/attacks?from=2024-10-21&to=2024-10-21").json().get("rows").size());
        badRequest("/api/attacks?from=2024-10-22&to=2024-10-21", "after to");
        badRequest("/api/attacks?from=yesterday", "YYYY-MM-DD");
    }

    @Test
    void writesTheDailyBrief() throws Exception {
        JsonNode brief = get("/api/brief?date=2024-10-21").json();
        assertEquals("2024-10-21", brief.get("from").asText());
        assertEquals(1, brief.at("/summary/events").asInt(), brief.toString());
        assertEquals("e1", desk.name(brief.at("/sections/0/groups/0/lines/0/event").asText()));
        assertTrue(brief.get("sources").size() >= 1);
        TestDesk.Reply md = get("/api/brief?date=2024-10-21&format=markdown");
        assertTrue(md.raw().headers().firstValue("Content-Type").orElse("").startsWith("text/markdown"));
        assertTrue(md.body().startsWith("#"), md.body());
        TestDesk.Reply html = get("/api/brief?from=2024-10-21&to=2024-10-21&format=html");
        assertTrue(html.body().contains("<html"), html.body());
        assertTrue(html.raw().headers().firstValue("Content-Disposition").orElse("").contains(".html"));
        badRequest("/api/brief", "date=YYYY-MM-DD");
        badRequest("/api/brief?date=2024-10-21&from=2024-10-20", "not both");
        badRequest("/api/brief?date=2024-10-21&format=pdf", "json, markdown, html");
    }

    @Test
    void listsTheEntities() throws Exception {
        JsonNode actors = get("/api/entities?kind=actor").json();
        assertEquals(0, actors.get("places").size());
        boolean russia = false;
        for (JsonNode a : actors.get("actors")) {
            russia |= a.get("id").asText().equals("RUS") && a.get("mentions").asInt() >= 1;
        }
        assertTrue(russia, actors.toString());
        JsonNode one = get("/api/entities?limit=1").json();
        assertEquals(1, one.get("actors").size());
        assertEquals(1, one.get("places").size());
        badRequest("/api/entities?kind=people", "actor, place");
    }

    @Test
    void badParametersAreRefusedWithWhatToDoInstead() throws Exception {
        badRequest("/api/events?type=BOMBING", "unknown event type 'BOMBING'", "ASSAULT");
        badRequest("/api/events?from=last%20tuesday", "YYYY-MM-DD");
        badRequest("/api/events?from=2024-02-01&to=2024-01-01", "after to");
        badRequest("/api/events?country=Ukraine", "two-letter", "place");
        badRequest("/api/events?factuality=maybe", "unknown factuality 'maybe'", "hypothetical");
        badRequest("/api/events?limit=ten", "not a whole number");
        badRequest("/api/events?limit=501", "from 1 to 500");
        badRequest("/api/events?offset=-1", "out of range");
        badRequest("/api/events?sort=date_desc", "-date");
        badRequest("/api/events?limit=1&limit=2", "given 2 times");
        badRequest("/api/events?tpye=ASSAULT", "unknown parameter 'tpye'", "type");
        badRequest("/api/stats?x=1", "takes none");
    }

    @Test
    void unknownApiPathsAnswerWithJson() throws Exception {
        TestDesk.Reply r = get("/api/evnts");
        assertEquals(404, r.status());
        assertTrue(r.json().get("message").asText().contains("/api/openapi.json"), r.body());
    }
}
