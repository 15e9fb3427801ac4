package org.sitrep.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.sitrep.model.Actor;
import org.sitrep.model.Bound;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Dispute;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventType;
import org.sitrep.model.Evidence;
import org.sitrep.model.Factuality;
import org.sitrep.model.GeoPrecision;
import org.sitrep.model.Location;
import org.sitrep.model.Quantity;
import org.sitrep.model.Role;
import org.sitrep.model.Sources;

/**
 * The one JSON shape of an event, shared by the JSON Lines export, the CLI's --json output and tests.
 *
 * <p>Keys, in this order: id, type, modes, contexts, factuality, date {start, end, precision}, actors [{role,
 * name, id, aliases}], location {name, country, admin1, lat, lon, precision}, quantities [{item, subtype,
 * count, bound, status}], claimed_by, mentions [{doc, source, start, end, text}], sources {articles,
 * independent}, disputes [{field, values [{value, sources}]}] (a count is a JSON number, any other value a string). Enum values are their lowercase labels except type, which is the PLOVER name ("ASSAULT").
 * Unknown values (date, location, factuality, sources, subtype, status, source, admin1) are null.
 *
 * <p>Not exported, so {@link #fromJson} cannot restore them: quantity offsets (read back as -1, since 0 is a
 * real offset), evidence highlights (read back empty) and the evidence's article id (read back null; a store
 * files such a mention under the article it is put with).
 */
public final class EventJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private EventJson() {
    }

    public static ObjectNode toJson(Event e) {
        ObjectNode o = NODES.objectNode();
        o.put("id", e.id());
        o.put("type", e.type().name());
        strings(o.putArray("modes"), e.modes());
        strings(o.putArray("contexts"), e.contexts());
        o.put("factuality", e.factuality() == null ? null : e.factuality().label());
        if (e.date() == null) {
            o.putNull("date");
        } else {
            o.putObject("date")
                    .put("start", e.date().start().toString())
                    .put("end", e.date().end().toString())
                    .put("precision", e.date().precision().label());
        }
        ArrayNode actors = o.putArray("actors");
        for (Actor a : e.actors()) {
            ObjectNode n = actors.addObject()
                    .put("role", a.role().label())
                    .put("name", a.name())
                    .put("id", a.id());
            strings(n.putArray("aliases"), a.aliases());
        }
        Location l = e.location();
        if (l == null) {
            o.putNull("location");
        } else {
            o.putObject("location")
                    .put("name", l.name())
                    .put("country", l.country())
                    .put("admin1", l.admin1())
                    .put("lat", l.lat())
                    .put("lon", l.lon())
                    .put("precision", l.precision().label());
        }
        ArrayNode quantities = o.putArray("quantities");
        for (Quantity q : e.quantities()) {
            quantities.addObject()
                    .put("item", q.item())
                    .put("subtype", q.subtype())
                    .put("count", q.count())
                    .put("bound", q.bound().label())
                    .put("status", q.status());
        }
        strings(o.putArray("claimed_by"), e.claimedBy());
        ArrayNode mentions = o.putArray("mentions");
        for (Evidence ev : e.mentions()) {
            mentions.addObject()
                    .put("doc", ev.doc())
                    .put("source", ev.source())
                    .put("start", ev.start())
                    .put("end", ev.end())
                    .put("text", ev.text());
        }
        if (e.sources() == null) {
            o.putNull("sources");
        } else {
            o.putObject("sources")
                    .put("articles", e.sources().articles())
                    .put("independent", e.sources().independent());
        }
        ArrayNode disputes = o.putArray("disputes");
        e.disputes().forEach(d -> disputes.add(toJson(d)));
        return o;
    }

    /** {@code {"field": "quantities.drone.launched", "values": [{"value": 116, "sources": ["doc"]}, ...]}}. */
    public static ObjectNode toJson(Dispute d) {
        ObjectNode o = NODES.objectNode();
        o.put("field", d.field());
        ArrayNode values = o.putArray("values");
        for (Dispute.Value v : d.values()) {
            ObjectNode n = values.addObject();
            if (v.value() instanceof Long count) {
                n.put("value", count);
            } else {
                n.put("value", (String) v.value());
            }
            strings(n.putArray("sources"), v.sources());
        }
        return o;
    }

    /**
     * Reads what {@link #toJson} writes. Missing or null lists read as empty.
     *
     * @throws IllegalArgumentException naming the field when a required field is missing or a value is invalid
     */
    public static Event fromJson(JsonNode n) {
        if (n == null || !n.isObject()) {
            throw new IllegalArgumentException("event JSON must be an object, got " + n);
        }
        String id = text(n, "id", true);
        String where = "event " + id;
        EventType type = parse(where, "type", text(n, "type", true),
                t -> EventType.valueOf(t.trim().toUpperCase(Locale.ROOT)));
        String fact = text(n, "factuality", false);
        Factuality factuality = fact == null ? null : parse(where, "factuality", fact, Factuality::fromLabel);
        EventDate date = null;
        JsonNode d = n.get("date");
        if (d != null && !d.isNull()) {
            try {
                date = new EventDate(LocalDate.parse(text(d, "start", true)), LocalDate.parse(text(d, "end", true)),
                        parse(where, "date.precision", text(d, "precision", true), DatePrecision::fromLabel));
            } catch (DateTimeParseException ex) {
                throw new IllegalArgumentException(where + ": date is not yyyy-mm-dd: " + ex.getParsedString(), ex);
            }
        }
        List<Actor> actors = new ArrayList<>();
        for (JsonNode a : array(n, "actors")) {
            actors.add(new Actor(parse(where, "actors.role", text(a, "role", true), Role::fromLabel),
                    text(a, "name", true), text(a, "id", true), strings(a, "aliases")));
        }
        Location location = null;
        JsonNode l = n.get("location");
        if (l != null && !l.isNull()) {
            location = new Location(text(l, "name", true), text(l, "country", false), text(l, "admin1", false),
                    number(l, "lat").asDouble(), number(l, "lon").asDouble(),
                    parse(where, "location.precision", text(l, "precision", true), GeoPrecision::fromLabel));
        }
        List<Quantity> quantities = new ArrayList<>();
        for (JsonNode q : array(n, "quantities")) {
            quantities.add(new Quantity(text(q, "item", true), text(q, "subtype", false), number(q, "count").asLong(),
                    parse(where, "quantities.bound", text(q, "bound", true), Bound::fromLabel),
                    text(q, "status", false), -1, -1));
        }
        List<Evidence> mentions = new ArrayList<>();
        for (JsonNode m : array(n, "mentions")) {
            mentions.add(new Evidence(text(m, "doc", true), null, text(m, "source", false),
                    number(m, "start").asInt(), number(m, "end").asInt(), text(m, "text", true), List.of()));
        }
        Sources sources = null;
        JsonNode s = n.get("sources");
        if (s != null && !s.isNull()) {
            sources = new Sources(number(s, "articles").asInt(), number(s, "independent").asInt());
        }
        List<Dispute> disputes = new ArrayList<>();
        for (JsonNode dn : array(n, "disputes")) {
            disputes.add(dispute(where, dn));
        }
        return new Event(id, type, strings(n, "modes"), strings(n, "contexts"), factuality, date, actors, location,
                quantities, strings(n, "claimed_by"), mentions, sources, disputes);
    }

    private static Dispute dispute(String where, JsonNode d) {
        String field = text(d, "field", true);
        List<Dispute.Value> values = new ArrayList<>();
        for (JsonNode v : array(d, "values")) {
            JsonNode value = v.get("value");
            Object parsed;
            if (value != null && value.isIntegralNumber()) {
                parsed = value.asLong();
            } else if (value != null && value.isTextual()) {
                parsed = value.asText();
            } else {
                throw new IllegalArgumentException(where + ": disputes \"" + field
                        + "\" value must be a whole number or a string, got " + value);
            }
            values.add(new Dispute.Value(parsed, strings(v, "sources")));
        }
        return new Dispute(field, values);
    }

    private static void strings(ArrayNode target, List<String> values) {
        values.forEach(target::add);
    }

    private static String text(JsonNode n, String field, boolean required) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                throw new IllegalArgumentException("event JSON lacks \"" + field + "\" in " + n);
            }
            return null;
        }
        if (!v.isTextual()) {
            throw new IllegalArgumentException("event JSON \"" + field + "\" must be a string, got " + v);
        }
        return v.asText();
    }

    private static JsonNode number(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isNumber()) {
            throw new IllegalArgumentException("event JSON \"" + field + "\" must be a number in " + n);
        }
        return v;
    }

    private static Iterable<JsonNode> array(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            throw new IllegalArgumentException("event JSON \"" + field + "\" must be an array, got " + v);
        }
        return v;
    }

    private static List<String> strings(JsonNode n, String field) {
        List<String> out = new ArrayList<>();
        for (JsonNode v : array(n, field)) {
            if (!v.isTextual()) {
                throw new IllegalArgumentException("event JSON \"" + field + "\" must hold strings, got " + v);
            }
            out.add(v.asText());
        }
        return out;
    }

    private static <T> T parse(String where, String field, String value, Function<String, T> parser) {
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException(where + ": unknown " + field + " \"" + value + "\"", ex);
        }
    }
}
