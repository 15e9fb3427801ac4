package org.sitrep.nlp;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * CPU time spent in named stages, summed over the threads that ran them; safe to share between threads.
 *
 * <p>CPU time, not wall time, because the cores are often shared: another process slows the wall clock of every
 * stage, but hardly changes the CPU time a stage needs. Stages keep the order in which they first ran.
 */
public final class CpuTimes {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Map<String, Long> nanos = new LinkedHashMap<>();

    /** CPU time of the calling thread so far, or 0 where the JVM cannot measure it. */
    public static long threadNanos() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : 0;
    }

    /** Runs {@code work} on this thread and adds the CPU time it took to {@code stage}. */
    public <T> T time(String stage, Supplier<T> work) {
        long start = threadNanos();
        try {
            return work.get();
        } finally {
            add(stage, threadNanos() - start);
        }
    }

    public synchronized void add(String stage, long cpuNanos) {
        nanos.merge(stage, cpuNanos, Long::sum);
    }

    /** The stages so far, in the order they first ran. */
    public synchronized Map<String, Long> snapshot() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(nanos));
    }
}
