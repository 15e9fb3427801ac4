package org.sitrep.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sitrep.nlp.EntitySpan;
import org.sitrep.nlp.Sentence;

/**
 * Days of one month written as a range: "from 9 to 11 July", "on June 15-16", "between 3 and 5 May". SUTime reads the
 * first day as a number and keeps only the last day, or only the month; these read them as one span of days. So is
 * the middle of a month ("in mid-April"), which SUTime does not read at all: it is given its month.
 */
final class DayRanges {
    private static final String MONTHS = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String JOIN = "\\s*(?:-|\u2013|to|and|until|till|through)\\s*";
    /** "9 to 11 July 2024", "15-16 June". */
    private static final Pattern DAYS_MONTH = Pattern.compile("(?i)(?<![\\d.,])\\b(\\d{1,2})" + JOIN + "(\\d{1,2})\\s+"
            + MONTHS + "(?:,?\\s+(\\d{4}))?\\b");
    /** "July 9-11", "June 15 and 16, 2024". */
    private static final Pattern MONTH_DAYS = Pattern.compile("(?i)\\b" + MONTHS + "\\s+(\\d{1,2})" + JOIN
            + "(\\d{1,2})(?:,?\\s+(\\d{4}))?\\b(?![\\d.,%]\\d*|\\s*(?:percent|per cent)\\b)");
    /** "in mid-April", "by mid-March 2023": one token SUTime leaves unread. */
    private static final Pattern MID_MONTH = Pattern.compile("(?i)\\bmid-" + MONTHS + "(?:,?\\s+(\\d{4}))?\\b");
    /** "on the 24th", "late on the 3rd": a day of a month the story is in, with no month named. */
    private static final Pattern ORDINAL_DAY = Pattern.compile("(?i)\\bon the (\\d{1,2})(?:st|nd|rd|th)\\b");
    private static final List<String> MONTH_KEYS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
            "sep", "oct", "nov", "dec");

    private DayRanges() {
    }

    /**
     * The sentence's entities, with each range of days put in place of the entities it covers as one DATE whose
     * value is the range ("20240709/20240711"). Without a year in the text the range is in the article's year, as
     * SUTime would read it; with no article date, only ranges that name their year are read.
     */
    static List<EntitySpan> of(Sentence s, LocalDate published) {
        List<EntitySpan> ranges = new ArrayList<>();
        collect(s, DAYS_MONTH.matcher(s.text()), 1, 2, 3, published, ranges);
        collect(s, MONTH_DAYS.matcher(s.text()), 2, 3, 1, published, ranges);
        midMonths(s, published, ranges);
        ordinalDays(s, published, ranges);
        if (ranges.isEmpty()) {
            return s.entities();
        }
        List<EntitySpan> merged = new ArrayList<>();
        for (EntitySpan e : s.entities()) {
            if (ranges.stream().noneMatch(r -> e.tokenStart() < r.tokenEnd() && r.tokenStart() < e.tokenEnd())) {
                merged.add(e);
            }
        }
        merged.addAll(ranges);
        merged.sort((a, b) -> Integer.compare(a.tokenStart(), b.tokenStart()));
        return merged;
    }

    private static void collect(Sentence s, Matcher m, int firstGroup, int secondGroup, int monthGroup,
                                LocalDate published, List<EntitySpan> into) {
        while (m.find()) {
            int first = Integer.parseInt(m.group(firstGroup));
            int second = Integer.parseInt(m.group(secondGroup));
            int month = MONTH_KEYS.indexOf(m.group(monthGroup).toLowerCase(Locale.ROOT).substring(0, 3)) + 1;
            Integer year = m.group(4) != null ? Integer.valueOf(m.group(4))
                    : published != null ? Integer.valueOf(published.getYear()) : null;
            if (year == null || month < 1 || first < 1 || second <= first) {
                continue;
            }
            LocalDate start;
            LocalDate end;
            try {
                start = LocalDate.of(year, month, first);
                end = LocalDate.of(year, month, second);
            } catch (DateTimeException e) {
                continue; // "31 June"
            }
            int from = s.tokenAt(s.begin() + m.start());
            int to = s.tokenAt(s.begin() + m.end() - 1);
            if (from < 0 || to < 0 || !covers(s, from, to)) {
                continue;
            }
            into.add(new EntitySpan("DATE", compact(start) + "/" + compact(end), m.group(), from, to + 1,
                    s.begin() + m.start(), s.begin() + m.end()));
        }
    }

    /** "mid-April": the month, in the article's year unless the text gives one, where no time was read. */
    private static void midMonths(Sentence s, LocalDate published, List<EntitySpan> into) {
        Matcher m = MID_MONTH.matcher(s.text());
        while (m.find()) {
            int month = MONTH_KEYS.indexOf(m.group(1).toLowerCase(Locale.ROOT).substring(0, 3)) + 1;
            Integer year = m.group(2) != null ? Integer.valueOf(m.group(2))
                    : published != null ? Integer.valueOf(published.getYear()) : null;
            int from = s.tokenAt(s.begin() + m.start());
            int to = s.tokenAt(s.begin() + m.end() - 1);
            if (year == null || month < 1 || from < 0 || to < 0 || covers(s, from, to)) {
                continue;
            }
            into.add(new EntitySpan("DATE", String.format(Locale.ROOT, "%04d-%02d", year, month), m.group(), from,
                    to + 1, s.begin() + m.start(), s.begin() + m.end()));
        }
    }

    /**
     * "pushed into the town late on the 3rd": a day told by its ordinal alone is that day of the article's month, or
     * of the month before when the day is still to come; not "on the 24th anniversary" (a noun follows).
     */
    private static void ordinalDays(Sentence s, LocalDate published, List<EntitySpan> into) {
        Matcher m = ORDINAL_DAY.matcher(s.text());
        while (m.find() && published != null) {
            int day = Integer.parseInt(m.group(1));
            int from = s.tokenAt(s.begin() + m.start(1));
            int to = s.tokenAt(s.begin() + m.end() - 1);
            if (day < 1 || from < 0 || to < 0 || covers(s, from, to)
                    || to + 1 < s.tokens().size() && s.tokens().get(to + 1).pos().startsWith("NN")) {
                continue;
            }
            LocalDate month = day <= published.getDayOfMonth() ? published : published.minusMonths(1);
            LocalDate date;
            try {
                date = month.withDayOfMonth(day);
            } catch (DateTimeException e) {
                continue; // "on the 31st" of a month of 30 days
            }
            into.add(new EntitySpan("DATE", date.toString(), m.group().substring(7), from, to + 1,
                    s.begin() + m.start(1), s.begin() + m.end()));
        }
    }

    /** True if some time expression lies in the range: its month at least was read as a date. */
    private static boolean covers(Sentence s, int from, int to) {
        for (EntitySpan e : s.entities()) {
            if (e.isTime() && e.tokenStart() <= to && e.tokenEnd() > from) {
                return true;
            }
        }
        return false;
    }

    private static String compact(LocalDate d) {
        return d.toString().replace("-", "");
    }
}
