package org.sitrep.model;

import java.util.List;
import java.util.Objects;

/**
 * A field on which the reports merged into one event disagree, with every value and the sources that give it.
 *
 * @param field  dotted field name: {@code date}, {@code location}, {@code actors.actor},
 *               {@code quantities.drone.launched}, {@code quantities.visit.ordinal}, ...
 * @param values the competing values, most-attested first
 */
public record Dispute(String field, List<Value> values) {
    public Dispute {
        Objects.requireNonNull(field, "field");
        values = List.copyOf(values);
    }

    /**
     * One value of a disputed field.
     *
     * @param value   a {@link Long} for counts, else a {@link String} (an ISO date range, a place or actor name)
     * @param sources the documents (article doc names) that give this value
     */
    public record Value(Object value, List<String> sources) {
        public Value {
            Objects.requireNonNull(value, "value");
            if (!(value instanceof Long) && !(value instanceof String)) {
                throw new IllegalArgumentException("a disputed value is a Long or a String, got " + value.getClass());
            }
            sources = List.copyOf(sources);
        }
    }
}
