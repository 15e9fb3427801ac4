package org.sitrep.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sitrep.model.EventBuilder.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.GeoPrecision;
import org.sitrep.query.AttackTallies;

class AttackTalliesExportTest {
    private static final LocalDate D21 = LocalDate.of(2024, 10, 21);

    private static AttackTallies tallies() {
        Event a = event("ev-a").russiaOnUkraine().night("2024-10-21").inUkraine().count("drone", 116, "launched")
                .claimedBy("Ukraine's air force, officials").mention("kp-1", "Kyiv Post", "116")
                .dispute("quantities.drone.launched", 116, "kp-1", 110, "rt-1").build();
        Event b = event("ev-b").russiaOnUkraine().night("2024-10-21").inUkraine().count("drone", 110, "launched")
                .mention("ap-1", "AP", "110").build();
        Event k = event("ev-k").russiaOnUkraine().night("2024-10-21").at("Kyiv", "UA", "Kyiv City", GeoPrecision.CITY)
                .count("killed", 2, null).mention("kp-2", "Kyiv Post", "2").build();
        return AttackTallies.of(List.of(a, b, k), D21, D21);
    }

    @Test
    void jsonHasEveryFigureWithItsBacking() throws Exception {
        JsonNode j = new ObjectMapper().readTree(new ObjectMapper().writeValueAsString(
                AttackTalliesJson.toJson(tallies())));
        assertEquals("2024-10-21", j.get("from").asText());
        JsonNode row = j.at("/rows/0");
        assertEquals("night 2024-10-20/21", row.at("/period/label").asText());
        assertEquals(true, row.at("/period/night").asBoolean());
        assertEquals("RUS", row.at("/attacker/id").asText());
        assertEquals("Ukraine", row.at("/target/name").asText());
        JsonNode drones = row.at("/figures/0");
        assertEquals("drones launched", drones.get("label").asText());
        assertEquals(116, drones.get("count").asInt());
        assertEquals(true, drones.get("count").isNumber());
        assertEquals("ev-a", drones.at("/events/0").asText());
        assertEquals(110, drones.at("/alternatives/0/count").asInt());
        assertEquals(110, drones.at("/disputes/0/values/1/value").asInt());
        JsonNode killed = row.at("/figures/1");
        assertEquals("Kyiv", killed.at("/places/0").asText());
        assertEquals(0, j.get("imprecise").size());
    }

    @Test
    void csvHasOneRowPerFigureAndQuotesWhereNeeded() {
        StringWriter out = new StringWriter();
        new AttackTalliesCsv().write(tallies(), out);
        String[] lines = out.toString().split("\r\n");
        assertEquals(String.join(",", AttackTalliesCsv.COLUMNS), lines[0]);
        assertEquals(3, lines.length);
        assertEquals("2024-10-20,2024-10-21,night,RUS,Russia,UKR,Ukraine,drone,,launched,116,exact,,"
                + "\"Ukraine's air force, officials\",1,ev-a,kp-1,110 [ap-1],"
                + "quantities.drone.launched: 116 [kp-1] vs 110 [rt-1]", lines[1]);
        assertEquals("2024-10-20,2024-10-21,night,RUS,Russia,UKR,Ukraine,killed,,,2,exact,Kyiv,,1,ev-k,kp-2,,",
                lines[2]);
    }
}
