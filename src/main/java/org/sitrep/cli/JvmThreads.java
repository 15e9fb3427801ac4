package org.sitrep.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time of the JVM's own threads, the JIT compilers and the garbage collector, which no Java API reports. On a
 * short run they are a large share of the whole (compiling CoreNLP's hot code takes seconds). Read from Linux's
 * /proc/self/task; elsewhere there is nothing to read and the map is empty.
 */
final class JvmThreads {

    /** Kinds of thread, by the name prefixes HotSpot gives them. */
    private static final Map<String, List<String>> KINDS = Map.of(
            "jit", List.of("C1 CompilerThre", "C2 CompilerThre"),
            "gc", List.of("GC Thread", "G1 ", "VM Thread", "ParGC", "Parallel GC"));
    /** Linux reports thread times in clock ticks of USER_HZ, which is 100 on every mainstream kernel build. */
    private static final double NANOS_PER_TICK = 1e9 / 100;

    private JvmThreads() {
    }

    /** CPU nanoseconds of the live threads of each kind ("jit", "gc"), or an empty map off Linux. */
    static Map<String, Long> cpuNanos() {
        Map<String, Long> out = new LinkedHashMap<>();
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) {
            return out;
        }
        try (Stream<Path> threads = Files.list(tasks)) {
            for (Path t : threads.toList()) {
                String stat;
                try {
                    stat = Files.readString(t.resolve("stat"));
                } catch (IOException gone) {
                    continue; // the thread ended while we listed them
                }
                // Format: tid (name) state ... with utime and stime the 12th and 13th fields after the name.
                int open = stat.indexOf('(');
                int close = stat.lastIndexOf(')');
                String name = stat.substring(open + 1, close);
                String[] fields = stat.substring(close + 2).split(" ");
                long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                KINDS.forEach((kind, prefixes) -> {
                    if (prefixes.stream().anyMatch(name::startsWith)) {
                        out.merge(kind, Math.round(ticks * NANOS_PER_TICK), Long::sum);
                    }
                });
            }
        } catch (IOException e) {
            return Map.of();
        }
        return out;
    }
}
