package org.sitrep.cluster;

import org.sitrep.model.Bound;
import org.sitrep.model.Quantity;

/**
 * What a stated count admits, as a closed range of whole numbers: "116" is [116, 116], "more than 100"
 * ({@link Bound#AT_LEAST}) is [100, ∞), "up to 50" is [0, 50], and "about 100" is within a tenth either way
 * ([90, 110]; at least one either way), the rounding a reporter applies to a figure he read. Two counts are
 * consistent when their ranges meet.
 */
final class Counts {

    static final String ORDINAL = "ordinal";

    private Counts() {
    }

    static long low(Quantity q) {
        return switch (q.bound()) {
            case EXACT, AT_LEAST -> q.count();
            case UP_TO -> 0;
            case ABOUT -> Math.max(0, q.count() - tolerance(q.count()));
        };
    }

    static long high(Quantity q) {
        return switch (q.bound()) {
            case EXACT, UP_TO -> q.count();
            case AT_LEAST -> Long.MAX_VALUE;
            case ABOUT -> q.count() + tolerance(q.count());
        };
    }

    private static long tolerance(long n) {
        return Math.max(1, Math.round(n * 0.1));
    }

    static boolean consistent(long lo1, long hi1, long lo2, long hi2) {
        return lo1 <= hi2 && lo2 <= hi1;
    }

    /** Whether the first range lies inside the second: the second is the vaguer statement of the first. */
    static boolean within(long lo1, long hi1, long lo2, long hi2) {
        return lo2 <= lo1 && hi1 <= hi2;
    }

    /** The key two counts must share to be compared: item, subtype (or none) and status (or none). */
    static String key(Quantity q) {
        return q.item() + "/" + (q.subtype() == null ? "" : q.subtype()) + "/" + (q.status() == null ? "" : q.status());
    }
}
