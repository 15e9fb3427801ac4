package org.sitrep.cluster;

import java.time.LocalDate;
import java.util.Objects;
import org.sitrep.model.EventType;

/**
 * Which stored events a new mention must be compared with; {@link Clusterer#match} then picks among them. With the
 * event columns of {@link Block} ({@code type, block_from, block_to, country}) indexed on
 * {@code (type, block_to)} and the mention table indexed on {@code article_id}, a store asks:
 *
 * <pre>{@code
 * SELECT id FROM events
 *  WHERE type = :type AND block_from <= :to AND block_to >= :from            -- skipped when :from is null
 *    AND (:country IS NULL OR country IS NULL OR country = :country)
 * UNION
 * SELECT event_id FROM mentions WHERE article_id = :articleId AND type = :type
 * }</pre>
 *
 * loads those events' mentions and calls {@link Clusterer#match}. Every event the mention could merge with is in
 * the answer: a mention only merges when its dates lie within {@link Rules#slackDays()} of every dated member (an
 * undated one: when it copies an undated event published within the slack), its country equals the event's (or
 * either has none), or it shares the event's article.
 *
 * @param from      first day of the window (the mention's first day minus the slack; for an undated mention, its
 *                  publication day minus the slack), or null when neither is known: such a mention is only
 *                  compared with events of its own article
 * @param to        last day of the window, null with {@code from}
 * @param country   the mention's country, or null: then events of every country qualify
 * @param articleId the mention's article ({@link MentionRecord#articleKey()})
 */
public record CandidateQuery(EventType type, LocalDate from, LocalDate to, String country, String articleId) {
    public CandidateQuery {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(articleId, "articleId");
    }

    /** Whether an event filed under {@code b} answers the date-and-place half of this query. */
    public boolean admits(Block b) {
        return b.type() == type && from != null && b.from() != null && !b.from().isAfter(to)
                && !b.to().isBefore(from) && (country == null || b.country() == null || b.country().equals(country));
    }
}
