package org.sitrep.model;

import java.time.LocalDate;
import java.util.Objects;

/** When an event happened: a closed range of days and how precisely the text pins it down. */
public record EventDate(LocalDate start, LocalDate end, DatePrecision precision) {
    public EventDate {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(precision, "precision");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("date range ends before it starts: " + start + ".." + end);
        }
    }

    public static EventDate day(LocalDate day) {
        return new EventDate(day, day, DatePrecision.DAY);
    }

    /** The night that ends on the morning of {@code morning}: from the evening before to that morning. */
    public static EventDate nightEnding(LocalDate morning) {
        return new EventDate(morning.minusDays(1), morning, DatePrecision.NIGHT);
    }

    public boolean overlaps(EventDate other) {
        return !end.isBefore(other.start) && !other.end.isBefore(start);
    }
}
