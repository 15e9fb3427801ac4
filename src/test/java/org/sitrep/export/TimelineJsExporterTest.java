package org.sitrep.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.model.EventBuilder.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Bound;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventType;
import org.sitrep.model.Factuality;
import org.sitrep.model.GeoPrecision;

class TimelineJsExporterTest {

    private static JsonNode export(List<Event> events) throws Exception {
        StringWriter out = new StringWriter();
        new TimelineJsExporter().write(events, "Kyiv, October", out);
        return new ObjectMapper().readTree(out.toString());
    }

    @Test
    void writesSlidesWithDatesAsPreciseAsTheEvent() throws Exception {
        Event night = event("ev-night").russiaOnUkraine().modes("drone").night("2024-10-21")
                .at("Kyiv", "UA", "Kyiv City", GeoPrecision.CITY)
                .count("drone", "Shahed", 116, Bound.EXACT, "launched").claimedBy("Ukraine's air force")
                .mention("kp-1", "Kyiv Post", "Russia launched 116 drones.").sources(1, 1)
                .dispute("quantities.drone.launched", 116, "kp-1", 110, "rt-1").build();
        Event month = event("ev-month").type(EventType.AID).actor("USA", "United States")
                .date(new EventDate(LocalDate.of(2024, 10, 1), LocalDate.of(2024, 10, 31), DatePrecision.MONTH))
                .build();
        Event undated = event("ev-undated").type(EventType.ACCUSE).build();

        JsonNode t = export(List.of(night, month, undated));
        assertEquals("Kyiv, October", t.at("/title/text/headline").asText());
        assertEquals(2, t.get("events").size(), "the undated event cannot be placed");

        JsonNode s = t.get("events").get(0);
        assertEquals("2024", s.at("/start_date/year").asText());
        assertEquals("10", s.at("/start_date/month").asText());
        assertEquals("20", s.at("/start_date/day").asText());
        assertEquals("21", s.at("/end_date/day").asText());
        assertEquals("night of 20–21 Oct 2024", s.get("display_date").asText());
        assertEquals("Drone attack: Russia → Ukraine, Kyiv", s.at("/text/headline").asText());
        String text = s.at("/text/text").asText();
        assertTrue(text.startsWith("<p>116 Shahed drones launched</p><p>Per Ukraine&#39;s air force. 1 source.</p>"
                + "<p><strong>Disputed:</strong> 116 vs 110 drones launched</p>"), text);
        assertTrue(text.contains("<blockquote>Russia launched 116 drones.</blockquote>"), text);
        assertTrue(text.endsWith("<p>Sources: Kyiv Post (kp-1)</p>"), text);
        assertEquals("Attacks", s.get("group").asText());
        assertEquals("ev-night", s.get("unique_id").asText());
        assertFalse(s.get("autolink").asBoolean());

        JsonNode m = t.get("events").get(1);
        assertEquals("10", m.at("/start_date/month").asText());
        assertTrue(m.at("/start_date/day").isMissingNode(), "a month-precise date has no day");
        assertTrue(m.get("end_date") == null);
        assertEquals("Aid", m.get("group").asText());
    }

    @Test
    void escapesEverythingFromArticlesBecauseTimelineJsRendersHtml() throws Exception {
        Event hostile = event("ev-x").russiaOnUkraine().day("2024-10-21")
                .at("<img src=x onerror=alert(1)>", "UA", null, GeoPrecision.CITY)
                .claimedBy("<script>alert('claim')</script>")
                .mention("d<1>", "<b>Outlet</b>", "He said <script>alert(1)</script> & left.").build();
        Event planned = event("ev-p").type(EventType.CONSULT).factuality(Factuality.FUTURE).day("2024-10-22")
                .actor("USA", "United States").build();
        StringWriter out = new StringWriter();
        new TimelineJsExporter().write(List.of(hostile, planned), "<script>title</script>", out);
        String raw = out.toString();
        assertFalse(raw.contains("<script"), raw);
        assertFalse(raw.contains("<img"), raw);
        assertFalse(raw.contains("<b>"), raw);
        JsonNode t = new ObjectMapper().readTree(raw);
        assertEquals("&lt;script&gt;title&lt;/script&gt;", t.at("/title/text/headline").asText());
        JsonNode s = t.get("events").get(0);
        assertEquals("Attack: Russia → Ukraine, &lt;img src=x onerror=alert(1)&gt;", s.at("/text/headline").asText());
        assertTrue(s.at("/text/text").asText().contains(
                "<blockquote>He said &lt;script&gt;alert(1)&lt;/script&gt; &amp; left.</blockquote>"));
        assertEquals("Talks (future): United States", t.get("events").get(1).at("/text/headline").asText());
    }
}
