package org.sitrep.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.sitrep.model.Actor;
import org.sitrep.model.Bound;
import org.sitrep.model.Dispute;
import org.sitrep.model.GeoPrecision;
import org.sitrep.model.Location;
import org.sitrep.model.Mention;
import org.sitrep.model.Quantity;
import org.sitrep.model.Role;
import org.sitrep.model.Span;

/**
 * The JSON a store keeps in TEXT columns: a mention's payload (the fields that need no index), lists, spans
 * and disputes. Unlike the export format it keeps offsets, so a stored mention reads back exactly.
 */
final class MentionCodec {
    private final ObjectMapper json = new ObjectMapper();

    /** Modes, contexts, claimants, location, actors and quantities of a mention. */
    String payload(Mention m) {
        ObjectNode o = json.createObjectNode();
        strings(o.putArray("modes"), m.modes());
        strings(o.putArray("contexts"), m.contexts());
        strings(o.putArray("claimed_by"), m.claimedBy());
        Location l = m.location();
        if (l == null) {
            o.putNull("location");
        } else {
            o.putObject("location").put("name", l.name()).put("country", l.country()).put("admin1", l.admin1())
                    .put("lat", l.lat()).put("lon", l.lon()).put("precision", l.precision().label());
        }
        ArrayNode actors = o.putArray("actors");
        for (Actor a : m.actors()) {
            ObjectNode n = actors.addObject().put("role", a.role().label()).put("name", a.name()).put("id", a.id());
            strings(n.putArray("aliases"), a.aliases());
        }
        ArrayNode quantities = o.putArray("quantities");
        for (Quantity q : m.quantities()) {
            quantities.addObject().put("item", q.item()).put("subtype", q.subtype()).put("count", q.count())
                    .put("bound", q.bound().label()).put("status", q.status()).put("start", q.start())
                    .put("end", q.end());
        }
        return o.toString();
    }

    /** What {@link #payload} wrote, read back. */
    Payload readPayload(String text) {
        JsonNode n = tree(text);
        List<Actor> actors = new ArrayList<>();
        for (JsonNode a : n.path("actors")) {
            actors.add(new Actor(Role.fromLabel(a.get("role").asText()), a.get("name").asText(), a.get("id").asText(),
                    strings(a.get("aliases"))));
        }
        List<Quantity> quantities = new ArrayList<>();
        for (JsonNode q : n.path("quantities")) {
            quantities.add(new Quantity(q.get("item").asText(), textOrNull(q.get("subtype")), q.get("count").asLong(),
                    Bound.fromLabel(q.get("bound").asText()), textOrNull(q.get("status")), q.get("start").asInt(),
                    q.get("end").asInt()));
        }
        JsonNode l = n.get("location");
        Location location = l == null || l.isNull() ? null : new Location(l.get("name").asText(),
                textOrNull(l.get("country")), textOrNull(l.get("admin1")), l.get("lat").asDouble(),
                l.get("lon").asDouble(), GeoPrecision.fromLabel(l.get("precision").asText()));
        return new Payload(strings(n.get("modes")), strings(n.get("contexts")), strings(n.get("claimed_by")),
                location, actors, quantities);
    }

    /** The part of a stored mention kept as JSON. */
    record Payload(List<String> modes, List<String> contexts, List<String> claimedBy, Location location,
                   List<Actor> actors, List<Quantity> quantities) {
    }

    String array(Collection<String> values) {
        ArrayNode a = json.createArrayNode();
        strings(a, values);
        return a.toString();
    }

    List<String> strings(String array) {
        return strings(tree(array));
    }

    String spans(List<Span> spans) {
        ArrayNode a = json.createArrayNode();
        for (Span s : spans) {
            a.addObject().put("start", s.start()).put("end", s.end()).put("label", s.label());
        }
        return a.toString();
    }

    List<Span> readSpans(String array) {
        List<Span> out = new ArrayList<>();
        for (JsonNode n : tree(array)) {
            out.add(new Span(n.get("start").asInt(), n.get("end").asInt(), textOrNull(n.get("label"))));
        }
        return out;
    }

    String disputes(List<Dispute> disputes) {
        ArrayNode a = json.createArrayNode();
        for (Dispute d : disputes) {
            ObjectNode o = a.addObject().put("field", d.field());
            ArrayNode values = o.putArray("values");
            for (Dispute.Value v : d.values()) {
                ObjectNode vn = values.addObject();
                if (v.value() instanceof Long n) {
                    vn.put("value", n);
                } else {
                    vn.put("value", (String) v.value());
                }
                strings(vn.putArray("sources"), v.sources());
            }
        }
        return a.toString();
    }

    List<Dispute> readDisputes(String array) {
        List<Dispute> out = new ArrayList<>();
        for (JsonNode d : tree(array)) {
            List<Dispute.Value> values = new ArrayList<>();
            for (JsonNode v : d.path("values")) {
                JsonNode value = v.get("value");
                values.add(new Dispute.Value(value.isIntegralNumber() ? (Object) value.asLong() : value.asText(),
                        strings(v.get("sources"))));
            }
            out.add(new Dispute(d.get("field").asText(), values));
        }
        return out;
    }

    private static void strings(ArrayNode a, Collection<String> values) {
        values.forEach(a::add);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null) {
            for (JsonNode n : array) {
                out.add(n.isNull() ? null : n.asText());
            }
        }
        return out;
    }

    private static String textOrNull(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }

    private JsonNode tree(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is corrupt: " + text, e);
        }
    }
}
