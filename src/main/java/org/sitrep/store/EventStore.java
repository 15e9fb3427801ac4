package org.sitrep.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.Mention;
import org.sitrep.query.EventQuery;

/**
 * Where articles, the mentions read from them and the events those mentions are merged into are kept. Nothing
 * here is SQLite-specific, so another database (PostgreSQL) can implement it.
 *
 * <p>An event is a cluster of mentions, possibly from many articles. Its fields are the merged view of its
 * mentions: representative values, {@link org.sitrep.model.Sources} (articles and independent outlets) and
 * disputes. Event ids are stable: docs/stable-ids.md gives the rule.
 */
public interface EventStore extends AutoCloseable {

    boolean hasArticle(String articleId);

    /**
     * Stores the article and what it reports in one transaction: each mention joins the stored event it reports
     * (found by the merging stage among the events of its type and dates) or founds a new one. If the article id
     * is already stored, changes nothing and returns false. A crash mid-way leaves no half article.
     *
     * @throws StoreException when anything fails; nothing of the article is then stored
     */
    boolean put(Article article, List<Mention> mentions);

    /**
     * Records that another outlet printed a stored article word for word (same id, so the same text). A reprint
     * is another article on the record: the events the text backs count it in {@code sources.articles}, never
     * in {@code sources.independent}. Returns false, changing nothing, when the article is not stored, when the
     * copy names no outlet, or when its outlet is the article's own or one already recorded for it.
     */
    boolean putReprint(Article copy);

    List<Event> events(EventQuery query);

    /** The event with this id, or the event that now holds it after a merge or split (see {@link #resolve}). */
    Optional<Event> event(String id);

    /** The id that names this event now: the id itself, the event an old id was merged into, or empty. */
    Optional<String> resolve(String id);

    Optional<Article> article(String id);

    /** All stored articles, ordered by published date (undated last), then doc. */
    List<Article> articles();

    /** Rebuilds every event from the stored mentions, deterministically, keeping ids (see docs/stable-ids.md). */
    Rebuild recluster();

    /**
     * Replaces the stored mentions of each given article with a new reading of it (a newer extractor, new
     * aliases), then rebuilds the events as {@link #recluster} does; one transaction.
     *
     * @param mentionsByArticle article id to its new mentions; every id must be a stored article
     */
    Rebuild replaceMentions(Map<String, List<Mention>> mentionsByArticle);

    StoreStats stats();

    @Override
    void close();

    /**
     * What a rebuild did.
     *
     * @param mentions     mentions clustered
     * @param eventsBefore events before the rebuild
     * @param eventsAfter  events after it
     * @param kept         events whose id survived
     * @param newAliases   old ids that now resolve to another event
     */
    record Rebuild(int mentions, int eventsBefore, int eventsAfter, int kept, int newAliases) {
    }
}
