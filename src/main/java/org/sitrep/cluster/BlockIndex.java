package org.sitrep.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The in-memory version of the store's candidate query, for one type: dated profiles filed by the first day of
 * their range, then by place (country, first-level division, city). Ranges of very different lengths (a day, a
 * night, a month, a year) go to separate classes, each bucketed by its own width, so a query reads a few buckets
 * per class whatever the span of the events in it. Within a bucket a query reads only the places a mention can fit
 * in: profiles with no place, its country's profiles with no division, its division's profiles with no city, and
 * its city's; a mention that names no division or city reads all of them below the level it names. A profile whose
 * range grows is filed again; stale filings are harmless because callers check {@link Profile#admits} and visit
 * each profile once per query (its stamp), and a profile's place, once set at a level, never changes.
 */
final class BlockIndex {

    private static final int[] WIDTHS = {1, 2, 4, 10, 40, 400, 1 << 20};

    /** Profiles without the next level of place, and those with it by name. */
    private static final class Level<T> {
        final List<Profile> here = new ArrayList<>();
        final Map<String, T> below = new HashMap<>();
    }

    private static final class Division {
        final Level<List<Profile>> cities = new Level<>();
    }

    private static final class Country {
        final Level<Division> divisions = new Level<>();
    }

    private final Map<Long, Level<Country>> buckets = new HashMap<>();

    /** Files {@code p} if it has a block and its range is not inside the range it is already filed under here. */
    void file(Profile p) {
        if (!p.hasBlock()) {
            return;
        }
        int lo = p.lo();
        int hi = p.hi();
        if (p.indexedIn == this && p.indexedLo <= lo && hi <= p.indexedHi) {
            return;
        }
        int c = widthClass(hi - lo);
        Level<Country> bucket = buckets.computeIfAbsent(key(c, Math.floorDiv(lo, WIDTHS[c])), k -> new Level<>());
        if (p.country == null) {
            bucket.here.add(p);
        } else {
            Level<Division> divisions = bucket.below.computeIfAbsent(p.country, k -> new Country()).divisions;
            if (p.admin1 == null) {
                divisions.here.add(p);
            } else {
                Level<List<Profile>> cities = divisions.below.computeIfAbsent(p.admin1, k -> new Division()).cities;
                if (p.city == null) {
                    cities.here.add(p);
                } else {
                    cities.below.computeIfAbsent(p.city, k -> new ArrayList<>()).add(p);
                }
            }
        }
        p.indexedIn = this;
        p.indexedLo = lo;
        p.indexedHi = hi;
    }

    /**
     * Every profile filed under a first day from which its range could reach into [from, to] and under a place
     * that fits {@code country}, {@code admin1} and {@code city} (each may be null: any).
     */
    void scan(int from, int to, String country, String admin1, String city, Consumer<Profile> visit) {
        for (int c = 0; c < WIDTHS.length; c++) {
            int w = WIDTHS[c];
            long first = Math.floorDiv(from - w + 1, w);
            long last = Math.floorDiv(to, w);
            for (long k = first; k <= last; k++) {
                Level<Country> bucket = buckets.get(key(c, k));
                if (bucket == null) {
                    continue;
                }
                each(bucket.here, visit);
                if (country == null) {
                    bucket.below.values().forEach(x -> countries(x, null, null, visit));
                } else {
                    Country x = bucket.below.get(country);
                    if (x != null) {
                        countries(x, admin1, city, visit);
                    }
                }
            }
        }
    }

    private static void countries(Country c, String admin1, String city, Consumer<Profile> visit) {
        each(c.divisions.here, visit);
        if (admin1 == null) {
            c.divisions.below.values().forEach(d -> divisions(d, null, visit));
        } else {
            Division d = c.divisions.below.get(admin1);
            if (d != null) {
                divisions(d, city, visit);
            }
        }
    }

    private static void divisions(Division d, String city, Consumer<Profile> visit) {
        each(d.cities.here, visit);
        if (city == null) {
            d.cities.below.values().forEach(list -> each(list, visit));
        } else {
            List<Profile> list = d.cities.below.get(city);
            if (list != null) {
                each(list, visit);
            }
        }
    }

    private static void each(List<Profile> list, Consumer<Profile> visit) {
        for (int i = 0; i < list.size(); i++) {
            visit.accept(list.get(i));
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
