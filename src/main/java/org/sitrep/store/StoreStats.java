package org.sitrep.store;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a store holds.
 *
 * @param eventsByType       event count per PLOVER type name ("ASSAULT"), largest first
 * @param eventsByFactuality event count per factuality label ("reported"), largest first; "unknown" when unset
 * @param firstEventDate     earliest event date start, or null when no event has a date
 * @param lastEventDate      latest event date end, or null when no event has a date
 */
public record StoreStats(int articles, int events, int mentions, Map<String, Integer> eventsByType,
                         Map<String, Integer> eventsByFactuality, LocalDate firstEventDate,
                         LocalDate lastEventDate) {
    public StoreStats {
        // Copies keep the caller's iteration order, which Map.copyOf would not.
        eventsByType = Collections.unmodifiableMap(new LinkedHashMap<>(eventsByType));
        eventsByFactuality = Collections.unmodifiableMap(new LinkedHashMap<>(eventsByFactuality));
    }
}
