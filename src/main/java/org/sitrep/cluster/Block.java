package org.sitrep.cluster;

import java.time.LocalDate;
import java.util.Objects;
import org.sitrep.model.EventType;

/**
 * The columns a store indexes an event under so that {@link CandidateQuery} finds it: its type, the range of days
 * its reports agree on, and its country. Recompute it ({@link Clusterer#blockOf(Cluster)}) whenever a mention
 * joins the event.
 *
 * @param from    first day of the range: of the days the dated reports agree on or, when no report is dated, of the
 *                days the reports were published (where copies of them are looked for); null when neither is known
 *                (then only its own articles find it)
 * @param to      last day of the range, or null with {@code from}
 * @param country ISO 3166-1 alpha-2 code of the event's place, or null when no member names a place
 */
public record Block(EventType type, LocalDate from, LocalDate to, String country) {
    public Block {
        Objects.requireNonNull(type, "type");
        if ((from == null) != (to == null) || from != null && to.isBefore(from)) {
            throw new IllegalArgumentException("bad block range " + from + ".." + to);
        }
    }
}
