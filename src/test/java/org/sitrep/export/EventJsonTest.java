package org.sitrep.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.store.Fixtures.kyivStrike;
import static org.sitrep.store.Fixtures.plannedDeal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.EventBuilder;
import org.sitrep.model.EventType;
import org.sitrep.model.Evidence;
import org.sitrep.model.Quantity;

class EventJsonTest {
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void writesTheContractExactly() throws Exception {
        String expected = "{\"id\":\"e1\",\"type\":\"ASSAULT\",\"modes\":[\"drone\"],\"contexts\":[\"military\"],"
                + "\"factuality\":\"reported\","
                + "\"date\":{\"start\":\"2024-10-20\",\"end\":\"2024-10-21\",\"precision\":\"night\"},"
                + "\"actors\":[{\"role\":\"actor\",\"name\":\"Russia\",\"id\":\"RUS\","
                + "\"aliases\":[\"Russian forces\",\"Russia\"]},"
                + "{\"role\":\"recipient\",\"name\":\"Ukraine\",\"id\":\"UKR\",\"aliases\":[\"Kyiv\"]}],"
                + "\"location\":{\"name\":\"Kyiv\",\"country\":\"UA\",\"admin1\":\"Kyiv City\",\"lat\":50.45,"
                + "\"lon\":30.52,\"precision\":\"city\"},"
                + "\"quantities\":[{\"item\":\"drone\",\"subtype\":\"Shahed\",\"count\":116,\"bound\":\"exact\","
                + "\"status\":\"launched\"},"
                + "{\"item\":\"killed\",\"subtype\":null,\"count\":2,\"bound\":\"at_least\",\"status\":null}],"
                + "\"claimed_by\":[\"Ukraine's air force\"],"
                + "\"mentions\":[{\"doc\":\"001_kyiv\",\"source\":\"Kyiv Independent\",\"start\":7,\"end\":96,"
                + "\"text\":\"Russia launched 116 Shahed drones at Kyiv overnight, killing 2, Ukraine's air force"
                + " said.\"}],"
                + "\"sources\":{\"articles\":1,\"independent\":1},\"disputes\":[]}";
        assertEquals(expected, json.writeValueAsString(EventJson.toJson(kyivStrike())));
    }

    @Test
    void writesUnknownDateAndLocationAsNull() throws Exception {
        String expected = "{\"id\":\"e3\",\"type\":\"AGREE\",\"modes\":[],\"contexts\":[\"economic\"],"
                + "\"factuality\":\"future\",\"date\":null,"
                + "\"actors\":[{\"role\":\"actor\",\"name\":\"United States\",\"id\":\"USA\",\"aliases\":[]},"
                + "{\"role\":\"recipient\",\"name\":\"Ukraine\",\"id\":\"UKR\",\"aliases\":[]}],"
                + "\"location\":null,\"quantities\":[],\"claimed_by\":[],"
                + "\"mentions\":[{\"doc\":\"001_kyiv\",\"source\":\"Kyiv Independent\",\"start\":0,\"end\":6,"
                + "\"text\":\"Intro.\"}],\"sources\":{\"articles\":1,\"independent\":1},\"disputes\":[]}";
        assertEquals(expected, json.writeValueAsString(EventJson.toJson(plannedDeal())));
    }

    @Test
    void roundTripsAllButTheUnexportedFields() throws Exception {
        for (Event e : List.of(kyivStrike(), plannedDeal())) {
            String line = json.writeValueAsString(EventJson.toJson(e));
            assertEquals(withoutUnexported(e), EventJson.fromJson(json.readTree(line)));
        }
    }

    @Test
    void writesDisputesWithCountsAsNumbersAndReadsThemBack() throws Exception {
        Event e = EventBuilder.event("ev-1").night("2024-10-21").count("drone", 116, "launched")
                .dispute("quantities.drone.launched", 116, "kyiv-post,reuters", 110, "ap")
                .dispute("location", "Kyiv", "kyiv-post", "Kyiv Oblast", "ap").build();
        String line = json.writeValueAsString(EventJson.toJson(e));
        assertTrue(line.endsWith(",\"disputes\":[{\"field\":\"quantities.drone.launched\",\"values\":["
                + "{\"value\":116,\"sources\":[\"kyiv-post\",\"reuters\"]},{\"value\":110,\"sources\":[\"ap\"]}]},"
                + "{\"field\":\"location\",\"values\":[{\"value\":\"Kyiv\",\"sources\":[\"kyiv-post\"]},"
                + "{\"value\":\"Kyiv Oblast\",\"sources\":[\"ap\"]}]}]}"), line);
        Event back = EventJson.fromJson(json.readTree(line));
        assertEquals(e.disputes(), back.disputes());
        assertEquals(116L, back.disputes().get(0).values().get(0).value());

        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> EventJson.fromJson(
                json.readTree("{\"id\":\"x\",\"type\":\"AID\",\"disputes\":[{\"field\":\"date\","
                        + "\"values\":[{\"value\":1.5,\"sources\":[]}]}]}")));
        assertTrue(bad.getMessage().contains("1.5"), bad.getMessage());
    }

    @Test
    void roundTripsNullFactualityAndSources() {
        Event e = new Event("x", EventType.AID, List.of(), List.of(), null, null, List.of(), null, List.of(),
                List.of(), List.of(), null);
        assertEquals(e, EventJson.fromJson(EventJson.toJson(e)));
    }

    @Test
    void namesTheBadFieldOnInvalidInput() throws Exception {
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> EventJson.fromJson(json.readTree("{\"type\":\"ASSAULT\"}")));
        assertTrue(missing.getMessage().contains("\"id\""), missing.getMessage());
        IllegalArgumentException badType = assertThrows(IllegalArgumentException.class,
                () -> EventJson.fromJson(json.readTree("{\"id\":\"x\",\"type\":\"BOMBARD\"}")));
        assertTrue(badType.getMessage().contains("BOMBARD"), badType.getMessage());
        IllegalArgumentException badDate = assertThrows(IllegalArgumentException.class,
                () -> EventJson.fromJson(json.readTree("{\"id\":\"x\",\"type\":\"AID\","
                        + "\"date\":{\"start\":\"20 Oct\",\"end\":\"2024-10-20\",\"precision\":\"day\"}}")));
        assertTrue(badDate.getMessage().contains("20 Oct"), badDate.getMessage());
    }

    /** What survives the contract: quantity offsets become -1, highlights and evidence article ids go. */
    static Event withoutUnexported(Event e) {
        List<Quantity> quantities = e.quantities().stream()
                .map(q -> new Quantity(q.item(), q.subtype(), q.count(), q.bound(), q.status(), -1, -1)).toList();
        List<Evidence> mentions = e.mentions().stream()
                .map(m -> new Evidence(m.doc(), null, m.source(), m.start(), m.end(), m.text(), List.of())).toList();
        return new Event(e.id(), e.type(), e.modes(), e.contexts(), e.factuality(), e.date(), e.actors(),
                e.location(), quantities, e.claimedBy(), mentions, e.sources(), e.disputes());
    }
}
