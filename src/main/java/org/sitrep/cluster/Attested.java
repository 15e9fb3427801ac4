package org.sitrep.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * The values the reports of one event give for one field, with the documents that give each. Values are related by
 * {@code within(fine, coarse)}: the fine value is a more precise statement the coarse one is consistent with (a day
 * within a week, a city within its country, 127 within "more than 100").
 *
 * @param <V> the value type
 */
final class Attested<V> {

    /** One distinct value: the documents giving it, and the position of its first report. */
    static final class Entry<V> {
        final V value;
        final Set<String> docs = new LinkedHashSet<>();
        final int first;

        Entry(V value, int first) {
            this.value = value;
            this.first = first;
        }
    }

    private final Map<Object, Entry<V>> entries = new LinkedHashMap<>();
    private final BiPredicate<V, V> within;

    Attested(BiPredicate<V, V> within) {
        this.within = within;
    }

    /** Records that {@code doc} gives {@code value} (identified by {@code key}) in the report at {@code position}. */
    void give(Object key, V value, String doc, int position) {
        entries.computeIfAbsent(key, k -> new Entry<>(value, position)).docs.add(doc);
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    /**
     * The value most documents attest, a document attesting a value when it gives it, or gives a vaguer value it
     * lies within, or when {@code alsoAttests(given, value)}; ties go to the more precise value (by
     * {@code precision}, smaller first), then to the earlier report.
     */
    Entry<V> representative(Comparator<V> precision, BiPredicate<V, V> alsoAttests) {
        Entry<V> best = null;
        int bestSupport = -1;
        for (Entry<V> e : entries.values()) {
            Set<String> docs = new LinkedHashSet<>();
            for (Entry<V> g : entries.values()) {
                if (g == e || within.test(e.value, g.value) || alsoAttests.test(g.value, e.value)) {
                    docs.addAll(g.docs);
                }
            }
            int support = docs.size();
            if (best == null || support > bestSupport
                    || support == bestSupport && precision.compare(e.value, best.value) < 0
                    || support == bestSupport && precision.compare(e.value, best.value) == 0 && e.first < best.first) {
                best = e;
                bestSupport = support;
            }
        }
        return best;
    }

    /**
     * The values the reports dispute: those with no more precise value inside them (vaguer values agree with
     * everything they contain), when at least two of them come from different documents. Most-attested first,
     * then by first report. Empty when there is no dispute.
     */
    List<Entry<V>> disputed() {
        List<Entry<V>> minimal = new ArrayList<>();
        for (Entry<V> e : entries.values()) {
            boolean hasFiner = false;
            for (Entry<V> g : entries.values()) {
                if (g != e && within.test(g.value, e.value)) {
                    hasFiner = true;
                    break;
                }
            }
            if (!hasFiner) {
                minimal.add(e);
            }
        }
        if (minimal.size() < 2 || !fromDifferentDocuments(minimal)) {
            return List.of();
        }
        minimal.sort(Comparator.<Entry<V>>comparingInt(e -> -e.docs.size()).thenComparingInt(e -> e.first));
        return minimal;
    }

    private static <V> boolean fromDifferentDocuments(List<Entry<V>> values) {
        for (int i = 0; i < values.size(); i++) {
            for (int j = i + 1; j < values.size(); j++) {
                for (String a : values.get(i).docs) {
                    for (String b : values.get(j).docs) {
                        if (!a.equals(b)) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }
}
