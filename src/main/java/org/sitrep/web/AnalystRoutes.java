package org.sitrep.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.sitrep.Resolvers;
import org.sitrep.export.AttackTalliesJson;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Factuality;
import org.sitrep.query.AttackTallies;
import org.sitrep.query.Entities;
import org.sitrep.query.EventQuery;
import org.sitrep.report.Brief;
import org.sitrep.store.EventStore;
import org.sitrep.store.StoreStats;

/** What analysts read: the nightly attack series, the daily brief, the entities of the record. */
final class AnalystRoutes {
    static final int MAX_ENTITIES = 5000;
    private static final List<String> KINDS = List.of("actor", "place");
    private static final List<String> BRIEF_FORMATS = List.of("json", "markdown", "html");

    private final EventStore store;
    private final Supplier<Resolvers> resolvers;
    /** Entities need every event; they are computed again only when the store has changed. */
    private StoreStats entitiesOf;
    private Entities entities;

    AnalystRoutes(EventStore store, Supplier<Resolvers> resolvers) {
        this.store = store;
        this.resolvers = resolvers;
    }

    List<Route> routes() {
        return List.of(
                new Route("/api/attacks", Set.of("from", "to"), this::attacks),
                new Route("/api/brief", Set.of("date", "from", "to", "format"), this::brief),
                new Route("/api/entities", Set.of("kind", "limit"), this::entities));
    }

    private void attacks(Context ctx, Params p) {
        LocalDate from = p.date("from");
        LocalDate to = p.date("to");
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiException.badRequest("from " + from + " is after to " + to + "; swap them or widen the range");
        }
        // As sitrep attacks: the night that counts for the first day began the evening before.
        EventQuery q = EventQuery.all().withTypes(Set.of(EventType.ASSAULT))
                .withFrom(from == null ? null : from.minusDays(1)).withTo(to)
                .withFactualities(EnumSet.of(Factuality.REPORTED, Factuality.HISTORICAL));
        ctx.json(AttackTalliesJson.toJson(AttackTallies.of(store.events(q), from, to)));
    }

    private void brief(Context ctx, Params p) {
        LocalDate date = p.date("date");
        LocalDate from = p.date("from");
        LocalDate to = p.date("to");
        if (date != null && (from != null || to != null)) {
            throw ApiException.badRequest("give either date or from and to, not both");
        }
        if (date == null && from == null && to == null) {
            throw ApiException.badRequest("say which day to report: date=YYYY-MM-DD, or from and to");
        }
        LocalDate first = date != null ? date : from != null ? from : to;
        LocalDate last = date != null ? date : to != null ? to : from;
        if (first.isAfter(last)) {
            throw ApiException.badRequest("from " + first + " is after to " + last + "; swap them");
        }
        String format = p.choice("format", "json", BRIEF_FORMATS);
        // As sitrep brief: the night that counts for the first day began the evening before.
        List<Event> events = store.events(EventQuery.all().withFrom(first.minusDays(1)).withTo(last));
        Brief brief = Brief.of(events, store::article, first, last);
        switch (format) {
            case "markdown" -> download(ctx, "text/markdown; charset=utf-8", "sitrep-brief-" + first + ".md",
                    brief.markdown());
            case "html" -> download(ctx, "text/html; charset=utf-8", "sitrep-brief-" + first + ".html", brief.html());
            default -> ctx.json(Views.brief(brief));
        }
    }

    private static void download(Context ctx, String type, String file, String body) {
        ctx.header("Content-Disposition", "attachment; filename=\"" + file + "\"");
        ctx.contentType(type).result(body);
    }

    private void entities(Context ctx, Params p) {
        String kind = p.choice("kind", null, KINDS);
        int limit = p.integer("limit", 100, 1, MAX_ENTITIES);
        Entities all = current();
        ctx.json(Views.entities(kind == null || kind.equals("actor") ? all.actors() : List.of(),
                kind == null || kind.equals("place") ? all.places() : List.of(), limit));
    }

    private synchronized Entities current() {
        StoreStats now = store.stats();
        if (entities == null || !now.equals(entitiesOf)) {
            entities = Entities.of(store.events(EventQuery.all()), resolvers.get().actors(),
                    resolvers.get().gazetteer(), false);
            entitiesOf = now;
        }
        return entities;
    }
}
