package org.sitrep.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.Set;
import org.sitrep.model.Article;
import org.sitrep.store.EventSearch;
import org.sitrep.store.EventStore;

/** Articles by id, full-text search, and what the store holds. */
final class LookupRoutes {
    static final int MAX_HITS = 100;

    private final EventStore store;
    private final EventSearch search;

    LookupRoutes(EventStore store, EventSearch search) {
        this.store = store;
        this.search = search;
    }

    List<Route> routes() {
        return List.of(
                new Route("/api/articles/{id}", Set.of(), this::article),
                new Route("/api/search", Set.of("q", "limit"), this::search),
                new Route("/api/stats", Set.of(), this::stats));
    }

    private void article(Context ctx, Params p) {
        String id = ctx.pathParam("id");
        Article a = store.article(id).orElseThrow(() -> ApiException.notFound("no article with id '" + id
                + "'; article ids are listed in each event's mentions (\"article\") and by /api/search"));
        ctx.json(Views.article(a, search.mentionsIn(id)));
    }

    private void search(Context ctx, Params p) {
        String q = p.string("q");
        if (q == null) {
            throw ApiException.badRequest("q is required: the words to look for, e.g. q=Shahed drones");
        }
        int limit = p.integer("limit", 20, 1, MAX_HITS);
        EventSearch.Results r;
        try {
            r = search.search(q, limit);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        ctx.json(Views.search(q, r));
    }

    private void stats(Context ctx, Params p) {
        ctx.json(Views.stats(store.stats()));
    }
}
