package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JvmThreadsTest {

    @Test
    void findsTheJitCompilersCpuTimeOnLinux() {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/task")), "needs Linux's /proc");
        // A test JVM has compiled plenty by now (JUnit, this class); make sure of a few hot methods more.
        long sum = 0;
        for (int i = 0; i < 5_000_000; i++) {
            sum += Integer.toString(i).hashCode();
        }
        Map<String, Long> cpu = JvmThreads.cpuNanos();
        long s = sum;
        assertTrue(cpu.getOrDefault("jit", 0L) > 0, () -> cpu + " " + s);
        assertTrue(cpu.keySet().stream().allMatch(k -> k.equals("jit") || k.equals("gc")), cpu::toString);
    }
}
