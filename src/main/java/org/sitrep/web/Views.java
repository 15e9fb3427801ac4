package org.sitrep.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.sitrep.export.AttackTalliesJson;
import org.sitrep.export.EventJson;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Span;
import org.sitrep.query.Entities;
import org.sitrep.report.Brief;
import org.sitrep.store.EventSearch;
import org.sitrep.store.StoreStats;

/**
 * The API's JSON shapes. An event is the export contract of docs/event-schema.md ({@link EventJson}) plus what
 * a reader of the page needs: each mention's article id and highlighted parts, and the disputes.
 */
final class Views {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Views() {
    }

    /**
     * One event; {@code articles} looks up an evidence sentence's article (for its title and date) and may
     * return null.
     */
    static ObjectNode event(Event e, Function<String, Article> articles) {
        ObjectNode o = EventJson.toJson(e);
        ArrayNode mentions = o.putArray("mentions");
        for (Evidence ev : e.mentions()) {
            ObjectNode m = mentions.addObject()
                    .put("doc", ev.doc())
                    .put("source", ev.source())
                    .put("start", ev.start())
                    .put("end", ev.end())
                    .put("text", ev.text())
                    .put("article", ev.articleId());
            Article a = ev.articleId() == null ? null : articles.apply(ev.articleId());
            m.put("title", a == null ? null : a.title());
            m.put("published", a == null ? null : iso(a.published()));
            ArrayNode hl = m.putArray("highlights");
            for (Span s : ev.highlights()) {
                hl.addObject().put("start", s.start()).put("end", s.end()).put("label", s.label());
            }
        }
        return o;
    }

    /** An event in a list: no article look-ups, so a page of events costs one query. */
    static ObjectNode eventInList(Event e) {
        return event(e, id -> null);
    }

    static ObjectNode article(Article a, List<EventSearch.ArticleMention> mentions) {
        ObjectNode o = NODES.objectNode()
                .put("id", a.id())
                .put("doc", a.doc())
                .put("source", a.source())
                .put("url", a.url())
                .put("title", a.title())
                .put("published", iso(a.published()))
                .put("origin", a.origin())
                .put("text", a.text());
        ArrayNode ms = o.putArray("mentions");
        for (EventSearch.ArticleMention m : mentions) {
            ms.addObject()
                    .put("event", m.eventId())
                    .put("type", m.type().name())
                    .put("factuality", m.factuality() == null ? null : m.factuality().label())
                    .put("start", m.start())
                    .put("end", m.end());
        }
        return o;
    }

    static ObjectNode search(String query, EventSearch.Results r) {
        ObjectNode o = NODES.objectNode().put("query", query);
        ArrayNode articles = o.putArray("articles");
        for (EventSearch.ArticleHit h : r.articles()) {
            ObjectNode n = articles.addObject()
                    .put("id", h.id())
                    .put("doc", h.doc())
                    .put("title", h.title())
                    .put("source", h.source())
                    .put("published", iso(h.published()));
            n.set("snippet", snippet(h.snippet()));
        }
        ArrayNode events = o.putArray("events");
        for (EventSearch.EventHit h : r.events()) {
            ObjectNode n = events.addObject()
                    .put("id", h.eventId())
                    .put("type", h.type().name())
                    .put("factuality", h.factuality() == null ? null : h.factuality().label())
                    .put("date", iso(h.date()))
                    .put("article", h.articleId())
                    .put("doc", h.doc())
                    .put("source", h.source());
            n.set("snippet", snippet(h.snippet()));
        }
        return o;
    }

    private static ArrayNode snippet(EventSearch.Snippet s) {
        ArrayNode parts = NODES.arrayNode();
        for (EventSearch.Snippet.Part p : s.parts()) {
            parts.addObject().put("text", p.text()).put("match", p.match());
        }
        return parts;
    }

    static ObjectNode places(List<EventSearch.Place> places) {
        ObjectNode o = NODES.objectNode();
        ArrayNode arr = o.putArray("places");
        for (EventSearch.Place p : places) {
            arr.addObject()
                    .put("name", p.name())
                    .put("country", p.country())
                    .put("admin1", p.admin1())
                    .put("lat", p.lat())
                    .put("lon", p.lon())
                    .put("precision", p.precision().label())
                    .put("events", p.events());
        }
        return o;
    }

    static ObjectNode stats(StoreStats s) {
        ObjectNode o = NODES.objectNode()
                .put("articles", s.articles())
                .put("events", s.events())
                .put("mentions", s.mentions())
                .put("first_date", iso(s.firstEventDate()))
                .put("last_date", iso(s.lastEventDate()));
        counts(o.putObject("events_by_type"), s.eventsByType());
        counts(o.putObject("events_by_factuality"), s.eventsByFactuality());
        return o;
    }

    private static void counts(ObjectNode target, Map<String, Integer> counts) {
        counts.forEach(target::put);
    }

    static ObjectNode brief(Brief b) {
        ObjectNode o = NODES.objectNode().put("from", iso(b.from())).put("to", iso(b.to()));
        Brief.Summary s = b.summary();
        ObjectNode summary = o.putObject("summary")
                .put("events", s.events())
                .put("articles", s.articles())
                .put("outlets", s.outlets())
                .put("disputed", s.disputed());
        counts(summary.putObject("by_type"), s.byType());
        summary.set("attacks", AttackTalliesJson.toJson(s.attacks()));
        ArrayNode sections = o.putArray("sections");
        for (Brief.Section section : b.sections()) {
            ObjectNode sn = sections.addObject().put("theatre", section.theatre());
            ArrayNode groups = sn.putArray("groups");
            for (Brief.Group g : section.groups()) {
                ObjectNode gn = groups.addObject().put("type", g.type().name()).put("heading", g.heading());
                ArrayNode lines = gn.putArray("lines");
                g.lines().forEach(l -> lines.add(line(l)));
            }
        }
        ArrayNode unconfirmed = o.putArray("unconfirmed");
        b.unconfirmed().forEach(l -> unconfirmed.add(line(l)));
        ArrayNode sources = o.putArray("sources");
        for (Brief.Source src : b.sources()) {
            sources.addObject()
                    .put("number", src.number())
                    .put("doc", src.doc())
                    .put("outlet", src.outlet())
                    .put("title", src.title())
                    .put("published", iso(src.published()))
                    .put("url", src.url());
        }
        return o;
    }

    private static ObjectNode line(Brief.Line l) {
        ObjectNode n = NODES.objectNode()
                .put("event", l.eventId())
                .put("factuality", l.factuality())
                .put("when", l.when())
                .put("what", l.what())
                .put("who", l.who())
                .put("place", l.place());
        l.counts().forEach(n.putArray("counts")::add);
        l.claimedBy().forEach(n.putArray("claimed_by")::add);
        if (l.sources() == null) {
            n.putNull("sources");
        } else {
            n.putObject("sources").put("articles", l.sources().articles())
                    .put("independent", l.sources().independent());
        }
        l.disputes().forEach(n.putArray("disputes")::add);
        l.citations().forEach(n.putArray("citations")::add);
        return n;
    }

    static ObjectNode entities(List<Entities.ActorEntity> actors, List<Entities.PlaceEntity> places, int limit) {
        ObjectNode o = NODES.objectNode();
        ArrayNode an = o.putArray("actors");
        for (Entities.ActorEntity a : actors.subList(0, Math.min(limit, actors.size()))) {
            ObjectNode n = an.addObject().put("id", a.id()).put("name", a.name()).put("kind", a.kind())
                    .put("mentions", a.mentions());
            a.aliases().forEach(n.putArray("aliases")::add);
            a.seenAs().forEach(n.putArray("seen_as")::add);
        }
        ArrayNode pn = o.putArray("places");
        for (Entities.PlaceEntity p : places.subList(0, Math.min(limit, places.size()))) {
            ObjectNode n = pn.addObject().put("name", p.name()).put("country", p.country()).put("admin1", p.admin1())
                    .put("lat", p.lat()).put("lon", p.lon()).put("mentions", p.mentions());
            p.aliases().forEach(n.putArray("aliases")::add);
            p.seenAs().forEach(n.putArray("seen_as")::add);
        }
        return o;
    }

    static ObjectNode error(int status, String title, String message) {
        return NODES.objectNode().put("status", status).put("error", title).put("message", message);
    }

    private static String iso(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
