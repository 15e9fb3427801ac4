package org.sitrep.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.Evidence;
import org.sitrep.model.Span;

/**
 * The content words of an evidence sentence, as sorted 64-bit hashes, and how much two sentences share. Reprints
 * and rewrites of one story keep its wording ("full-scale invasion", "children's hospital"); two different
 * happenings of one type rarely do.
 */
final class Keywords {

    private static final String STOPWORDS = "/cluster/stopwords.txt";
    private static final long[] STOP = load();
    private static final long[] NONE = new long[0];

    private Keywords() {
    }

    /**
     * The content words of an evidence sentence outside the parts extraction read (cue, actors, place, date,
     * figures, claimant): those are compared field by field, and counting them again would make "Russia attacked
     * Ukraine" on Sunday look like the same story as on Monday.
     */
    static long[] of(Evidence evidence) {
        List<Span> spans = evidence.highlights();
        if (spans.isEmpty()) {
            return of(evidence.text(), null);
        }
        boolean[] read = new boolean[evidence.text().length()];
        for (Span s : spans) {
            int to = Math.min(read.length, s.end() - evidence.start());
            for (int k = Math.max(0, s.start() - evidence.start()); k < to; k++) {
                read[k] = true;
            }
        }
        return of(evidence.text(), read);
    }

    /** Distinct content words of {@code text} (three letters or more, not stop words), hashed and sorted. */
    static long[] of(String text) {
        return of(text, null);
    }

    /** As {@link #of(String)}, leaving out words that start at a position marked in {@code skip}. */
    private static long[] of(String text, boolean[] skip) {
        if (text == null || text.isEmpty()) {
            return NONE;
        }
        long[] out = new long[16];
        int n = 0;
        int len = text.length();
        int i = 0;
        while (i < len) {
            while (i < len && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int wordStart = i;
            // FNV-1a over the lower-cased word, as Fingerprints.hash64 computes it; a final "'s" is left out.
            long h = 0xcbf29ce484222325L;
            int length = 0;
            while (i < len) {
                char ch = text.charAt(i);
                if (Character.isLetterOrDigit(ch)) {
                    h ^= Character.toLowerCase(ch);
                    h *= 0x100000001b3L;
                    length++;
                    i++;
                } else if ((ch == '\'' || ch == '\u2019') && i + 1 < len && Character.isLetter(text.charAt(i + 1))) {
                    if ((text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                            && (i + 2 == len || !Character.isLetterOrDigit(text.charAt(i + 2)))) {
                        i += 2;
                        break;
                    }
                    h ^= '\'';
                    h *= 0x100000001b3L;
                    length++;
                    i++;
                } else {
                    break;
                }
            }
            if (length >= 3 && (skip == null || !skip[wordStart])) {
                long word = Fingerprints.mix(h);
                if (Arrays.binarySearch(STOP, word) < 0) {
                    if (n == out.length) {
                        out = Arrays.copyOf(out, n * 2);
                    }
                    out[n++] = word;
                }
            }
        }
        Arrays.sort(out, 0, n);
        int distinct = 0;
        for (int k = 0; k < n; k++) {
            if (k == 0 || out[k] != out[k - 1]) {
                out[distinct++] = out[k];
            }
        }
        return Arrays.copyOf(out, distinct);
    }

    /**
     * How much wording two sentences share: 3 when the Jaccard similarity of their word sets is 0.6 or more, 2 at
     * 0.3, 1 at 0.15, else 0; never more than 0 for fewer than two shared words.
     */
    static int points(long[] a, long[] b) {
        if (a.length < 2 || b.length < 2) {
            return 0;
        }
        int shared = shared(a, b);
        if (shared < 2) {
            return 0;
        }
        double j = (double) shared / (a.length + b.length - shared);
        return j >= 0.6 ? 3 : j >= 0.3 ? 2 : j >= 0.15 ? 1 : 0;
    }

    /** Jaccard similarity of two sorted hash sets; 0 when either is empty. */
    static double jaccard(long[] a, long[] b) {
        if (a.length == 0 || b.length == 0) {
            return 0;
        }
        int shared = shared(a, b);
        return (double) shared / (a.length + b.length - shared);
    }

    private static int shared(long[] a, long[] b) {
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
        return shared;
    }

    private static long[] load() {
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
        long[] hashes = out.stream().mapToLong(Fingerprints::hash64).toArray();
        Arrays.sort(hashes);
        return hashes;
    }
}
