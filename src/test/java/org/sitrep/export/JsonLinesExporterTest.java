package org.sitrep.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.store.Fixtures.kyivStrike;
import static org.sitrep.store.Fixtures.lvivProtest;
import static org.sitrep.store.Fixtures.plannedDeal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;

class JsonLinesExporterTest {
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void writesOneContractObjectPerLine() throws Exception {
        List<Event> events = List.of(kyivStrike(), lvivProtest(), plannedDeal());
        StringWriter out = new StringWriter();
        new JsonLinesExporter().write(events, out);
        String text = out.toString();
        assertEquals('\n', text.charAt(text.length() - 1));
        String[] lines = text.split("\n");
        assertEquals(3, lines.length);
        for (int i = 0; i < lines.length; i++) {
            assertEquals(json.writeValueAsString(EventJson.toJson(events.get(i))), lines[i]);
            assertEquals(EventJsonTest.withoutUnexported(events.get(i)), EventJson.fromJson(json.readTree(lines[i])));
        }
        // Non-ASCII is written as is, not escaped.
        assertTrue(lines[1].contains("Протестувальники"));
    }

    @Test
    void writesNothingForNoEvents() {
        StringWriter out = new StringWriter();
        new JsonLinesExporter().write(List.of(), out);
        assertEquals("", out.toString());
    }
}
