package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The benchmark end to end on a tiny corpus: each side runs in a JVM of its own and the report compares them. */
class BenchIT {

    @Test
    void runsSitrepAndBareCoreNlpInFreshJvmsAndComparesThem() {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));

        int code = cl.execute("bench", "--articles", "2", "--repeats", "1", "--threads", "1");

        String report = out.toString();
        assertEquals(0, code, report + err);
        assertTrue(Pattern.compile("(?m)^1 +sitrep ").matcher(report).find(), report);
        assertTrue(Pattern.compile("(?m)^1 +bare ").matcher(report).find(), report);
        Matcher articles = Pattern.compile("sitrep ingest: (\\d+) articles, (\\d+) tokens").matcher(report);
        assertTrue(articles.find(), report);
        assertEquals("2", articles.group(1));
        Matcher bare = Pattern.compile("bare CoreNLP .*: (\\d+) articles, (\\d+) tokens").matcher(report);
        assertTrue(bare.find(), report);
        assertEquals("2", bare.group(1));
        assertEquals(articles.group(2), bare.group(2), "both sides read the same articles into the same tokens");
        // Where sitrep's CPU time went: each model load and each per-article stage, then the JVM's own threads.
        assertTrue(Pattern.compile("start-up NER [0-9.]+, database [0-9.]+, parser [0-9.]+, tables [0-9.]+, "
                + "tagger [0-9.]+").matcher(report).find(), report);
        assertTrue(Pattern.compile("per article, CPU ms: NER\\+SUTime \\d+, extract \\d+, parse \\d+, store \\d+, "
                + "tag \\d+").matcher(report).find(), report);
        assertTrue(Pattern.compile("JIT compilers [0-9.]+, garbage collector [0-9.]+").matcher(report).find(), report);
        Matcher ratio = Pattern.compile("after start-up / after start-up +(\\d+\\.\\d+)x").matcher(report);
        assertTrue(ratio.find(), report);
        assertTrue(Double.parseDouble(ratio.group(1)) > 0, report);
    }
}
