package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogisticModelTest {

    private static LogisticModel read(String table) {
        return LogisticModel.read(new ByteArrayInputStream(table.getBytes(StandardCharsets.UTF_8)), "test.tsv");
    }

    @Test
    void theProbabilityIsTheLogisticOfTheBiasAndTheWeightsOfTheFeaturesPresent() {
        LogisticModel m = read("# a note\n#threshold\t0.6\nbias\t-1.0\ncounted\t2.5\nquoted\t-3\n");
        assertEquals(1 / (1 + Math.exp(1.0)), m.probability(List.of()), 1e-9);
        assertEquals(1 / (1 + Math.exp(-1.5)), m.probability(List.of("counted", "never-seen")), 1e-9);
        assertEquals(0.6, m.threshold());
        assertTrue(m.keeps(null, List.of("counted")));
        assertFalse(m.keeps(null, List.of("counted", "quoted")));
    }

    @Test
    void aBrokenTableIsAnErrorThatNamesItsLine() {
        IllegalArgumentException noThreshold = assertThrows(IllegalArgumentException.class,
                () -> read("bias\t1\n"));
        assertTrue(noThreshold.getMessage().contains("test.tsv") && noThreshold.getMessage().contains("#threshold"),
                noThreshold.getMessage());
        IllegalArgumentException notANumber = assertThrows(IllegalArgumentException.class,
                () -> read("#threshold\t0.5\nbias\tone\n"));
        assertTrue(notANumber.getMessage().contains("line 2"), notANumber.getMessage());
        assertThrows(IllegalArgumentException.class, () -> read("#threshold\t1.5\n"));
    }

    @Test
    void theShippedModelLoadsWithAThresholdAndAnIntercept() {
        LogisticModel shipped = LogisticModel.loadDefault();
        assertTrue(shipped.threshold() > 0 && shipped.threshold() < 1);
        // An empty event is as likely as the intercept says, and that is well below keeping.
        assertTrue(shipped.probability(List.of()) < shipped.threshold());
    }
}
