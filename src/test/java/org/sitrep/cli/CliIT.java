package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end: ingest with a broken file, re-ingest, list, show, export. */
class CliIT {

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void ingestReportsBrokenInputsAndGoesOnAndReingestingChangesNothing(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("strike.txt"), "date 2024-12-25\nsource Test Wire\n\n"
                + "Russia launched 78 missiles and 106 drones at Ukraine's energy system overnight, "
                + "Ukraine's air force said.\n");
        Files.writeString(in.resolve("feed.jsonl"), "{\"id\": \"a1\", \"date\": \"2024-09-11\", \"text\": "
                + "\"Antony Blinken arrived in Kyiv on Wednesday for talks with Ukrainian officials.\"}\n"
                + "{not json\n");
        Files.writeString(in.resolve("notes.md"), "# not an article\n");
        String db = dir.resolve("t.db").toString();

        CliRun first = run("ingest", "-q", "--db", db, in.toString());
        assertEquals(1, first.code(), first.err());
        assertTrue(first.err().contains("feed.jsonl:2"), first.err());

        CliRun again = run("ingest", "--db", db, in.toString());
        assertEquals(1, again.code());
        assertTrue(again.out().contains("0 articles stored"), again.out());
        assertTrue(again.out().contains("2 already stored"), again.out());

        CliRun events = run("events", "--db", db, "--type", "ASSAULT", "--json");
        assertEquals(0, events.code(), events.err());
        JsonNode attack = new ObjectMapper().readTree(events.out().lines().findFirst().orElseThrow());
        assertEquals("ASSAULT", attack.get("type").asText());
        assertEquals("2024-12-24", attack.at("/date/start").asText());
        assertEquals("night", attack.at("/date/precision").asText());
        assertEquals(78, attack.at("/quantities/0/count").asInt());
        assertEquals("strike", attack.at("/mentions/0/doc").asText());

        CliRun show = run("show", "--db", db, attack.get("id").asText());
        assertEquals(0, show.code(), show.err());
        assertTrue(show.out().contains("#78 missiles#"), show.out());

        CliRun csv = run("export", "--db", db, "--format", "csv", "-o", dir.resolve("e.csv").toString());
        assertEquals(0, csv.code(), csv.err());
        assertTrue(Files.readString(dir.resolve("e.csv")).startsWith("event_id_cnty,"));

        // Another outlet prints the strike story word for word: one more article, not one more witness.
        Path copy = Files.writeString(dir.resolve("copy.txt"), "date 2024-12-25\nsource Other Daily\n\n"
                + "Russia launched 78 missiles and 106 drones at Ukraine's energy system overnight, "
                + "Ukraine's air force said.\n");
        CliRun reprint = run("ingest", "--db", db, copy.toString());
        assertEquals(0, reprint.code(), reprint.err());
        assertTrue(reprint.out().contains("1 already stored (1 of them reprinted"), reprint.out());
        CliRun again2 = run("ingest", "--db", db, copy.toString());
        assertTrue(again2.out().contains("1 already stored,"), again2.out());
        JsonNode reprinted = new ObjectMapper().readTree(run("events", "--db", db, "--type", "ASSAULT", "--json")
                .out().lines().findFirst().orElseThrow());
        assertEquals(2, reprinted.at("/sources/articles").asInt(), reprinted.toString());
        assertEquals(1, reprinted.at("/sources/independent").asInt(), reprinted.toString());

        // Two outlets' copies in one feed: the second is recorded once the first is stored.
        String text = "Russian forces shelled Kherson on Tuesday, killing two people, the regional governor said.";
        Path feed = Files.writeString(dir.resolve("two.jsonl"), ("{\"id\": \"x1\", \"date\": \"2024-11-05\","
                + " \"source\": \"Alpha\", \"text\": \"%s\"}\n{\"id\": \"x2\", \"date\": \"2024-11-05\","
                + " \"source\": \"Beta\", \"text\": \"%s\"}\n").formatted(text, text));
        String db2 = dir.resolve("t2.db").toString();
        CliRun both = run("ingest", "--db", db2, feed.toString());
        assertEquals(0, both.code(), both.err());
        assertTrue(both.out().contains("1 articles stored"), both.out());
        assertTrue(both.out().contains("(1 of them reprinted"), both.out());
        JsonNode shelling = new ObjectMapper().readTree(run("events", "--db", db2, "--json").out().lines()
                .findFirst().orElseThrow());
        assertEquals(2, shelling.at("/sources/articles").asInt(), shelling.toString());
        assertEquals(1, shelling.at("/sources/independent").asInt(), shelling.toString());
    }

    @Test
    void trainingTheModelOfEventsWithNoActorPrintsItsPrecisionPerThresholdAndPerType(@TempDir Path dir)
            throws Exception {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Path gold = Files.createDirectories(dir.resolve("gold")).resolve("events.jsonl");
        List<String> docs;
        try (Stream<Path> files = Files.list(Path.of("samples/articles"))) {
            docs = files.map(f -> f.getFileName().toString().replace(".txt", "")).sorted().limit(10).toList();
        }
        for (String doc : docs) {
            Files.copy(Path.of("samples/articles", doc + ".txt"), articles.resolve(doc + ".txt"));
        }
        Files.write(gold, Files.readAllLines(Path.of("samples/gold/events.jsonl")).stream()
                .filter(line -> docs.stream().anyMatch(doc -> line.contains("\"doc\": \"" + doc + "\""))).toList());

        CliRun trained = run("train-actorless", gold.toString(), "--folds", "2", "--threshold", "0.5");
        assertEquals(0, trained.code(), trained.err());
        String out = trained.out();
        assertTrue(out.startsWith("10 articles"), out);
        Matcher overall = Pattern.compile("(?m)^\\s+0\\.50\\s+(\\d+)\\s+(\\d+)").matcher(out);
        assertTrue(overall.find(), out);
        // The rows per type add up to the row of the chosen threshold.
        Matcher row = Pattern.compile("(?m)^[A-Z]+\\s+\\d+\\s+(\\d+)\\s+(\\d+)\\s").matcher(
                out.substring(out.indexOf("by event type")));
        int kept = 0;
        int correct = 0;
        int types = 0;
        while (row.find()) {
            types++;
            kept += Integer.parseInt(row.group(1));
            correct += Integer.parseInt(row.group(2));
        }
        assertTrue(types > 0, out);
        assertEquals(Integer.parseInt(overall.group(1)), kept, out);
        assertEquals(Integer.parseInt(overall.group(2)), correct, out);
    }

    @Test
    void usageErrorsExitWithTwo(@TempDir Path dir) {
        String db = dir.resolve("t.db").toString();
        assertEquals(2, run("events", "--db", db, "--type", "BOMBING").code());
        assertEquals(2, run("events", "--db", db, "--from", "last tuesday").code());
        CliRun unknown = run("show", "--db", db, "ev-000000000000");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("no event with id"), unknown.err());
        assertEquals(2, run("ingest").code());
    }

    @Test
    void serveRefusesWhatItCannotServeBeforeListening(@TempDir Path dir) {
        CliRun missing = run("serve", "--db", dir.resolve("none.db").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("does not exist") && missing.err().contains("sitrep ingest"), missing.err());
        CliRun port = run("serve", "--db", dir.resolve("none.db").toString(), "--port", "70000");
        assertEquals(2, port.code());
        assertTrue(port.err().contains("not a TCP port"), port.err());
    }
}
