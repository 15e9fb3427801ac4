package org.sitrep.cluster;

import java.util.Arrays;
import java.util.Objects;

/**
 * What the independence count needs to know of an article; computed at ingest ({@link Fingerprints#of}) and
 * stored beside it.
 *
 * @param source  the outlet, or null
 * @param wire    the news agency whose copy the article carries ({@code "Reuters"}, {@code "AP"}), or null
 * @param minhash MinHash signature of the body's word shingles ({@link Fingerprints#SIGNATURE_LENGTH} values), or
 *                empty when the body is too short to have one
 * @param reprints how many other outlets printed this text word for word: more articles, not more witnesses
 */
public record ArticleFingerprint(String articleId, String doc, String source, String wire, long[] minhash,
                                 int reprints) {

    public ArticleFingerprint {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(minhash, "minhash");
        if (reprints < 0) {
            throw new IllegalArgumentException("reprints must not be negative: " + reprints);
        }
        minhash = minhash.clone();
    }

    /** An article no other outlet is known to have reprinted. */
    public ArticleFingerprint(String articleId, String doc, String source, String wire, long[] minhash) {
        this(articleId, doc, source, wire, minhash, 0);
    }

    /** This article with its reprints counted. */
    public ArticleFingerprint withReprints(int count) {
        return new ArticleFingerprint(articleId, doc, source, wire, minhash, count);
    }

    @Override
    public long[] minhash() {
        return minhash.clone();
    }

    /** Estimated Jaccard similarity of the two bodies' shingle sets: the share of signature positions that agree. */
    public double similarity(ArticleFingerprint other) {
        if (minhash.length == 0 || minhash.length != other.minhash.length) {
            return 0;
        }
        int same = 0;
        for (int i = 0; i < minhash.length; i++) {
            if (minhash[i] == other.minhash[i]) {
                same++;
            }
        }
        return (double) same / minhash.length;
    }

    long band(int start, int rows) {
        long h = 0x9E3779B97F4A7C15L;
        for (int i = start; i < start + rows; i++) {
            h = Fingerprints.mix(h ^ minhash[i]);
        }
        return h;
    }

    int signatureLength() {
        return minhash.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ArticleFingerprint f && articleId.equals(f.articleId) && Objects.equals(doc, f.doc)
                && Objects.equals(source, f.source) && Objects.equals(wire, f.wire)
                && Arrays.equals(minhash, f.minhash) && reprints == f.reprints;
    }

    @Override
    public int hashCode() {
        return Objects.hash(articleId, doc, source, wire, reprints) * 31 + Arrays.hashCode(minhash);
    }

    @Override
    public String toString() {
        return "ArticleFingerprint[" + articleId + ", " + doc + ", source=" + source + ", wire=" + wire + ", reprints="
                + reprints + "]";
    }
}
