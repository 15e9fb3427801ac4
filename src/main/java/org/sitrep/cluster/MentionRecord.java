package org.sitrep.cluster;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import org.sitrep.model.Article;
import org.sitrep.model.Ids;
import org.sitrep.model.Mention;

/**
 * A mention as the clusterer sees it.
 *
 * @param id        {@link Ids#mention(String, Mention)} of the mention in its article
 * @param published the article's publication date, or null when unknown
 */
public record MentionRecord(String id, Mention mention, LocalDate published) {

    /**
     * The order in which a rebuild reads mentions, and in which a cluster lists them: publication date (undated
     * articles last), article, sentence offset, type; the id breaks what is left. Earlier reports found events.
     */
    public static final Comparator<MentionRecord> CANONICAL = MentionRecord::compareCanonically;

    public MentionRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(mention, "mention");
    }

    /** The record of a mention read from {@code article}. */
    public static MentionRecord of(Article article, Mention mention) {
        return new MentionRecord(Ids.mention(article.id(), mention), mention, article.published());
    }

    private static int compareCanonically(MentionRecord a, MentionRecord b) {
        if (a == b) {
            return 0;
        }
        if (a.published != b.published) {
            if (a.published == null) {
                return 1;
            }
            if (b.published == null) {
                return -1;
            }
            int c = a.published.compareTo(b.published);
            if (c != 0) {
                return c;
            }
        }
        int c = a.articleKey().compareTo(b.articleKey());
        if (c != 0) {
            return c;
        }
        c = Integer.compare(a.mention.evidence().start(), b.mention.evidence().start());
        if (c != 0) {
            return c;
        }
        c = a.mention.type().compareTo(b.mention.type());
        return c != 0 ? c : a.id.compareTo(b.id);
    }

    /** The article this mention comes from: its content id, or its document name when the id is unknown. */
    public String articleKey() {
        String id = mention.evidence().articleId();
        return id != null ? id : "doc:" + mention.evidence().doc();
    }
}
