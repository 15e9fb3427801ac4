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
 * @param country      ISO 3166-1 alpha-2 code the location must be in (case-insensitive); null for any
 * @param text         case-insensitive substring of any evidence sentence
 * @param factualities factualities to keep; empty keeps all
 * @param limit        at most this many events; 0 for no limit
 * @param offset       skip this many events first, in {@code sort} order
 * @param sort         result order; null reads as {@link Sort#OLDEST_FIRST}
 */
public record EventQuery(Set<EventType> types, LocalDate from, LocalDate to, String actor, String place,
                         String country, String text, Set<Factuality> factualities, int limit, int offset,
                         Sort sort) {

    /** Result order. Undated events come last either way; ties are broken by id, so paging is stable. */
    public enum Sort {
        /** By date start, earliest first. */
        OLDEST_FIRST,
        /** By date start, latest first. */
        NEWEST_FIRST
    }

    public EventQuery {
        types = types == null ? Set.of() : Set.copyOf(types);
        factualities = factualities == null ? Set.of() : Set.copyOf(factualities);
        actor = blankToNull(actor);
        place = blankToNull(place);
        country = blankToNull(country);
        text = blankToNull(text);
        sort = sort == null ? Sort.OLDEST_FIRST : sort;
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
        return new EventQuery(Set.of(), null, null, null, null, null, null, Set.of(), 0, 0, Sort.OLDEST_FIRST);
    }

    public EventQuery withTypes(Set<EventType> types) {
        return new EventQuery(types, from, to, actor, place, country, text, factualities, limit, offset, sort);
    }

    public EventQuery withFrom(LocalDate from) {
        return new EventQuery(types, from, to, actor, place, country, text, factualities, limit, offset, sort);
    }

    public EventQuery withTo(LocalDate to) {
        return new EventQuery(types, from, to, actor, place, country, text, factualities, limit, offset, sort);
    }

    public EventQuery withActor(String actor) {
        return new EventQuery(types, from, to, actor, place, country, text, factualities, limit, offset, sort);
    }

    public EventQuery withPlace(String place) {
        return new EventQuery(types, from, to, actor, place, country, text, factualities, limit, offset, sort);
    }

    public EventQuery withCountry(String country) {
        return new EventQuery(types, from, to, actor, place, country, text, factualities, limit, offset, sort);
    }

    public EventQuery withText(String text) {
        return new EventQuery(types, from, to, actor, place, country, text, factualities, limit, offset, sort);
    }

    public EventQuery withFactualities(Set<Factuality> factualities) {
        return new EventQuery(types, from, to, actor, place, country, text, factualities, limit, offset, sort);
    }

    public EventQuery withLimit(int limit) {
        return new EventQuery(types, from, to, actor, place, country, text, factualities, limit, offset, sort);
    }

    public EventQuery withOffset(int offset) {
        return new EventQuery(types, from, to, actor, place, country, text, factualities, limit, offset, sort);
    }

    public EventQuery withSort(Sort sort) {
        return new EventQuery(types, from, to, actor, place, country, text, factualities, limit, offset, sort);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
