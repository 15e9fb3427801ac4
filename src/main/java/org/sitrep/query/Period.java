package org.sitrep.query;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.EventDate;

/**
 * The night or day an event is counted on in the nightly attack series and in briefs.
 *
 * <p>The rule: an event dated to a night ({@code precision night}, 20 to 21 October) belongs to that night, and
 * the night counts for the morning it ends on (21 October), the day its reports are published; an event dated
 * to a single day counts on that day. Events dated more coarsely (a range of days, a week, a month) have no
 * period: they cannot be put on one night without inventing precision.
 *
 * <p>Periods sort by the day they count for, the night before the day it ends on: night 20/21 October, day 21
 * October, night 21/22 October.
 *
 * @param start the evening a night begins, or the day itself
 * @param end   the morning a night ends, or the day itself
 */
public record Period(LocalDate start, LocalDate end, boolean night) implements Comparable<Period> {
    private static final Comparator<Period> ORDER = Comparator.comparing(Period::end)
            .thenComparing(p -> !p.night());

    public Period {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (night ? !end.equals(start.plusDays(1)) : !end.equals(start)) {
            throw new IllegalArgumentException((night ? "a night runs from one day to the next" : "a day is one day")
                    + ", got " + start + ".." + end);
        }
    }

    public static Period nightEnding(LocalDate morning) {
        return new Period(morning.minusDays(1), morning, true);
    }

    public static Period day(LocalDate day) {
        return new Period(day, day, false);
    }

    /** The night or day of an event date, or empty when the date is unknown or coarser than a night. */
    public static Optional<Period> of(EventDate date) {
        if (date == null) {
            return Optional.empty();
        }
        if (date.precision() == DatePrecision.NIGHT && !date.end().isAfter(date.start().plusDays(1))) {
            // A night is stored as evening..morning; a night written as one day names its morning.
            return Optional.of(nightEnding(date.end()));
        }
        if (date.precision() == DatePrecision.DAY && date.start().equals(date.end())) {
            return Optional.of(day(date.start()));
        }
        return Optional.empty();
    }

    /**
     * Whether an event with this date belongs to a report on the days [from, to] (null bounds are open): its
     * night or day counts for one of those days, or, for a coarser date, the whole range lies inside. Undated
     * events belong to no report.
     */
    public static boolean inRange(EventDate date, LocalDate from, LocalDate to) {
        if (date == null) {
            return false;
        }
        Optional<Period> p = of(date);
        if (p.isPresent()) {
            return p.get().within(from, to);
        }
        return (from == null || !date.start().isBefore(from)) && (to == null || !date.end().isAfter(to));
    }

    /** This period as an event date: a night or a day. */
    public EventDate toDate() {
        return new EventDate(start, end, night ? DatePrecision.NIGHT : DatePrecision.DAY);
    }

    /** The day this period counts for: the morning a night ends, or the day itself. */
    public LocalDate reportingDay() {
        return end;
    }

    /** Whether this period counts for a day in [from, to]; a null bound is open. */
    public boolean within(LocalDate from, LocalDate to) {
        return (from == null || !end.isBefore(from)) && (to == null || !end.isAfter(to));
    }

    /** "night 2024-10-20/21" (an ISO 8601 interval with the end abbreviated), or "day 2024-10-21". */
    public String label() {
        if (!night) {
            return "day " + start;
        }
        String e = end.toString();
        if (end.getYear() == start.getYear()) {
            e = e.substring(end.getMonthValue() == start.getMonthValue() ? 8 : 5);
        }
        return "night " + start + "/" + e;
    }

    @Override
    public int compareTo(Period o) {
        return ORDER.compare(this, o);
    }

    @Override
    public String toString() {
        return label();
    }
}
