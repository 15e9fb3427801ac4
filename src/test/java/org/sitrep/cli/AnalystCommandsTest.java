package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.model.EventBuilder.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Article;
import org.sitrep.model.Bound;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.GeoPrecision;
import org.sitrep.model.Ids;
import org.sitrep.model.Mention;
import org.sitrep.store.EventStore;
import org.sitrep.store.SqliteStore;

/** attacks, brief and export --format timelinejs on a small database built with the store, without CoreNLP. */
class AnalystCommandsTest {
    private static final LocalDate D21 = LocalDate.of(2024, 10, 21);

    @TempDir
    Path dir;
    private String db;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private static Article article(String doc, String source, String title) {
        return new Article("a-" + doc, doc, source, "https://news.example/" + doc, title, D21, "Text of " + doc + ".",
                doc + ".txt");
    }

    /** Stores what an article reports; the one line that knows how the store takes an article's mentions. */
    private static void put(EventStore store, Article a, List<Mention> mentions) {
        store.put(a, mentions);
    }

    @BeforeEach
    void database() {
        db = dir.resolve("t.db").toString();
        try (EventStore store = SqliteStore.open(dir.resolve("t.db"))) {
            put(store, article("kp-1", "Kyiv Post", "Drones over Kyiv"), List.of(
                    event("ev-kyiv").russiaOnUkraine().modes("drone").night("2024-10-21")
                            .at("Kyiv", "UA", "Kyiv City", GeoPrecision.CITY)
                            .count("drone", 116, "launched").count("killed", null, 2, Bound.AT_LEAST, null)
                            .claimedBy("Ukraine's air force")
                            .mention("kp-1", "Kyiv Post", "Russia launched 116 drones at Kyiv overnight.")
                            .buildMention(),
                    event("ev-visit").type(EventType.CONSULT).modes("visit").day("2024-10-21")
                            .actor("person:lloyd-austin", "Lloyd Austin").recipient("UKR", "Ukraine")
                            .at("Kyiv", "UA", "Kyiv City", GeoPrecision.CITY)
                            .mention("kp-1", "Kyiv Post", "Austin arrived in Kyiv <b>on Monday</b>.")
                            .buildMention()));
            put(store, article("ap-1", "AP", "Kharkiv shelled"), List.of(
                    event("ev-kharkiv").russiaOnUkraine().modes("heavy-weapons").day("2024-10-21")
                            .at("Kharkiv", "UA", "Kharkiv Oblast", GeoPrecision.CITY).count("killed", 3, null)
                            .claimedBy("the regional governor")
                            .mention("ap-1", "AP", "Shelling killed three in Kharkiv.").buildMention()));
        }
    }

    @Test
    void attacksPrintsTheNightsFiguresAsTableCsvAndJson() throws Exception {
        CliRun table = run("attacks", "--db", db, "--from", "2024-10-21", "--to", "2024-10-21");
        assertEquals(0, table.code(), table.err());
        assertTrue(table.out().contains("night 2024-10-20/21  Russia -> Ukraine"), table.out());
        assertTrue(table.out().contains("drones launched"), table.out());
        assertTrue(table.out().contains("Ukraine's air force"), table.out());
        assertTrue(table.out().contains("day 2024-10-21  Russia -> Ukraine"), table.out());

        CliRun csv = run("attacks", "--db", db, "--format", "csv");
        assertEquals(0, csv.code(), csv.err());
        assertTrue(csv.out().startsWith("period_start,period_end,period,"), csv.out());
        assertEquals(4, csv.out().split("\r\n").length, "header, drones and killed of the night, killed of the day");

        CliRun json = run("attacks", "--db", db, "--from", "2024-10-22", "--format", "json");
        assertEquals(0, json.code(), json.err());
        assertEquals(0, new ObjectMapper().readTree(json.out()).get("rows").size(), "nothing counts for the 22nd");

        CliRun none = run("attacks", "--db", db, "--from", "2024-10-22");
        assertTrue(none.out().contains("(no attacks with counts in this period)"), none.out());
    }

    @Test
    void briefWritesMarkdownAndStandaloneHtml() throws Exception {
        CliRun md = run("brief", "--db", db, "--date", "2024-10-21");
        assertEquals(0, md.code(), md.err());
        assertTrue(md.out().startsWith("# Situation report — 21 October 2024\n"), md.out());
        assertTrue(md.out().contains("## Kyiv"), md.out());
        assertTrue(md.out().contains("## Front line — Kharkiv"), md.out());
        assertTrue(md.out().contains("## Diplomacy and politics"), md.out());
        assertTrue(md.out().contains("1. Kyiv Post, “Drones over Kyiv”, 21 October 2024 (kp-1)"), md.out());

        Path html = dir.resolve("brief.html");
        CliRun h = run("brief", "--db", db, "--from", "2024-10-20", "--to", "2024-10-21", "--format", "html",
                "-o", html.toString());
        assertEquals(0, h.code(), h.err());
        String doc = Files.readString(html);
        assertTrue(doc.startsWith("<!DOCTYPE html>"), doc);
        assertFalse(doc.contains("<script"), doc);
        assertTrue(doc.contains("Situation report — 20 October 2024 to 21 October 2024"), doc);
    }

    @Test
    void exportWritesATimelineJsFile() throws Exception {
        Path file = dir.resolve("timeline.json");
        CliRun r = run("export", "--db", db, "--format", "timelinejs", "--title", "October", "-o", file.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode t = new ObjectMapper().readTree(file.toFile());
        assertEquals("October", t.at("/title/text/headline").asText());
        assertEquals(3, t.get("events").size());
        assertTrue(t.toString().contains("&lt;b&gt;on Monday&lt;/b&gt;"), "evidence is escaped: " + t);
    }

    @Test
    void entitiesListsActorsAndPlacesWithTheUsersAliases() throws Exception {
        Path aliases = dir.resolve("aliases.tsv");
        Files.writeString(aliases, "# mine\nactor\tRashists\tRUS\nplace\tKharkov city\tKharkiv\tUA\n");
        CliRun table = run("entities", "--db", db, "--aliases", aliases.toString());
        assertEquals(0, table.code(), table.err());
        assertTrue(table.out().startsWith("actors (3)\n"), table.out());
        assertTrue(table.out().contains("Rashists"), table.out());
        assertTrue(table.out().contains("places (2)"), table.out());

        CliRun json = run("entities", "--db", db, "--aliases", aliases.toString(), "--kind", "place", "--json");
        assertEquals(0, json.code(), json.err());
        List<JsonNode> places = json.out().lines().map(l -> {
            try {
                return new ObjectMapper().readTree(l);
            } catch (Exception e) {
                throw new AssertionError(l, e);
            }
        }).toList();
        assertEquals(List.of("Kyiv", "Kharkiv"), places.stream().map(p -> p.get("name").asText()).toList());
        assertEquals(2, places.get(0).get("mentions").asInt(), "two events in Kyiv, one sentence each");
        assertTrue(places.get(1).get("aliases").toString().contains("Kharkov city"), places.get(1).toString());
    }

    @Test
    void aBadAliasFileIsAUsageErrorNamingTheLine() throws Exception {
        Path aliases = dir.resolve("aliases.tsv");
        Files.writeString(aliases, "# mine\nplace\tArtemivsk\n");
        CliRun r = run("entities", "--db", db, "--aliases", aliases.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains(aliases + ":2: expected place ALIAS PLACE"), r.err());
        CliRun ingest = run("ingest", "--db", db, "--aliases", dir.resolve("missing.tsv").toString(), "-q",
                dir.toString());
        assertEquals(2, ingest.code(), "ingest checks the alias file before it loads CoreNLP");
        assertTrue(ingest.err().contains("missing.tsv does not exist"), ingest.err());
    }

    @Test
    void badOptionsAreUsageErrors() {
        CliRun noDate = run("brief", "--db", db);
        assertEquals(2, noDate.code());
        assertTrue(noDate.err().contains("--date"), noDate.err());
        assertEquals(2, run("brief", "--db", db, "--date", "2024-10-21", "--from", "2024-10-20").code());
        assertEquals(2, run("brief", "--db", db, "--from", "2024-10-22", "--to", "2024-10-21").code());
        assertEquals(2, run("attacks", "--db", db, "--from", "yesterday").code());
        assertEquals(2, run("attacks", "--db", db, "--format", "xml").code());
    }
}
