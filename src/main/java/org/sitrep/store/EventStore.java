package org.sitrep.store;

import java.util.List;
import java.util.Optional;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.query.EventQuery;

/**
 * Where articles and the events read from them are kept. Nothing here is SQLite-specific, so another
 * database (PostgreSQL) can implement it.
 *
 * <p>Events come back fully populated; their {@link org.sitrep.model.Sources} are recomputed from the stored
 * mentions: {@code articles} counts the distinct articles, {@code independent} the distinct non-null outlets
 * (at least 1 when there is a mention).
 */
public interface EventStore extends AutoCloseable {

    boolean hasArticle(String articleId);

    /**
     * Stores the article and its events in one transaction; if the article id is already stored, changes
     * nothing and returns false. A crash mid-way leaves no half article.
     *
     * <p>An event whose id is already stored keeps its stored fields and gains this article's mentions. Each
     * mention is filed under its evidence's article id, or this article's id when that is null; a mention that
     * cites another article needs that article stored first.
     *
     * @throws StoreException when anything fails; nothing of the article is then stored
     */
    boolean put(Article article, List<Event> events);

    List<Event> events(EventQuery query);

    Optional<Event> event(String id);

    Optional<Article> article(String id);

    /** All stored articles, ordered by published date (undated last), then doc. */
    List<Article> articles();

    StoreStats stats();

    @Override
    void close();
}
