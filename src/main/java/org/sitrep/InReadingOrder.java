package org.sitrep;

import java.util.HashMap;
import java.util.Map;

/**
 * Runs the commits of articles read on several threads in the order the articles were read, whatever order the
 * threads finish in. A commit waits only for those of articles read before it, so at most the articles in flight
 * wait here.
 */
final class InReadingOrder {

    private final Map<Long, Runnable> waiting = new HashMap<>();
    private long next;

    /**
     * Records that article number {@code position} (counted from 0, each exactly once) is ready, and runs every
     * commit whose turn has come. Commits report their own failures: one that throws would stop the ones after it.
     */
    synchronized void done(long position, Runnable commit) {
        waiting.put(position, commit);
        for (Runnable ready = waiting.remove(next); ready != null; ready = waiting.remove(next)) {
            next++;
            ready.run();
        }
    }
}
