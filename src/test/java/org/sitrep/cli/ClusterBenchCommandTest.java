package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ClusterBenchCommandTest {

    @Test
    void benchClustersReportsSpeedMemoryAndQualityOnASmallCorpus() {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out));
        assertEquals(0, cl.execute("bench", "clusters", "--mentions", "20000", "--seed", "3"), out.toString());
        String text = out.toString();
        assertTrue(text.contains("generated 20,000 mentions"), text);
        assertTrue(text.contains("mentions/s"), text);
        assertTrue(text.contains("peak heap"), text);
        Matcher m = Pattern.compile("precision (\\d\\.\\d+), recall (\\d\\.\\d+)").matcher(text);
        assertTrue(m.find(), text);
        // Floors measured on this corpus (precision 0.972, recall 0.728 when set); the clusterer must not get worse.
        assertTrue(Double.parseDouble(m.group(1)) >= 0.9, text);
        assertTrue(Double.parseDouble(m.group(2)) >= 0.68, text);
    }

    @Test
    void aCorpusOfNoMentionsIsAUsageError() {
        CommandLine cl = Main.commandLine();
        cl.setErr(new PrintWriter(new StringWriter()));
        assertEquals(2, cl.execute("bench", "clusters", "--mentions", "0"));
    }
}
