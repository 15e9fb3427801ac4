package org.sitrep.cluster;

import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.Locale;
import org.sitrep.model.Article;

/**
 * Computes {@link ArticleFingerprint}s: the credited wire, and a MinHash signature over the body's word 5-shingles,
 * whose agreement estimates how much text two articles share. Reprints and lightly edited or trimmed copies share
 * most shingles; separately written reports of one event share only quotes.
 */
public final class Fingerprints {

    /** Words per shingle: long enough that independent writers rarely share one, short enough to survive edits. */
    public static final int SHINGLE = 5;
    /** Signature length: the estimate's standard error is at most 0.045 (at a similarity of one half). */
    public static final int SIGNATURE_LENGTH = 128;

    private static final Wires WIRES = Wires.loadDefault();
    private static final long[] SEEDS = seeds();

    private Fingerprints() {
    }

    public static ArticleFingerprint of(Article a) {
        return new ArticleFingerprint(a.id(), a.doc(), a.source(), WIRES.creditIn(a.text()), minhash(a.text()));
    }

    /** The credited wire of a body, or null. */
    public static String wireOf(String body) {
        return WIRES.creditIn(body);
    }

    /** The MinHash signature of a body's normalized word 5-shingles; empty when it has no words. */
    public static long[] minhash(String body) {
        String[] words = body.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        int first = words.length > 0 && words[0].isEmpty() ? 1 : 0;
        int n = words.length - first;
        if (n <= 0) {
            return new long[0];
        }
        long[] sig = new long[SIGNATURE_LENGTH];
        java.util.Arrays.fill(sig, Long.MAX_VALUE);
        int shingles = Math.max(1, n - SHINGLE + 1);
        StringBuilder sb = new StringBuilder();
        for (int s = 0; s < shingles; s++) {
            sb.setLength(0);
            for (int k = s; k < Math.min(n, s + SHINGLE); k++) {
                if (k > s) {
                    sb.append(' ');
                }
                sb.append(words[first + k]);
            }
            long h = hash64(sb);
            for (int i = 0; i < SIGNATURE_LENGTH; i++) {
                long v = mix(h ^ SEEDS[i]);
                if (v < sig[i]) {
                    sig[i] = v;
                }
            }
        }
        return sig;
    }

    /** A signature as text, for a TEXT column: URL-safe Base64 of its big-endian bytes. */
    public static String encode(long[] minhash) {
        ByteBuffer buf = ByteBuffer.allocate(minhash.length * Long.BYTES);
        for (long v : minhash) {
            buf.putLong(v);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(buf.array());
    }

    public static long[] decode(String s) {
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(s);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not an encoded MinHash signature: " + e.getMessage(), e);
        }
        if (bytes.length % Long.BYTES != 0) {
            throw new IllegalArgumentException("not an encoded MinHash signature: " + bytes.length
                    + " bytes is not a whole number of 64-bit values");
        }
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        long[] out = new long[bytes.length / Long.BYTES];
        for (int i = 0; i < out.length; i++) {
            out[i] = buf.getLong();
        }
        return out;
    }

    /** 64-bit FNV-1a of the characters, finished with {@link #mix} so that nearby strings spread. */
    static long hash64(CharSequence s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    /** The SplitMix64 finalizer: a bijection of 64-bit values that scrambles every bit. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static long[] seeds() {
        long[] out = new long[SIGNATURE_LENGTH];
        long x = 0x5172657053656564L;
        for (int i = 0; i < out.length; i++) {
            x += 0x9E3779B97F4A7C15L;
            out[i] = mix(x);
        }
        return out;
    }
}
