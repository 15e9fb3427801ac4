package org.sitrep.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.sitrep.export.EventJson;
import org.sitrep.model.Article;
import org.sitrep.model.Dispute;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Span;
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
        if (!o.has("disputes")) {
            o.set("disputes", disputes(e.disputes()));
        }
        return o;
    }

    /** An event in a list: no article look-ups, so a page of events costs one query. */
    static ObjectNode eventInList(Event e) {
        return event(e, id -> null);
    }

    static ArrayNode disputes(List<Dispute> disputes) {
        ArrayNode out = NODES.arrayNode();
        for (Dispute d : disputes) {
            ObjectNode n = out.addObject().put("field", d.field());
            ArrayNode values = n.putArray("values");
            for (Dispute.Value v : d.values()) {
                ObjectNode vn = values.addObject();
                if (v.value() instanceof Long l) {
                    vn.put("value", l);
                } else {
                    vn.put("value", v.value().toString());
                }
                v.sources().forEach(vn.putArray("sources")::add);
            }
        }
        return out;
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

    static ObjectNode error(int status, String title, String message) {
        return NODES.objectNode().put("status", status).put("error", title).put("message", message);
    }

    private static String iso(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
