package org.sitrep.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CpuTimesTest {

    /** Work the JIT cannot drop: hashes a growing string until at least 50 ms of this thread's CPU have passed. */
    private static int busy() {
        long until = CpuTimes.threadNanos() + 50_000_000L;
        int h = 0;
        StringBuilder s = new StringBuilder();
        while (CpuTimes.threadNanos() < until) {
            s.append(h % 10);
            h += s.toString().hashCode();
        }
        return h;
    }

    @Test
    void aTimedStageGetsTheCpuTimeItsWorkTook() {
        CpuTimes cpu = new CpuTimes();
        int result = cpu.time("work", CpuTimesTest::busy);
        long nanos = cpu.snapshot().get("work");
        assertTrue(nanos >= 50_000_000L, () -> "took " + nanos + " ns (" + result + ")");
        assertTrue(nanos < 5_000_000_000L, () -> "took " + nanos + " ns");
    }

    @Test
    void stagesAddUpAcrossCallsAndThreadsAndKeepTheOrderTheyFirstRan() throws InterruptedException {
        CpuTimes cpu = new CpuTimes();
        cpu.add("parse", 5);
        cpu.add("tag", 2);
        Thread other = new Thread(() -> cpu.add("parse", 7));
        other.start();
        other.join();
        Map<String, Long> snapshot = cpu.snapshot();
        assertEquals(List.of("parse", "tag"), List.copyOf(snapshot.keySet()));
        assertEquals(12L, snapshot.get("parse"));
        assertEquals(2L, snapshot.get("tag"));
        assertThrows(UnsupportedOperationException.class, () -> snapshot.put("tag", 0L));
        cpu.add("tag", 1);
        assertEquals(2L, snapshot.get("tag"), "a snapshot does not move");
    }

    @Test
    void aStageThatThrowsStillCounts() {
        CpuTimes cpu = new CpuTimes();
        assertThrows(IllegalStateException.class, () -> cpu.time("fails", () -> {
            busy();
            throw new IllegalStateException("model missing");
        }));
        assertTrue(cpu.snapshot().get("fails") > 0);
    }
}
