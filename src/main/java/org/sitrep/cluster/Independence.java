package org.sitrep.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Collection;

/**
 * How many outlets behind an event did not copy each other. Two articles count once when they come from the same
 * outlet, carry the same wire's copy (or one is the wire and the other reprints it), or share most of their text:
 * an estimated Jaccard similarity of their 5-shingle sets of at least {@link #NEAR_DUPLICATE}. The count is the
 * number of groups those links join the articles into.
 */
public final class Independence {

    /**
     * Near-duplicate threshold. A reprint cut to a third of the original still reaches 0.33, and a copy with one
     * word changed per 25 about 0.65; separately written reports share only quotes, well under 0.1.
     */
    public static final double NEAR_DUPLICATE = 0.3;

    /** Above this many articles, candidate near-duplicate pairs come from MinHash bands instead of all pairs. */
    private static final int ALL_PAIRS_LIMIT = 256;
    /** Rows per band: a pair at 0.3 shares at least one of 64 two-row bands with probability 0.998. */
    private static final int BAND_ROWS = 2;

    private Independence() {
    }

    /** At least 1 for a non-empty collection; an article given twice counts once. */
    public static int count(Collection<ArticleFingerprint> articles) {
        Map<String, ArticleFingerprint> distinct = new LinkedHashMap<>();
        for (ArticleFingerprint a : articles) {
            distinct.putIfAbsent(a.articleId(), a);
        }
        List<ArticleFingerprint> list = new ArrayList<>(distinct.values());
        int n = list.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        Map<String, Integer> byOutlet = new HashMap<>();
        for (int i = 0; i < n; i++) {
            for (String key : new String[] {outlet(list.get(i).source()), outlet(list.get(i).wire())}) {
                if (key != null) {
                    Integer j = byOutlet.putIfAbsent(key, i);
                    if (j != null) {
                        union(parent, i, j);
                    }
                }
            }
        }
        if (n <= ALL_PAIRS_LIMIT) {
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    if (find(parent, i) != find(parent, j) && list.get(i).similarity(list.get(j)) >= NEAR_DUPLICATE) {
                        union(parent, i, j);
                    }
                }
            }
        } else {
            Map<Long, List<Integer>> bands = new HashMap<>();
            for (int i = 0; i < n; i++) {
                ArticleFingerprint a = list.get(i);
                for (int start = 0; start + BAND_ROWS <= a.signatureLength(); start += BAND_ROWS) {
                    List<Integer> same = bands.computeIfAbsent(a.band(start, BAND_ROWS) * 31 + start,
                            k -> new ArrayList<>(2));
                    for (int j : same) {
                        if (find(parent, i) != find(parent, j) && a.similarity(list.get(j)) >= NEAR_DUPLICATE) {
                            union(parent, i, j);
                        }
                    }
                    same.add(i);
                }
            }
        }
        int groups = 0;
        for (int i = 0; i < n; i++) {
            if (find(parent, i) == i) {
                groups++;
            }
        }
        return groups;
    }

    private static String outlet(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
