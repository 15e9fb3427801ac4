package org.sitrep.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.sitrep.model.Event;

/** Writes events as JSON Lines in the {@link EventJson} shape: one compact object and "\n" per event. */
public final class JsonLinesExporter {
    private final ObjectMapper json = new ObjectMapper();

    /**
     * Writes and flushes, but does not close {@code out}.
     *
     * @throws UncheckedIOException when writing fails
     */
    public void write(Iterable<Event> events, Writer out) {
        try {
            for (Event e : events) {
                out.write(line(e));
                out.write('\n');
            }
            out.flush();
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot write JSON Lines: " + ex.getMessage(), ex);
        }
    }

    private String line(Event e) {
        try {
            return json.writeValueAsString(EventJson.toJson(e));
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("cannot encode event " + e.id() + " as JSON", ex);
        }
    }
}
