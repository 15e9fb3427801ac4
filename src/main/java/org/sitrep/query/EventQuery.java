package org.sitrep.query;

import java.time.LocalDate;
import java.util.Set;
import org.sitrep.model.EventType;
import org.sitrep.model.Factuality;

/**
 * Which events to return. Filters combine with AND; a null or empty filter matches everything.
 *
 * @param types        PLOVER types to keep; empty keeps all
 * @param from         keep events whose date range overlaps [from, to]; undated events are dropped when
 *                     either bound is given
 * @param to           see {@code from}; both bounds are inclusive
 * @param actor        case-insensitive substring of an actor's id, name or one of its aliases
 * @param place        case-insensitive substring of the location's name, country code or admin1
 * @param text         case-insensitive substring of any evidence sentence
 * @param factualities factualities to keep; empty keeps all
 * @param limit        at most this many events; 0 for no limit
 * @param offset       skip this many events first (results are ordered by date start, undated last, then id)
 */
public record EventQuery(Set<EventType> types, LocalDate from, LocalDate to, String actor, String place,
                         String text, Set<Factuality> factualities, int limit, int offset) {
    public EventQuery {
        types = types == null ? Set.of() : Set.copyOf(types);
        factualities = factualities == null ? Set.of() : Set.copyOf(factualities);
        actor = blankToNull(actor);
        place = blankToNull(place);
        text = blankToNull(text);
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("date range is empty: from " + from + " is after to " + to);
        }
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be 0 (no limit) or positive, got " + limit);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be 0 or positive, got " + offset);
        }
    }

    public static EventQuery all() {
        return new EventQuery(Set.of(), null, null, null, null, null, Set.of(), 0, 0);
    }

    public EventQuery withTypes(Set<EventType> types) {
        return new EventQuery(types, from, to, actor, place, text, factualities, limit, offset);
    }

    public EventQuery withFrom(LocalDate from) {
        return new EventQuery(types, from, to, actor, place, text, factualities, limit, offset);
    }

    public EventQuery withTo(LocalDate to) {
        return new EventQuery(types, from, to, actor, place, text, factualities, limit, offset);
    }

    public EventQuery withActor(String actor) {
        return new EventQuery(types, from, to, actor, place, text, factualities, limit, offset);
    }

    public EventQuery withPlace(String place) {
        return new EventQuery(types, from, to, actor, place, text, factualities, limit, offset);
    }

    public EventQuery withText(String text) {
        return new EventQuery(types, from, to, actor, place, text, factualities, limit, offset);
    }

    public EventQuery withFactualities(Set<Factuality> factualities) {
        return new EventQuery(types, from, to, actor, place, text, factualities, limit, offset);
    }

    public EventQuery withLimit(int limit) {
        return new EventQuery(types, from, to, actor, place, text, factualities, limit, offset);
    }

    public EventQuery withOffset(int offset) {
        return new EventQuery(types, from, to, actor, place, text, factualities, limit, offset);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
