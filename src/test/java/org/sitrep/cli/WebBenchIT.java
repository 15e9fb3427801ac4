package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** sitrep bench web, small: it builds the record, measures over HTTP and in Chromium, and prints the figures. */
class WebBenchIT {
    @Test
    void measuresListQueriesAndThePage(@TempDir Path dir) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute("bench", "web", "--events", "500", "--rounds", "2", "--page-loads", "2",
                "--db", dir.resolve("bench.db").toString(),
                "--chromium", System.getProperty("sitrep.chromium", "/usr/bin/chromium"));
        String report = out.toString();
        // What went wrong (Chromium that would not start, say) is told on the error stream.
        assertEquals(0, code, report + "\n" + err);
        assertTrue(report.contains("/api/events over HTTP, 2 rounds of 15 queries"), report);
        assertTrue(report.contains("/api/count over HTTP"), report);
        assertTrue(report.matches("(?s).*interactive \\(page's clock\\): median \\d+ ms, max \\d+ ms.*"), report);
        assertTrue(report.contains("targets: list queries p95 < 50 ms: "), report);
    }
}
