package org.sitrep.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.sitrep.model.Dispute;
import org.sitrep.query.AttackTallies;
import org.sitrep.query.AttackTallies.Alternative;
import org.sitrep.query.AttackTallies.Figure;
import org.sitrep.query.AttackTallies.Party;
import org.sitrep.query.AttackTallies.Row;
import org.sitrep.query.Period;

/**
 * The JSON shape of the nightly attack series ({@code sitrep attacks --format json}, the web API):
 *
 * <pre>{@code
 * {"from": "2024-10-21", "to": "2024-10-21",
 *  "rows": [{"period": {"start": "2024-10-20", "end": "2024-10-21", "night": true, "label": "night 2024-10-20/21"},
 *            "attacker": {"id": "RUS", "name": "Russia"}, "target": {"id": "UKR", "name": "Ukraine"},
 *            "figures": [{"item": "drone", "subtype": null, "status": "launched", "label": "drones launched",
 *                         "count": 116, "bound": "exact", "places": [], "claimed_by": ["Ukraine's air force"],
 *                         "independent_sources": 2, "events": ["ev-..."], "docs": ["..."],
 *                         "alternatives": [{"count": 110, "bound": "exact", "place": null, "claimed_by": [],
 *                                           "independent_sources": 1, "events": ["ev-..."], "docs": ["..."]}],
 *                         "disputes": [{"field": "quantities.drone.launched", "values": [...]}]}]}],
 *  "imprecise": ["ev-..."]}
 * }</pre>
 * Unknown bounds of the range, attacker and target are null.
 */
public final class AttackTalliesJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private AttackTalliesJson() {
    }

    public static ObjectNode toJson(AttackTallies t) {
        ObjectNode o = NODES.objectNode();
        o.put("from", t.from() == null ? null : t.from().toString());
        o.put("to", t.to() == null ? null : t.to().toString());
        ArrayNode rows = o.putArray("rows");
        for (Row r : t.rows()) {
            ObjectNode row = rows.addObject();
            Period p = r.period();
            row.putObject("period").put("start", p.start().toString()).put("end", p.end().toString())
                    .put("night", p.night()).put("label", p.label());
            party(row, "attacker", r.attacker());
            party(row, "target", r.target());
            ArrayNode figures = row.putArray("figures");
            r.figures().forEach(f -> figures.add(figure(f)));
        }
        strings(o.putArray("imprecise"), t.imprecise());
        return o;
    }

    private static ObjectNode figure(Figure f) {
        ObjectNode n = NODES.objectNode();
        n.put("item", f.measure().item());
        n.put("subtype", f.measure().subtype());
        n.put("status", f.measure().status());
        n.put("label", f.measure().label());
        n.put("count", f.count());
        n.put("bound", f.bound().label());
        strings(n.putArray("places"), f.places());
        strings(n.putArray("claimed_by"), f.claimedBy());
        n.put("independent_sources", f.independentSources());
        strings(n.putArray("events"), f.eventIds());
        strings(n.putArray("docs"), f.docs());
        ArrayNode alternatives = n.putArray("alternatives");
        for (Alternative a : f.alternatives()) {
            ObjectNode alt = alternatives.addObject();
            alt.put("count", a.count());
            alt.put("bound", a.bound().label());
            alt.put("place", a.place());
            strings(alt.putArray("claimed_by"), a.claimedBy());
            alt.put("independent_sources", a.independentSources());
            strings(alt.putArray("events"), a.eventIds());
            strings(alt.putArray("docs"), a.docs());
        }
        ArrayNode disputes = n.putArray("disputes");
        for (Dispute d : f.disputes()) {
            disputes.add(EventJson.toJson(d));
        }
        return n;
    }

    private static void party(ObjectNode target, String field, Party p) {
        if (p == null) {
            target.putNull(field);
        } else {
            target.putObject(field).put("id", p.id()).put("name", p.name());
        }
    }

    private static void strings(ArrayNode target, List<String> values) {
        values.forEach(target::add);
    }
}
