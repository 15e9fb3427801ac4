package org.sitrep.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The content words of an evidence sentence, as sorted 64-bit hashes, and how much two sentences share. Reprints
 * and rewrites of one story keep its wording ("full-scale invasion", "children's hospital"); two different
 * happenings of one type rarely do.
 */
final class Keywords {

    private static final String STOPWORDS = "/cluster/stopwords.txt";
    private static final Set<String> STOP = load();
    private static final long[] NONE = new long[0];

    private Keywords() {
    }

    /** Distinct content words of {@code text} (three letters or more, not stop words), hashed and sorted. */
    static long[] of(String text) {
        if (text == null || text.isEmpty()) {
            return NONE;
        }
        long[] out = new long[16];
        int n = 0;
        String lower = text.toLowerCase(Locale.ROOT);
        int i = 0;
        int len = lower.length();
        while (i < len) {
            while (i < len && !Character.isLetterOrDigit(lower.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < len && (Character.isLetterOrDigit(lower.charAt(i)) || lower.charAt(i) == '\'' && i + 1 < len
                    && Character.isLetter(lower.charAt(i + 1)))) {
                i++;
            }
            if (i - start >= 3) {
                String word = lower.substring(start, i);
                if (word.endsWith("'s")) {
                    word = word.substring(0, word.length() - 2);
                }
                if (word.length() >= 3 && !STOP.contains(word)) {
                    if (n == out.length) {
                        out = Arrays.copyOf(out, n * 2);
                    }
                    out[n++] = Fingerprints.hash64(word);
                }
            }
        }
        long[] words = Arrays.copyOf(out, n);
        Arrays.sort(words);
        int distinct = 0;
        for (int k = 0; k < words.length; k++) {
            if (k == 0 || words[k] != words[k - 1]) {
                words[distinct++] = words[k];
            }
        }
        return distinct == words.length ? words : Arrays.copyOf(words, distinct);
    }

    /** Jaccard similarity of two sorted hash sets; 0 when either is empty. */
    static double jaccard(long[] a, long[] b) {
        if (a.length == 0 || b.length == 0) {
            return 0;
        }
        int i = 0;
        int j = 0;
        int shared = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                shared++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return (double) shared / (a.length + b.length - shared);
    }

    private static Set<String> load() {
        InputStream in = Keywords.class.getResourceAsStream(STOPWORDS);
        if (in == null) {
            throw new IllegalStateException(STOPWORDS + " is missing from the class path");
        }
        Set<String> out = new HashSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.startsWith("#")) {
                    for (String w : line.trim().split("\\s+")) {
                        if (!w.isEmpty()) {
                            out.add(w.toLowerCase(Locale.ROOT));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + STOPWORDS + ": " + e.getMessage(), e);
        }
        return Set.copyOf(out);
    }
}
