package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Article;

class ArticleReaderTest {
    private static final LocalDate OCT_21 = LocalDate.of(2024, 10, 21);

    @TempDir
    Path dir;

    @Test
    void directoriesAreReadRecursivelyInPathOrderAndOtherFilesCounted() throws Exception {
        Ingest.write(dir, "b.txt", "date: 2024-10-21\n\nSecond file.");
        Ingest.write(dir, "a/deep/c.htm", "<html><body><p>Deep page.</p></body></html>");
        Ingest.write(dir, "a.txt", "First file.");
        Ingest.write(dir, "notes", "No extension is plain text.");
        Ingest.write(dir, "README.md", "# not an article");
        Ingest.write(dir, "a/NOTES.MD", "# not one either");
        Files.write(dir.resolve("a/photo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Ingest.write(dir, ".hidden.txt", "Never read.");
        Ingest.write(dir, ".git/HEAD.txt", "Never read either.");

        Ingest result = Ingest.read(dir.toString());

        assertEquals(List.of("First file.", "Deep page.", "Second file.", "No extension is plain text."),
                result.articles().stream().map(Article::text).toList());
        assertEquals(List.of("a", "c", "b", "notes"), result.articles().stream().map(Article::doc).toList());
        assertEquals(dir.resolve("a/deep/c.htm").toString(), result.articles().get(1).origin());
        IngestReport report = result.report();
        assertEquals(4, report.filesRead());
        assertEquals(4, report.articlesRead());
        assertEquals(Map.of("md", 2, "png", 1), report.skippedByExtension());
        assertEquals(List.of(), report.errors());
    }

    @Test
    void badFilesAreReportedAndTheBatchGoesOn() throws Exception {
        Files.write(dir.resolve("1-latin1.txt"), "Caf\u00e9 bombed".getBytes(StandardCharsets.ISO_8859_1));
        Files.write(dir.resolve("2-binary.txt"), new byte[] {'a', 0, 'b'});
        Ingest.write(dir, "3-empty.txt", "  \n");
        Ingest.write(dir, "4-chrome.html", "<html><body><nav><p>Menu</p></nav></body></html>");
        Ingest.write(dir, "5-broken.xml", "<rss><chann");
        Ingest.write(dir, "6-good.txt", "Still read.");
        String missing = dir.resolve("nope.txt").toString();

        Ingest result = Ingest.read(dir.toString(), missing);

        assertEquals("Still read.", result.only().text());
        List<IngestProblem> errors = result.report().errors();
        assertEquals(6, errors.size(), errors.toString());
        assertTrue(errors.get(0).path().endsWith("1-latin1.txt"));
        assertTrue(errors.get(0).reason().contains("not valid UTF-8"));
        assertTrue(errors.get(1).reason().contains("NUL"));
        assertTrue(errors.get(2).reason().contains("empty"));
        assertTrue(errors.get(3).reason().contains("no article text"));
        assertTrue(errors.get(4).path().endsWith("5-broken.xml"));
        assertEquals(new IngestProblem(missing, null, "no such file or directory"), errors.get(5));
        assertEquals(missing + ": no such file or directory", errors.get(5).toString());
    }

    @Test
    void unreadableFileIsReported() throws Exception {
        // A link to nothing cannot be read by anyone, root included (file permissions do not stop root).
        Files.createSymbolicLink(dir.resolve("gone.txt"), dir.resolve("deleted-long-ago.txt"));
        Ingest.write(dir, "open.txt", "Open.");

        Ingest result = Ingest.read(dir.toString());

        assertEquals("Open.", result.only().text());
        assertEquals(1, result.report().errors().size());
        assertTrue(result.report().errors().get(0).path().endsWith("gone.txt"), result.report().errors()::toString);
        assertTrue(!result.report().errors().get(0).reason().isBlank());
    }

    @Test
    void namedUnsupportedFileIsCountedAndExplained() throws Exception {
        Path pdf = Ingest.write(dir, "scan.PDF", "%PDF-1.7");
        Ingest result = Ingest.read(pdf.toString());
        assertEquals(Map.of("pdf", 1), result.report().skippedByExtension());
        assertTrue(result.report().warnings().get(0).reason().startsWith("skipped: .pdf"));
        assertEquals(0, result.report().filesRead());
    }

    @Test
    void stdinIsSniffed() {
        Article text = Ingest.stdin("date 2024-10-21 Plain words.").only();
        assertEquals("Plain words.", text.text());
        assertEquals(OCT_21, text.published());
        assertEquals("-", text.origin());
        assertEquals("stdin", text.doc());

        Article html = Ingest.stdin("\n<!DOCTYPE html><html><head><title>T</title></head>"
                + "<body><nav>Menu</nav><p>Page words.</p></body></html>").only();
        assertEquals("Page words.", html.text());
        assertEquals("T", html.title());

        Ingest jsonl = Ingest.stdin("{\"text\":\"One.\"}\n{\"text\":\"Two.\",\"id\":\"x\"}\n");
        assertEquals(List.of("-:1", "-:2"), jsonl.articles().stream().map(Article::origin).toList());
        assertEquals(List.of("stdin-1", "x"), jsonl.articles().stream().map(Article::doc).toList());

        Article rss = Ingest.stdin("<?xml version=\"1.0\"?><rss><channel><title>Desk</title>"
                + "<item><description>Feed words.</description></item></channel></rss>").only();
        assertEquals("Feed words.", rss.text());
        assertEquals("Desk", rss.source());

        Article atom = Ingest.stdin("<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry>"
                + "<content>Atom words.</content></entry></feed>").only();
        assertEquals("Atom words.", atom.text());
    }

    @Test
    void missingStdinIsAnError() {
        Ingest result = Ingest.read(Ingest.NO_OPTIONS, null, "-");
        assertEquals("-", result.report().errors().get(0).path());
    }

    @Test
    void sameTextFromTextAndJsonLinesHasTheSameId() throws Exception {
        Path txt = Ingest.write(dir, "story.txt",
                " date 2024-10-21 Kyiv\u2019s mayor said two drones were downed.\r\nNobody was hurt.\n");
        Path jsonl = Ingest.write(dir, "batch.jsonl",
                "{\"text\":\"Kyiv's mayor said two drones were downed. Nobody was hurt.\",\"date\":\"2024-10-21\"}\n");
        Ingest result = Ingest.read(txt.toString(), jsonl.toString());
        assertEquals(2, result.articles().size());
        assertEquals(result.articles().get(0).id(), result.articles().get(1).id());
        assertEquals(ArticleIds.of(result.articles().get(0).text()), result.articles().get(0).id());
    }

    @Test
    void defaultDateFillsAndDefaultSourceOverrides() throws Exception {
        Path dated = Ingest.write(dir, "dated.txt", "date: 2024-10-20\nsource: File Wire\n\nDated.");
        Path undated = Ingest.write(dir, "undated.txt", "Undated.");
        IngestOptions options = new IngestOptions(OCT_21, "Desk");

        Ingest result = Ingest.read(options, null, dated.toString(), undated.toString());

        assertEquals(LocalDate.of(2024, 10, 20), result.articles().get(0).published());
        assertEquals(OCT_21, result.articles().get(1).published());
        assertEquals(List.of("Desk", "Desk"), result.articles().stream().map(Article::source).toList());
        assertEquals(List.of(), result.report().warnings());
    }

    @Test
    void articleWithoutDateIsDeliveredWithAWarning() throws Exception {
        Path undated = Ingest.write(dir, "undated.txt", "Source: File Wire\n\nNo date anywhere.");
        Ingest result = Ingest.read(undated.toString());
        Article article = result.only();
        assertNull(article.published());
        assertEquals("File Wire", article.source());
        assertEquals(List.of(new IngestProblem(undated.toString(), null, ArticleReader.NO_DATE)),
                result.report().warnings());
        assertTrue(ArticleReader.NO_DATE.contains("pass --date"));
    }

    @Test
    void blankDefaultSourceIsIgnored() {
        assertNull(new IngestOptions(null, "  ").defaultSource());
    }
}
