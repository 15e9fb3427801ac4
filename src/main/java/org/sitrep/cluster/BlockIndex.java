package org.sitrep.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The in-memory version of the store's candidate query, for one type: dated profiles filed by the first day of
 * their range. Ranges of very different lengths (a night, a month, a year) go to separate classes, each bucketed by
 * its own width, so a query reads two or three buckets per class whatever the span of the events in it.
 * A profile whose range grows is filed again; stale filings are harmless because callers check
 * {@link Profile#admits} and visit each profile once per query (its stamp).
 */
final class BlockIndex {

    private static final int[] WIDTHS = {3, 10, 40, 400, 1 << 20};

    private final Map<Long, List<Profile>> buckets = new HashMap<>();

    /** Files {@code p} if it is dated and its range is not inside the range it is already filed under. */
    void file(Profile p) {
        if (p.dated == 0) {
            return;
        }
        int lo = p.lo();
        int hi = p.hi();
        if (p.indexed && p.indexedLo <= lo && hi <= p.indexedHi) {
            return;
        }
        int c = widthClass(hi - lo);
        buckets.computeIfAbsent(key(c, Math.floorDiv(lo, WIDTHS[c])), k -> new ArrayList<>()).add(p);
        p.indexed = true;
        p.indexedLo = lo;
        p.indexedHi = hi;
    }

    /** Every profile filed under a first day from which its range could reach into [from, to]. */
    void scan(int from, int to, Consumer<Profile> visit) {
        for (int c = 0; c < WIDTHS.length; c++) {
            int w = WIDTHS[c];
            long first = Math.floorDiv(from - w + 1, w);
            long last = Math.floorDiv(to, w);
            for (long b = first; b <= last; b++) {
                List<Profile> list = buckets.get(key(c, b));
                if (list != null) {
                    for (int i = 0; i < list.size(); i++) {
                        visit.accept(list.get(i));
                    }
                }
            }
        }
    }

    private static int widthClass(int span) {
        for (int c = 0; c < WIDTHS.length; c++) {
            if (span < WIDTHS[c]) {
                return c;
            }
        }
        throw new IllegalStateException("date range of " + span + " days");
    }

    private static long key(int widthClass, long bucket) {
        return bucket << 3 | widthClass;
    }
}
