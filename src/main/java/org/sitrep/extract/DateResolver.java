package org.sitrep.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.EventDate;
import org.sitrep.nlp.EntitySpan;
import org.sitrep.nlp.Sentence;

/**
 * Turns SUTime's normalized time expressions into event dates, anchored on the article's publication date.
 *
 * <p>Two corrections to SUTime: a bare weekday lands in the publication date's Monday-to-Sunday week, so
 * "Sunday night" in a Monday article comes out as the coming Sunday; news reports the past, so a weekday after the
 * publication date in a sentence about something that happened is moved back a week. And "overnight" in an article
 * means the night that ended on its publication morning, while "Sunday night" is the night that began on Sunday.
 */
final class DateResolver {

    private static final Pattern DAY = Pattern.compile("^(\\d{4}|XXXX)-(\\d{2})-(\\d{2})(T.*)?$");
    private static final Pattern RANGE = Pattern.compile("^(\\d{8})/(\\d{8})$");
    private static final Pattern WEEK = Pattern.compile("^(\\d{4})-W(\\d{2})$");
    private static final Pattern MONTH = Pattern.compile("^(\\d{4})-(\\d{2})$");
    private static final Pattern YEAR = Pattern.compile("^(\\d{4})$");
    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b");
    private static final Pattern MONTH_NAME = Pattern.compile(
            "\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\b");
    private static final Pattern YEAR_IN_TEXT = Pattern.compile("\\b(1[89]|20)\\d{2}\\b");

    /** A resolved date and the expression it came from (null when it defaulted to the article date). */
    record Resolved(EventDate date, EntitySpan from) {
    }

    /**
     * @param published the article's date, or null: then only expressions that name their year are used
     * @param happened  false for future or hypothetical events, which may lie after publication
     */
    Optional<Resolved> resolve(Sentence s, int trigger, LocalDate published, boolean happened) {
        EntitySpan best = null;
        EventDate bestDate = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean nightWords = s.text().toLowerCase(Locale.ROOT).matches("(?s).*\\b(overnight|night)\\b.*");
        for (EntitySpan e : s.entities()) {
            if (!("DATE".equals(e.ner()) || "TIME".equals(e.ner())) || e.normalized() == null) {
                continue;
            }
            if (published == null && !YEAR_IN_TEXT.matcher(e.text()).find()) {
                continue;
            }
            EventDate d = toDate(e, published, happened, nightWords);
            if (d == null) {
                continue;
            }
            int distance = trigger < e.tokenStart() ? e.tokenStart() - trigger : Math.max(0, trigger - e.tokenEnd() + 1);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = e;
                bestDate = d;
            }
        }
        if (bestDate != null) {
            return Optional.of(new Resolved(bestDate, best));
        }
        if (published != null) {
            return Optional.of(new Resolved(EventDate.day(published), null));
        }
        return Optional.empty();
    }

    static EventDate toDate(EntitySpan e, LocalDate published, boolean happened, boolean nightInSentence) {
        String v = e.normalized();
        String text = e.text().toLowerCase(Locale.ROOT);
        try {
            Matcher m = RANGE.matcher(v);
            if (m.matches()) {
                LocalDate start = LocalDate.parse(iso(m.group(1)));
                LocalDate end = LocalDate.parse(iso(m.group(2)));
                LocalDate moved = weekday(text, start, published, happened);
                end = end.plusDays(moved.toEpochDay() - start.toEpochDay());
                start = moved;
                if (end.isBefore(start)) {
                    return null;
                }
                DatePrecision p = nightInSentence && end.equals(start.plusDays(1)) ? DatePrecision.NIGHT
                        : DatePrecision.DAY;
                return new EventDate(start, end, p);
            }
            m = DAY.matcher(v);
            if (m.matches()) {
                String time = m.group(4);
                if (time != null && time.contains("X") && !text.matches(".*\\b(morning|evening|night|overnight|afternoon)\\b.*")) {
                    return null;
                }
                int year = "XXXX".equals(m.group(1)) ? (published == null ? -1 : published.getYear())
                        : Integer.parseInt(m.group(1));
                if (year < 0) {
                    return null;
                }
                LocalDate day = LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                if ("XXXX".equals(m.group(1)) && happened && day.isAfter(published)) {
                    day = day.minusYears(1);
                }
                day = weekday(text, day, published, happened);
                boolean night = "TNI".equals(time) || text.contains("night");
                if (text.contains("overnight")) {
                    return EventDate.nightEnding(day);
                }
                if (night) {
                    return new EventDate(day, day.plusDays(1), DatePrecision.NIGHT);
                }
                return EventDate.day(day);
            }
            m = WEEK.matcher(v);
            if (m.matches()) {
                LocalDate monday = LocalDate.of(Integer.parseInt(m.group(1)), 6, 1)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2)))
                        .with(DayOfWeek.MONDAY);
                return new EventDate(monday, monday.plusDays(6), DatePrecision.WEEK);
            }
            m = MONTH.matcher(v);
            if (m.matches()) {
                YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                return new EventDate(ym.atDay(1), ym.atEndOfMonth(), DatePrecision.MONTH);
            }
            m = YEAR.matcher(v);
            if (m.matches()) {
                int y = Integer.parseInt(m.group(1));
                return new EventDate(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), DatePrecision.YEAR);
            }
        } catch (java.time.DateTimeException | NumberFormatException ex) {
            return null;
        }
        return null;
    }

    /**
     * A weekday named without a date ("on Sunday", "Tuesday night", "next Monday") is the one nearest the
     * article on the side the event lies: the latest on or before publication for what happened, the earliest on
     * or after it for what is planned. SUTime picks the week by the tense it sees, which reported speech misleads.
     */
    private static LocalDate weekday(String text, LocalDate day, LocalDate published, boolean happened) {
        if (published == null || !WEEKDAY.matcher(text).find() || text.matches(".*\\d.*")
                || MONTH_NAME.matcher(text).find()) {
            return day;
        }
        DayOfWeek dow = day.getDayOfWeek();
        boolean forward = text.contains("next") || !happened && !text.contains("last");
        LocalDate d = published;
        if (forward) {
            if (text.contains("next")) {
                d = d.plusDays(1);
            }
            while (d.getDayOfWeek() != dow) {
                d = d.plusDays(1);
            }
        } else {
            if (text.contains("last")) {
                d = d.minusDays(1);
            }
            while (d.getDayOfWeek() != dow) {
                d = d.minusDays(1);
            }
        }
        return d;
    }

    private static String iso(String yyyymmdd) {
        return yyyymmdd.substring(0, 4) + "-" + yyyymmdd.substring(4, 6) + "-" + yyyymmdd.substring(6, 8);
    }
}
