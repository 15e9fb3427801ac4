package org.sitrep.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.export.AcledCsvExporter;
import org.sitrep.export.JsonLinesExporter;
import org.sitrep.export.TimelineJsExporter;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.query.EventQuery;
import org.sitrep.store.EventSearch;
import org.sitrep.store.EventStore;

/** Events: the filtered, paged list; one event with its evidence; events per place; exports. */
final class EventRoutes {
    static final int MAX_PAGE = 500;
    static final int MAX_PLACES = 5000;
    private static final List<String> SORTS = List.of("date", "-date");
    private static final List<String> FORMATS = List.of("jsonl", "csv", "timelinejs");

    private final EventStore store;
    private final EventSearch search;

    EventRoutes(EventStore store, EventSearch search) {
        this.store = store;
        this.search = search;
    }

    List<Route> routes() {
        return List.of(
                new Route("/api/events", EventFilter.namesAnd("limit", "offset", "sort"), this::list),
                new Route("/api/events/{id}", Set.of(), this::one),
                new Route("/api/count", EventFilter.NAMES, this::count),
                new Route("/api/places", EventFilter.namesAnd("limit"), this::places),
                new Route("/api/export", EventFilter.namesAnd("format", "include_unconfirmed"), this::export));
    }

    private void list(Context ctx, Params p) {
        int limit = p.integer("limit", 50, 1, MAX_PAGE);
        int offset = p.integer("offset", 0, 0, Integer.MAX_VALUE);
        EventQuery.Sort sort = p.choice("sort", "date", SORTS).equals("date")
                ? EventQuery.Sort.OLDEST_FIRST : EventQuery.Sort.NEWEST_FIRST;
        EventQuery q = EventFilter.read(p).withSort(sort);
        // One more than the page tells whether another page follows, without counting every match:
        // the total is /api/count's, asked for separately, since counting costs more than a page.
        List<Event> events = store.events(q.withLimit(limit + 1).withOffset(offset));
        ObjectNode o = JsonNodeFactory.instance.objectNode()
                .put("offset", offset)
                .put("limit", limit)
                .put("more", events.size() > limit);
        ArrayNode arr = o.putArray("events");
        events.stream().limit(limit).forEach(e -> arr.add(Views.eventInList(e)));
        ctx.json(o);
    }

    private void count(Context ctx, Params p) {
        ctx.json(JsonNodeFactory.instance.objectNode().put("total", search.count(EventFilter.read(p))));
    }

    private void one(Context ctx, Params p) {
        String id = ctx.pathParam("id");
        Event e = store.event(id).orElseThrow(() -> ApiException.notFound("no event with id '" + id
                + "'; event ids look like ev-1a2b3c4d5e6f and are listed by /api/events"));
        Map<String, Article> articles = new HashMap<>();
        ctx.json(Views.event(e, aid -> articles.computeIfAbsent(aid, k -> store.article(k).orElse(null))));
    }

    private void places(Context ctx, Params p) {
        int limit = p.integer("limit", 1000, 1, MAX_PLACES);
        ctx.json(Views.places(search.places(EventFilter.read(p), limit)));
    }

    private void export(Context ctx, Params p) throws Exception {
        String format = p.string("format");
        if (format == null) {
            throw ApiException.badRequest("format is required: one of " + String.join(", ", FORMATS));
        }
        p.choice("format", null, FORMATS);
        EventQuery q = EventFilter.read(p);
        // As on the command line: only what happened, unless asked for more or filtered by factuality.
        if (q.factualities().isEmpty() && !p.flag("include_unconfirmed")) {
            q = q.withFactualities(EnumSet.copyOf(EventFilter.happened()));
        }
        List<Event> events = store.events(q);
        String file = format.equals("timelinejs") ? "sitrep-timeline.json" : "sitrep-events." + format;
        ctx.header("Content-Disposition", "attachment; filename=\"" + file + "\"");
        ctx.contentType(switch (format) {
            case "csv" -> "text/csv; charset=utf-8";
            case "timelinejs" -> "application/json; charset=utf-8";
            default -> "application/x-ndjson; charset=utf-8";
        });
        Writer w = new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8));
        switch (format) {
            case "csv" -> new AcledCsvExporter().write(events, w);
            case "timelinejs" -> new TimelineJsExporter().write(events, "sitrep: " + events.size() + " events", w);
            default -> new JsonLinesExporter().write(events, w);
        }
        w.flush();
    }
}
