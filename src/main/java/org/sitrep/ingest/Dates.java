package org.sitrep.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates as outlets write them: ISO dates and datetimes, RFC 1123 ("Mon, 21 Oct 2024 08:00:00 GMT"),
 * "21 October 2024" and "October 21, 2024". The date is taken as written, never shifted to another time zone:
 * it is the day the outlet says it published.
 */
final class Dates {
    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)";
    private static final String WEEKDAY = "(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\\.?,?\\s+)?";
    private static final String TIME = "(?:[T ]\\s*\\d{1,2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?"
            + "(?:\\s*(?:Z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?))?)?";
    /** A date must end at a word boundary, so "2024-10-21abc" or "21 October 20245" are not dates. */
    private static final String END = "(?![\\p{Alnum}])";

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})" + TIME + END);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            WEEKDAY + "(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + "\\.?,?\\s+(\\d{4})" + TIME.replace("[T ]", "\\s") + END,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            WEEKDAY + MONTH + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})" + TIME.replace("[T ]", "\\s") + END,
            Pattern.CASE_INSENSITIVE);
    private static final List<String> MONTHS = List.of(
            "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

    /** A date found at the start of a string, and where it ends. */
    record Found(LocalDate date, int end) {
    }

    private Dates() {
    }

    /** The date a metadata field holds; anything after the date and time (a zone name, say) is ignored. */
    static Optional<LocalDate> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        return atStart(value.strip()).map(Found::date);
    }

    /** A date at the very start of {@code s}, with the index just after it (and after any time of day). */
    static Optional<Found> atStart(String s) {
        Matcher m = ISO.matcher(s);
        if (m.lookingAt()) {
            return found(m.group(1), m.group(2), m.group(3), m.end());
        }
        m = DAY_MONTH_YEAR.matcher(s);
        if (m.lookingAt()) {
            return found(m.group(3), month(m.group(2)), m.group(1), m.end());
        }
        m = MONTH_DAY_YEAR.matcher(s);
        if (m.lookingAt()) {
            return found(m.group(3), month(m.group(1)), m.group(2), m.end());
        }
        return Optional.empty();
    }

    private static String month(String name) {
        return String.valueOf(MONTHS.indexOf(name.substring(0, 3).toLowerCase(Locale.ROOT)) + 1);
    }

    private static Optional<Found> found(String year, String month, String day, int end) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
            return Optional.of(new Found(date, end));
        } catch (DateTimeException e) {
            // 2024-02-31 and the like: shaped like a date but not one.
            return Optional.empty();
        }
    }
}
