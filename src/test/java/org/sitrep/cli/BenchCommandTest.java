package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class BenchCommandTest {

    @Test
    void spreadIsTheMedianAndRangeOfTheRepeats() {
        assertEquals(new BenchCommand.Spread(1.1, 0.8, 1.3), BenchCommand.Spread.of(List.of(1.3, 0.8, 1.1)));
        assertEquals(new BenchCommand.Spread(1.0, 0.5, 2.0), BenchCommand.Spread.of(List.of(2.0, 0.5, 0.9, 1.1)));
        assertEquals("1.10x [0.80-1.30]", BenchCommand.Spread.of(List.of(1.3, 0.8, 1.1)).format("x"));
        assertThrows(IllegalArgumentException.class, () -> BenchCommand.Spread.of(List.of()));
    }

    @Test
    void aRunsSpeedsComeFromItsOwnFigures() {
        Properties figures = new Properties();
        figures.setProperty("articles", "60");
        figures.setProperty("work_s", "12.0");
        BenchCommand.Run run = new BenchCommand.Run(BenchRun.Kind.BARE, 20.0, figures);
        assertEquals(3.0, run.articlesPerSecondWhole(), 1e-9);
        assertEquals(5.0, run.articlesPerSecondAfterLoad(), 1e-9);
        BenchCommand.BenchFailure missing = assertThrows(BenchCommand.BenchFailure.class,
                () -> run.figure("cpu_s"));
        assertTrue(missing.getMessage().contains("cpu_s"), missing.getMessage());
    }
}
