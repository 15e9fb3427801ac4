package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Article;

class JsonLinesFormatTest {
    @TempDir
    Path dir;

    @Test
    void goodLinesAreReadAndABrokenLineIsReportedWithItsNumber() throws Exception {
        Path file = Ingest.write(dir, "batch.jsonl", String.join("\n",
                "{\"id\":\"a1\",\"text\":\"First story.\",\"date\":\"2024-10-21\",\"source\":\"Wire\","
                        + "\"url\":\"https://example.org/1\",\"title\":\"One\"}",
                "",
                "{\"text\": \"Second story.\"",
                "{\"title\":\"no text here\"}",
                "{\"text\":\"glued\"}{\"text\":\"objects\"}",
                "{\"id\": 7, \"text\": \"Third story.\", \"date\": \"someday\"}",
                ""));
        Ingest result = Ingest.read(file.toString());

        assertEquals(2, result.articles().size());
        Article first = result.articles().get(0);
        assertEquals("a1", first.doc());
        assertEquals("First story.", first.text());
        assertEquals(LocalDate.of(2024, 10, 21), first.published());
        assertEquals("Wire", first.source());
        assertEquals("https://example.org/1", first.url());
        assertEquals("One", first.title());
        assertEquals(file + ":1", first.origin());

        Article third = result.articles().get(1);
        assertEquals("7", third.doc());
        assertNull(third.published());
        assertEquals(file + ":6", third.origin());

        var errors = result.report().errors();
        assertEquals(3, errors.size(), errors.toString());
        assertEquals(3, errors.get(0).line());
        assertTrue(errors.get(0).reason().startsWith("not valid JSON"), errors.get(0).reason());
        assertEquals(file.toString(), errors.get(0).path());
        assertTrue(errors.get(0).toString().startsWith(file + ":3: "), errors.get(0).toString());
        assertEquals(4, errors.get(1).line());
        assertTrue(errors.get(1).reason().contains("\"text\""));
        assertEquals(5, errors.get(2).line());
        assertTrue(errors.get(2).reason().startsWith("not valid JSON"), errors.get(2).reason());

        // Line 6: unrecognised date and then no date at all, both on line 6.
        assertTrue(result.report().warnings().stream().allMatch(w -> w.line() == 6), result.report().warnings().toString());
        assertEquals(2, result.report().warnings().size());
        assertEquals(1, result.report().filesRead());
        assertEquals(2, result.report().articlesRead());
    }

    @Test
    void docFallsBackToFileNameAndLine() throws Exception {
        Path file = Ingest.write(dir, "wire.ndjson", "\n{\"text\":\"Only story.\"}\n[1, 2]\n");
        Ingest result = Ingest.read(file.toString());
        assertEquals("wire-2", result.only().doc());
        assertEquals(3, result.report().errors().get(0).line());
        assertTrue(result.report().errors().get(0).reason().startsWith("expected a JSON object"));
    }

    @Test
    void invalidUtf8LineIsReportedByNumberAndTheRestGoesOn() throws Exception {
        Path file = dir.resolve("mixed.jsonl");
        byte[] good = "{\"text\":\"Fine.\"}\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xE9, '"', '}', '\n'};
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        all.writeBytes(good);
        all.writeBytes(bad);
        all.writeBytes("{\"text\":\"Also fine.\"}".getBytes(StandardCharsets.UTF_8));
        Files.write(file, all.toByteArray());

        Ingest result = Ingest.read(file.toString());
        assertEquals(List.of("Fine.", "Also fine."), result.articles().stream().map(Article::text).toList());
        assertEquals(1, result.report().errors().size());
        assertEquals(2, result.report().errors().get(0).line());
        assertTrue(result.report().errors().get(0).reason().contains("UTF-8"));
    }
}
