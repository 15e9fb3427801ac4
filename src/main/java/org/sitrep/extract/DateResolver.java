package org.sitrep.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.EventDate;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Dateline;
import org.sitrep.nlp.EntitySpan;
import org.sitrep.nlp.ParsedArticle;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Turns SUTime's normalized time expressions into event dates, anchored on the article's publication date.
 *
 * <p>Two corrections to SUTime: a bare weekday lands in the publication date's Monday-to-Sunday week, so
 * "Sunday night" in a Monday article comes out as the coming Sunday; news reports the past, so a weekday after the
 * publication date in a sentence about something that happened is moved back a week. And "overnight" in an article
 * means the night that ended on its publication morning, while "Sunday night" is the night that began on Sunday.
 */
final class DateResolver {

    /** A day; SUTime joins a weekday to a duration before it ("an hour on Thursday") as "2025-07-03-WXX-4". */
    private static final Pattern DAY = Pattern.compile("^(\\d{4}|XXXX)-(\\d{2})-(\\d{2})(?:-WXX-\\d)?(T.*)?$");
    private static final Pattern RANGE = Pattern.compile("^(\\d{8})/(\\d{8})$");
    private static final Pattern WEEK = Pattern.compile("^(\\d{4})-W(\\d{2})$");
    private static final Pattern MONTH = Pattern.compile("^(\\d{4}|XXXX)-(\\d{2})$");
    private static final Pattern YEAR = Pattern.compile("^(\\d{4})$");
    private static final Pattern SEASON = Pattern.compile("^(\\d{4})-(SP|SU|FA|WI)$");
    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b");
    private static final Pattern MONTH_NAME = Pattern.compile(
            "\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\b");
    /** Words that put a clause at the time of the clause it attaches to ("signed a pact when Putin visited"). */
    private static final Set<String> SAME_TIME = Set.of("when", "as", "while");
    /** Words pointing back to the time just told: "the same day", "hours later". */
    private static final Pattern SAME_DAY = Pattern.compile(
            "\\b(the same day|that same day|that day|later that day|hours later|that night|the same night)\\b");
    private static final Pattern NEXT_DAY = Pattern.compile("\\b(the next day|a day later|the following day)\\b");
    /**
     * "The day before, ...", "the previous day": the day before the day just told. SUTime reads the first as the
     * article's own day.
     */
    private static final Pattern DAY_BEFORE = Pattern.compile("^(the day before|the previous day|a day earlier)$");
    /** Of those, the ones SUTime reads right (the day before the article's) when the sentence tells no other day. */
    private static final Pattern DAY_BEFORE_READ = Pattern.compile("^(the previous day|a day earlier)$");
    /**
     * A clock time alone ("18:05", the stamp of a live-blog entry) names no day: SUTime gives it the article's, which
     * would pass for a date the sentence itself gives.
     */
    private static final Set<DatePrecision> COARSE = Set.of(DatePrecision.WEEK, DatePrecision.MONTH,
            DatePrecision.YEAR);
    private static final Set<DatePrecision> DAY_OR_NIGHT = Set.of(DatePrecision.DAY, DatePrecision.NIGHT);
    private static final Pattern CLOCK = Pattern.compile("\\d{1,2}[:.]\\d{2}( ?[ap]\\.?m\\.?)?");
    private static final Pattern YEAR_IN_TEXT = Pattern.compile("\\b(1[89]|20)\\d{2}\\b");

    private final Lexicon lexicon;

    /** @param lexicon tells verbs of saying and the cue words of happenings */
    DateResolver(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

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
        int datelineEnd = datelineEnd(s);
        List<EntitySpan> entities = DayRanges.of(s, published).stream().filter(e -> !isDesignation(s, e)).toList();
        Optional<Resolved> told = s.isParsed() ? whenOfADate(s, trigger, entities, published, happened)
                : Optional.empty();
        if (told.isPresent()) {
            return told;
        }
        List<Resolved> candidates = new ArrayList<>();
        for (int i = 0; i < entities.size(); i++) {
            EntitySpan e = entities.get(i);
            if (!isTime(e) || e.end() <= datelineEnd || isSpanCounted(s, e)) {
                continue;
            }
            if (published == null && !YEAR_IN_TEXT.matcher(e.text()).find() || ranksWithin(s, e)) {
                continue;
            }
            // "its offensive, launched on Aug. 6, would force Moscow to ...": a date on a verb told in the past is in
            // the past, whatever is hoped of what followed.
            boolean pastVerb = happened || onPastVerb(s, e);
            EventDate d = pointsBack(e) ? earlierTime(s, e, published, nightWords)
                    : toDate(e, published, pastVerb, nightWords);
            if (d == null && DAY_BEFORE_READ.matcher(e.text().toLowerCase(Locale.ROOT)).matches()) {
                d = toDate(e, published, pastVerb, nightWords); // "had taken the town the previous day": no other day
            }
            // What lies after publication cannot date the past verb that reports a plan: it dates the plan.
            EventDate past = happened ? d : toDate(e, published, true, nightWords);
            boolean ahead = past != null && published != null && past.end().isAfter(published);
            if (s.isParsed() && !belongsTo(s, e, trigger, happened || ahead || pastVerb)
                    && !(happened && onTailSaying(s, e, trigger))) {
                continue;
            }
            if (e.tokenStart() > 0 && e.tokenStart() <= s.tokens().size()
                    && "since".equalsIgnoreCase(s.tokens().get(e.tokenStart() - 1).word())) {
                d = since(s, e, d, trigger, published, happened);
            }
            EntitySpan until = nightUntil(s, e);
            if (until != null && d != null) {
                // "overnight into Sunday": the night that ended on Sunday morning.
                EventDate end = toDate(until, published, happened, false);
                d = end == null ? d : EventDate.nightEnding(end.start());
            } else if (d != null && d.precision() == DatePrecision.DAY && endsNightBefore(s, entities, e)) {
                d = EventDate.nightEnding(d.start()); // "Overnight into today": "today" ends the night
            }
            if (d == null || happened && published != null && d.start().isAfter(published)) {
                continue; // what happened cannot have begun after the article was published
            }
            // A time hung on the cue itself beats a nearer one of another verb ("said on Wednesday morning that
            // Russia had launched 145 drones overnight").
            // A holiday naming the event ("the Easter ceasefire") is attached too, but says less than "on Saturday".
            int distance = s.isParsed() && attachedTo(s, e, trigger) ? (namesOnly(s, e, trigger) ? 0 : -1)
                    : trigger < e.tokenStart() ? e.tokenStart() - trigger : Math.max(0, trigger - e.tokenEnd() + 1);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = e;
                bestDate = d;
            }
            candidates.add(new Resolved(d, e));
        }
        if (best != null && s.isParsed() && onSaying(s, best, trigger)) {
            // The day a report was made is the event's only when the clause gives none: "said on Dec. 20 that
            // Russian forces had attacked Bakhmut and nearby villages on Dec. 19" (the parser hung the 19th on
            // "villages"). A day or a night told on a thing the clause names says more, however far off.
            int nearest = Integer.MAX_VALUE;
            for (Resolved c : candidates) {
                int away = Math.abs(c.from().tokenStart() - trigger);
                if (c.from() != best && DAY_OR_NIGHT.contains(c.date().precision()) && away < nearest
                        && onPlainNoun(s, c.from())) {
                    nearest = away;
                    best = c.from();
                    bestDate = c.date();
                }
            }
        }
        if (best != null && CLOCK_ONLY.matcher(best.text()).matches()) {
            // "On Friday, 14 April, at about 16:00", "before dawn on Sunday": a time of day says the hour of the day
            // told beside it, not that the day is the article's.
            EntitySpan hour = best;
            for (Resolved c : candidates) {
                if (c.from() != best && "DATE".equals(c.from().ner()) && c.date().precision() == DatePrecision.DAY
                        && Math.abs(c.from().tokenEnd() - best.tokenStart()) <= CLOCK_REACH) {
                    best = c.from();
                    bestDate = c.date();
                    break;
                }
            }
            if (best == hour && happened && published != null && EventDate.day(published).equals(bestDate)) {
                // "Putin landed at around 3 a.m.": no day at all, which the story's time frame gives.
                best = null;
                bestDate = null;
            }
        }
        for (Resolved c : candidates) {
            // "Earlier this month, on April 4": a day told right beside a coarser span, and inside it, says more.
            boolean coarse = bestDate != null && COARSE.contains(bestDate.precision());
            boolean inside = coarse && !c.date().start().isBefore(bestDate.start())
                    && !c.date().end().isAfter(bestDate.end());
            if (inside && c.date().precision() == DatePrecision.DAY
                    && Math.abs(c.from().tokenStart() - best.tokenEnd()) <= 3) {
                best = c.from();
                bestDate = c.date();
            }
        }
        if (bestDate != null && bestDate.precision() == DatePrecision.YEAR && s.isParsed()) {
            // "Last year Moscow's troops took Avdiivka in February": a month with no year of its own, told on the same
            // verb as a year, is that month of that year.
            for (Resolved c : candidates) {
                if (c.from() != best && c.date().precision() == DatePrecision.MONTH && attachedTo(s, c.from(), trigger)
                        && !YEAR_IN_TEXT.matcher(c.from().text()).find()) {
                    LocalDate first = bestDate.start().withMonth(c.date().start().getMonthValue());
                    best = c.from();
                    bestDate = new EventDate(first, first.plusMonths(1).minusDays(1), DatePrecision.MONTH);
                    break;
                }
            }
        }
        if (bestDate != null && bestDate.precision() == DatePrecision.DAY && !NIGHT_WORD.matcher(best.text()).find()
                && !TODAY.matcher(best.text()).find() && s.isParsed()) {
            // "Russia's overnight attack on Kyiv on June 1", "on Sunday Russia launched 595 drones overnight" (a
            // Sunday paper): the day named is the one the night ended on, when the night is the event's or the day
            // the paper's own.
            boolean ownDay = bestDate.start().equals(published);
            EventDate day = bestDate;
            if (candidates.stream().anyMatch(c -> c.from() != null && NIGHT_WORD.matcher(c.from().text()).find()
                    && c.date() != null && c.date().precision() == DatePrecision.NIGHT
                    && (ownDay || attachedTo(s, c.from(), trigger)))) {
                bestDate = EventDate.nightEnding(day.start());
            }
        }
        if (published != null && (best == null || NIGHT_WORD.matcher(best.text()).find()
                || bestDate != null && COARSE.contains(bestDate.precision()))) {
            // "on the night of 8-9 July": SUTime reads the two days as a number and the month alone.
            Resolved range = nightRange(s, published, happened);
            if (range != null && (best == null || Math.abs(range.from().begin() - best.begin()) < NIGHT_RANGE_REACH)) {
                return Optional.of(range);
            }
        }
        if (bestDate != null && happened && published != null && sinceThen(s, best, trigger)
                && bestDate.precision() == DatePrecision.DAY && bestDate.start().isBefore(published)) {
            // "had gained 4.5 square kilometres since Tuesday": from that day to the story's.
            long days = published.toEpochDay() - bestDate.start().toEpochDay();
            return Optional.of(new Resolved(new EventDate(bestDate.start(), published,
                    days > 2 ? DatePrecision.WEEK : DatePrecision.DAY), best));
        }
        if (bestDate != null) {
            return Optional.of(new Resolved(measuredFrom(s, trigger, best, bestDate), best));
        }
        // A plan, a possibility or an ongoing stance with no time of its own has no date; a report has the time the
        // sentence opens with or points back to, else its article's.
        if (published != null && happened && !ongoing(s, trigger)) {
            Optional<Resolved> framed = s.isParsed() ? framing(s, trigger, published, nightWords) : Optional.empty();
            return Optional.of(framed.orElse(new Resolved(EventDate.day(published), null)));
        }
        return Optional.empty();
    }

    /**
     * "began on Oct. 10, when Russia fired 84 missiles": a clause of "when" that describes a date happened on it (or
     * will, for what is still to come).
     * Empty when the trigger's clause is no such clause.
     */
    private static Optional<Resolved> whenOfADate(Sentence s, int trigger, List<EntitySpan> entities,
                                                  LocalDate published, boolean happened) {
        int clause = trigger;
        Dependency up = s.headOf(trigger);
        if (!s.tokens().get(trigger).pos().startsWith("VB") && up != null && up.governor() >= 0
                && (up.relation().equals("obj") || up.relation().startsWith("nsubj"))) {
            clause = up.governor();
            up = s.headOf(clause);
        }
        if (up == null || up.governor() < 0 || !"acl:relcl".equals(up.relation())
                || Clause.dependents(s, clause, Set.of("advmod")).stream()
                .noneMatch(d -> "when".equalsIgnoreCase(s.tokens().get(d.dependent()).word()))) {
            return Optional.empty();
        }
        for (EntitySpan e : entities) {
            if ("DATE".equals(e.ner()) && up.governor() >= e.tokenStart() && up.governor() < e.tokenEnd()) {
                // "will come up on Thursday, when the ministers meet": a date ahead for what is still to come.
                EventDate d = toDate(e, published, happened, false);
                return d == null || happened && published != null && d.start().isAfter(published) ? Optional.empty()
                        : Optional.of(new Resolved(d, e));
            }
        }
        return Optional.empty();
    }

    /**
     * "in a single morning", "within a day": a time counted as a span, not one that dates. Not "after a night in which
     * ...", which points at a night.
     */
    private static boolean isSpanCounted(Sentence s, EntitySpan e) {
        if (e.text().matches(".*\\d.*") || e.tokenStart() > s.tokens().size()) {
            return false; // "in a 2018 speech": a year that dates
        }
        for (int k = e.tokenStart() - 1; k >= 1 && k >= e.tokenStart() - 2; k--) {
            String word = s.tokens().get(k).word().toLowerCase(Locale.ROOT);
            if ("a".equals(word) || "an".equals(word)) {
                String before = s.tokens().get(k - 1).word().toLowerCase(Locale.ROOT);
                return "in".equals(before) || "within".equals(before);
            }
            if (!s.tokens().get(k).pos().startsWith("JJ")) {
                return false;
            }
        }
        return false;
    }

    /** "today": the day of a statement, not of the night before it. */
    private static final Pattern TODAY = Pattern.compile("(?i)\\b(today|tonight)\\b");
    private static final Pattern NIGHT_WORD = Pattern.compile("(?i)\\b(night|overnight)\\b");
    /** "the night of 21 August", "night of August 21": a night named by a date. */
    private static final Pattern NIGHT_OF_DATE = Pattern.compile("(?i)\\bnight of\\s+(?:the\\s+)?(?:\\d|[a-z]+\\s+\\d)");
    /**
     * A time of day and nothing else: "16:00", "about 3 a.m.", "five in the morning", "noon", "dawn" (not a night,
     * which spans two days).
     */
    private static final Pattern CLOCK_ONLY = Pattern.compile("(?i)(about |around |at |before |after )*((\\d{1,2}"
            + "([:.]\\d{2})?( ?[ap]\\.?m\\.?)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
            + "( o'clock)?( in the (morning|afternoon|evening)| at night)?|noon|midnight|dawn|daybreak|sunrise|midday"
            + "|dusk|morning|afternoon|evening)( local time)?");
    /** Tokens between a day and the clock time that goes with it ("14 April, at about 16:00"). */
    private static final int CLOCK_REACH = 4;
    private static final String MONTHS = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    /** "the night of 8-9 July", "overnight on 8 to 9 July", "the night of July 8-9". */
    private static final Pattern NIGHT_DAYS_MONTH = Pattern.compile("(?i)\\b(?:night|overnight)\\b[^.;]{0,16}?\\b"
            + "(\\d{1,2})\\s*(?:-|\u2013|to|into)\\s*(\\d{1,2})\\s+" + MONTHS + "\\b");
    private static final Pattern NIGHT_MONTH_DAYS = Pattern.compile("(?i)\\b(?:night|overnight)\\b[^.;]{0,16}?\\b"
            + MONTHS + "\\s+(\\d{1,2})\\s*(?:-|\u2013|to|into)\\s*(\\d{1,2})\\b");
    /** Characters between the night word a date was read from and the range it is part of. */
    private static final int NIGHT_RANGE_REACH = 40;

    /** A night written as two days of a month, with the expression the month is read from; null when none. */
    private static Resolved nightRange(Sentence s, LocalDate published, boolean happened) {
        String text = s.text();
        int first;
        int second;
        String month;
        Matcher m = NIGHT_DAYS_MONTH.matcher(text);
        if (m.find()) {
            first = Integer.parseInt(m.group(1));
            second = Integer.parseInt(m.group(2));
            month = m.group(3);
        } else {
            m = NIGHT_MONTH_DAYS.matcher(text);
            if (!m.find()) {
                return null;
            }
            month = m.group(1);
            first = Integer.parseInt(m.group(2));
            second = Integer.parseInt(m.group(3));
        }
        int number = monthNumber(month);
        if (number < 0 || second != first + 1 || first < 1 || second > 31) {
            return null; // "the night of 31 May to 1 June" is left to SUTime
        }
        LocalDate end;
        try {
            end = LocalDate.of(published.getYear(), number, second);
        } catch (java.time.DateTimeException e) {
            return null;
        }
        if (happened && end.isAfter(published)) {
            end = end.minusYears(1);
        }
        int at = s.begin() + m.start();
        EntitySpan from = null;
        for (EntitySpan e : s.entities()) {
            if (e.isTime() && e.end() > at && e.begin() < s.begin() + m.end()) {
                from = e;
                break;
            }
        }
        return from == null ? null : new Resolved(EventDate.nightEnding(end), from);
    }

    private static int monthNumber(String name) {
        String key = name.toLowerCase(Locale.ROOT).substring(0, 3);
        List<String> months = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                "dec");
        int i = months.indexOf(key);
        return i < 0 ? -1 : i + 1;
    }

    /** Tokens before a span of time that a superlative ranking something within it may stand. */
    private static final int RANKING_REACH = 6;

    /**
     * "one of the largest swaps of the year", "the deadliest attack this year": the span something is ranked within,
     * not the time it happened.
     */
    private static boolean ranksWithin(Sentence s, EntitySpan e) {
        if (!e.text().toLowerCase(Locale.ROOT).matches("(the|this|that) (year|month|week|war)")) {
            return false;
        }
        for (int k = Math.max(0, e.tokenStart() - RANKING_REACH); k < e.tokenStart(); k++) {
            // "the largest attack this year", "Russia's 13th large-scale strike this year": a rank or a count in a
            // series the time frames.
            if ("JJS".equals(s.tokens().get(k).pos()) || "RBS".equals(s.tokens().get(k).pos())
                    || "ORDINAL".equals(s.tokens().get(k).ner())) {
                return true;
            }
        }
        // However far: the time hangs on a noun ranked or counted ("its 13th large-scale strike on ... this year").
        Dependency up = s.isParsed() ? s.headOf(headOf(s, e)) : null;
        return up != null && up.governor() >= 0 && s.tokens().get(up.governor()).pos().startsWith("NN")
                && s.dependentsOf(up.governor()).stream().map(d -> s.tokens().get(d.dependent()))
                .anyMatch(t -> "ORDINAL".equals(t.ner()) || "JJS".equals(t.pos()));
    }

    /** True if the time expression hangs on {@code head} only as a word of its name ("Easter ceasefire"). */
    private static boolean namesOnly(Sentence s, EntitySpan e, int head) {
        for (int i = e.tokenStart(); i < e.tokenEnd(); i++) {
            Dependency up = s.headOf(i);
            if (up != null && up.governor() == head && !"compound".equals(up.relation())
                    && !"amod".equals(up.relation())) {
                return false;
            }
        }
        return true;
    }

    private static final Pattern MONTH_NAMED = Pattern.compile("(?i)\\b" + MONTHS + "(\\s|$)");

    /** The time hangs on a verb in the past tense, or on a past participle with no auxiliary ("launched on Aug. 6"). */
    private static boolean onPastVerb(Sentence s, EntitySpan e) {
        if (!s.isParsed()) {
            return false;
        }
        for (int i = e.tokenStart(); i < e.tokenEnd(); i++) {
            Dependency up = s.headOf(i);
            if (up == null || up.governor() < 0 || up.governor() >= e.tokenStart() && up.governor() < e.tokenEnd()) {
                continue; // a word of the time itself ("6" of "Aug. 6")
            }
            String pos = s.tokens().get(up.governor()).pos();
            return "VBD".equals(pos) || "VBN".equals(pos)
                    && Clause.dependents(s, up.governor(), Set.of("aux", "aux:pass")).isEmpty();
        }
        return false;
    }

    /**
     * A time still to come from the writer's day: "later this week", "later today", "next week", "tomorrow", "in the
     * coming days". Not "the next day", which follows an event told.
     */
    private static final Pattern LATER_THIS = Pattern.compile(
            "\\blater (this|today|tonight)\\b|^(next (?!day)\\w+|tomorrow|in the coming \\w+)");

    /**
     * True if a time hung on the cue lies after publication however it is read ("would begin handing its positions on
     * May 25" in a story of 21 May): whatever the tense seemed to say, that has not happened yet.
     */
    static boolean isDatedAhead(Sentence s, int trigger, LocalDate published) {
        if (published == null || !s.isParsed()) {
            return false;
        }
        Dependency up = s.headOf(trigger);
        boolean present = toldInThePresent(s, trigger);
        // "is expected to hang over the NATO summit in July": a meeting named with a month and no year, in a clause
        // not told in the past, is this year's.
        // Not what a span is counted from: "since the fall of Avdiivka in February".
        boolean noun = s.tokens().get(trigger).pos().startsWith("NN") && !toldInThePast(s, trigger)
                && (up == null || !up.relation().endsWith(":since"));
        // "When Ukrainian brigades poured into Kursk on 6 August" told in April: a verb in the simple past did it
        // before publication, in the year before if its day has no year and falls later in this one.
        boolean simplePast = "VBD".equals(s.tokens().get(trigger).pos()) && toldInThePast(s, trigger);
        for (EntitySpan e : DayRanges.of(s, published)) {
            if (simplePast && !YEAR_IN_TEXT.matcher(e.text()).find()) {
                continue;
            }
            // Only a calendar date: "the following night" is told from the story's day, not the article's. A weekday
            // too when the clause is in the present ("travels to Vilnius for a summit on Tuesday"): news tells what
            // is done in the past, so a weekday ahead of a present tense is still to come.
            boolean weekdayAhead = present && WEEKDAY.matcher(e.text().toLowerCase(Locale.ROOT)).find();
            boolean calendar = YEAR_IN_TEXT.matcher(e.text()).find()
                    || MONTH_NAMED.matcher(e.text()).find() || weekdayAhead;
            // The time of a verb and its object noun may hang on either: "holds talks on 30 October"; so may a trip's
            // and its purpose's: "travels to Vilnius for a summit on Tuesday".
            // So may a meeting's and what is done at it: "will hang over the summit in July".
            // And a measure's and its coming into force, told in the present: "an EU ban on diesel takes effect on
            // Feb. 5".
            boolean carried = up != null && up.governor() >= 0 && ("obj".equals(up.relation())
                    || noun && up.relation().startsWith("obl:") || noun && present && "nsubj".equals(up.relation()))
                    && attachedTo(s, e, up.governor())
                    || s.dependentsOf(trigger).stream()
                    // "meets at the US air base in Ramstein on Friday": the parser may hang the day on the place.
                    .anyMatch(d -> ("obj".equals(d.relation()) || present && d.relation().startsWith("obl:"))
                            && hangsOn(s, e, d.dependent()));
            boolean monthThisYear = noun && MONTH_NAMED.matcher(e.text()).find()
                    && !YEAR_IN_TEXT.matcher(e.text()).find();
            // "later this week", "next week", "tomorrow": still to come, unless told in the past.
            if (isTime(e) && LATER_THIS.matcher(e.text().toLowerCase(Locale.ROOT)).find()
                    && !toldInThePast(s, trigger) && (hangsOn(s, e, trigger) || carried)) {
                return true;
            }
            if (isTime(e) && calendar && !pointsBack(e) && (hangsOn(s, e, trigger) || carried)) {
                EventDate when = toDate(e, published, !weekdayAhead && !monthThisYear, false);
                boolean ahead = when != null && (weekdayAhead ? when.end() : when.start()).isAfter(published);
                if (ahead) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Steps from a cue up to the word that carries its clause's tense. */
    private static final int TENSE_REACH = 3;
    /** Links from a word up to the one carrying its tense, by their main relation ("obl:for" is an "obl"). */
    private static final Set<String> TENSE_LINKS = Set.of("obj", "obl", "nmod", "dep", "conj", "nsubj");

    /**
     * True if the clause telling a cue is in the present simple: "travels to Vilnius for a summit", "is in Rio for
     * the summit". The cue itself, or the word above it carrying the tense (through its object, a phrase or a loose
     * link), is a present verb or has a present copula or auxiliary, and no past or modal one.
     */
    private static boolean toldInThePresent(Sentence s, int cue) {
        int node = cue;
        for (int steps = 0; steps <= TENSE_REACH && node >= 0; steps++) {
            Token t = s.tokens().get(node);
            boolean present = isPresent(t);
            for (Dependency d : s.dependentsOf(node)) {
                Token aux = s.tokens().get(d.dependent());
                if ("cop".equals(d.relation()) || d.relation().startsWith("aux")) {
                    if ("VBD".equals(aux.pos()) || "MD".equals(aux.pos()) || "TO".equals(aux.pos())) {
                        return false;
                    }
                    present |= isPresent(aux);
                }
            }
            if (present || "VBD".equals(t.pos()) || "VBN".equals(t.pos()) || "VBG".equals(t.pos())) {
                return present && !"VBG".equals(t.pos());
            }
            Dependency up = s.headOf(node);
            if (up == null || up.governor() < 0 || !TENSE_LINKS.contains(up.relation().split(":")[0])) {
                return false;
            }
            node = up.governor();
        }
        return false;
    }

    /**
     * True if the clause telling a cue is in the past: the cue, or the word above it carrying the tense (through a
     * complement, its object or a phrase), is a past verb or has a past auxiliary ("did not attack", "stopped
     * sharing"), and no modal or "to".
     */
    static boolean toldInThePast(Sentence s, int cue) {
        int node = cue;
        for (int steps = 0; steps <= TENSE_REACH && node >= 0; steps++) {
            Token t = s.tokens().get(node);
            boolean past = "VBD".equals(t.pos());
            for (Dependency d : s.dependentsOf(node)) {
                Token aux = s.tokens().get(d.dependent());
                if ("cop".equals(d.relation()) || d.relation().startsWith("aux")) {
                    if ("MD".equals(aux.pos()) || "TO".equals(aux.pos())) {
                        return false;
                    }
                    past |= "VBD".equals(aux.pos());
                }
            }
            if (past) {
                return true;
            }
            Dependency up = s.headOf(node);
            if (up == null || up.governor() < 0 || !TENSE_LINKS.contains(up.relation().split(":")[0])
                    && !up.relation().startsWith("xcomp")) {
                return false;
            }
            node = up.governor();
        }
        return false;
    }

    /** How far back a day-after report's lede may lie: the day before publication, as a morning paper tells it. */
    private static final int NEWS_DAYS = 1;

    /**
     * The day a story's opening tells of, when it is the day before publication ("LONDON, March 30 - Investors piled
     * back into stocks on Tuesday after the talks in Istanbul ended ..."): the first time of its first two paragraphs
     * after the dateline (a kicker or a byline may fill the first), a date or a time of day, if it names a day; null
     * otherwise, or when that day is the day of publication.
     */
    static EventDate newsDay(ParsedArticle parsed) {
        LocalDate published = parsed.article().published();
        String text = parsed.article().text();
        if (published == null || text.isBlank()) {
            return null;
        }
        int lede = NeighbourDates.frameEnd(text);
        for (Sentence s : parsed.sentences()) {
            if (s.begin() >= lede) {
                break;
            }
            int dateline = datelineEnd(s);
            if (!s.isParsed()) {
                // A sentence with no event cue is not read for its times, but "said late on Sunday" still names the
                // day.
                LocalDate day = weekdayWord(s, dateline, published);
                if (day != null) {
                    return day.isBefore(published) && !day.isBefore(published.minusDays(NEWS_DAYS))
                            ? EventDate.day(day) : null;
                }
                continue;
            }
            for (EntitySpan e : s.entities()) {
                if (!isTime(e) || e.end() <= dateline || pointsBack(e)) {
                    continue;
                }
                EventDate d = toDate(e, published, true, false);
                if (d == null || d.precision() != DatePrecision.DAY) {
                    return null;
                }
                boolean before = d.start().isBefore(published) && !d.start().isBefore(published.minusDays(NEWS_DAYS));
                return before ? d : null;
            }
        }
        return null;
    }

    /** The day gone by a sentence's first weekday names ("late on Sunday"), or null when it names none. */
    private static LocalDate weekdayWord(Sentence s, int dateline, LocalDate published) {
        for (Token t : s.tokens()) {
            String word = t.word().toLowerCase(Locale.ROOT);
            if (t.begin() >= dateline && WEEKDAY.matcher(word).matches()) {
                LocalDate d = published;
                while (d.getDayOfWeek() != DayOfWeek.valueOf(word.toUpperCase(Locale.ROOT))) {
                    d = d.minusDays(1);
                }
                return d;
            }
        }
        return null;
    }

    /** A span of days or weeks as SUTime writes it: "P2D", "P1W". */
    private static final Pattern DAYS_OR_WEEKS = Pattern.compile("P(\\d+)([DW])");
    /** Words that measure one happening from another by a span before them: "a week after", "two days before". */
    private static final Set<String> TIME_MARKS_OF_SPANS = Set.of("after", "before");

    /**
     * The day of a happening told as so long before or after another: "came on Saturday, a week after Ukrainian troops
     * withdrew from Avdiivka" (the withdrawal, a week before that Saturday), "on Feb. 22, two days before Russia
     * invaded". Only when the day it is measured from is told outside the happening's own clause, and only a span of
     * days or weeks; else the day as resolved.
     */
    private static EventDate measuredFrom(Sentence s, int trigger, EntitySpan from, EventDate date) {
        if (from == null || date.precision() != DatePrecision.DAY || !s.isParsed()
                || from.tokenStart() <= trigger && trigger < from.tokenEnd()
                || Clause.embeds(s, trigger, from.tokenStart())) {
            return date;
        }
        for (Dependency d : s.dependentsOf(trigger)) {
            String word = s.tokens().get(d.dependent()).word().toLowerCase(Locale.ROOT);
            if (!("mark".equals(d.relation()) || "case".equals(d.relation()))
                    || !TIME_MARKS_OF_SPANS.contains(word) || d.dependent() == 0) {
                continue;
            }
            EntitySpan span = s.entityAt(d.dependent() - 1);
            Matcher m = span == null || !"DURATION".equals(span.ner()) || span.normalized() == null ? null
                    : DAYS_OR_WEEKS.matcher(span.normalized());
            if (m == null || !m.matches() || span.tokenEnd() != d.dependent()) {
                continue;
            }
            int days = Integer.parseInt(m.group(1)) * ("W".equals(m.group(2)) ? 7 : 1);
            return EventDate.day(date.start().plusDays("after".equals(word) ? -days : days));
        }
        return date;
    }

    /** The word of a time expression that hangs on something outside it (or on nothing): its head. */
    private static int headOf(Sentence s, EntitySpan e) {
        for (int k = e.tokenStart(); k < e.tokenEnd(); k++) {
            Dependency up = s.headOf(k);
            if (up == null || up.governor() < e.tokenStart() || up.governor() >= e.tokenEnd()) {
                return k;
            }
        }
        return e.tokenStart();
    }

    /** The word a time expression hangs on from outside it, or -1. */
    private static int governorOf(Sentence s, EntitySpan e) {
        Dependency up = s.headOf(headOf(s, e));
        return up == null ? -1 : up.governor();
    }

    /** True if the time hangs on a verb of saying other than the cue: "said on Dec. 20 that ...". */
    private boolean onSaying(Sentence s, EntitySpan e, int trigger) {
        int g = governorOf(s, e);
        return g >= 0 && g != trigger && s.tokens().get(g).pos().startsWith("VB")
                && "report".equals(lexicon.modifier(s.tokens().get(g)));
    }

    /**
     * True if the time hangs on a verb of saying told after the clause it reports, which the parser hangs off that
     * clause: "Retaliatory measures will follow, the defence ministry said on Sunday" was said, and threatened, on
     * Sunday, as "said on Sunday that ..." is.
     */
    private boolean onTailSaying(Sentence s, EntitySpan e, int trigger) {
        int g = governorOf(s, e);
        Dependency up = g < 0 ? null : s.headOf(g);
        if (up == null || up.governor() < 0 || !up.relation().startsWith("parataxis") || g < trigger
                || !s.tokens().get(g).pos().startsWith("VB") || !"report".equals(lexicon.modifier(s.tokens().get(g)))) {
            return false;
        }
        // "Retaliatory measures will follow": the noun's verb; "Retaliation will be swift": the predicate it is said of.
        int verb = trigger;
        for (int steps = 0; steps < 3 && verb != up.governor() && !s.tokens().get(verb).pos().startsWith("VB"); steps++) {
            Dependency head = s.headOf(verb);
            if (head == null || head.governor() < 0) {
                break;
            }
            verb = head.governor();
        }
        return verb == up.governor();
    }

    /**
     * True if the time hangs on a noun that is no happening of its own: a place or a thing the cue's clause names
     * ("attacked Bakhmut and several nearby villages on Dec. 19", however the parser hung it), or the attack the
     * sentence is about ("A Russian strike late on Sunday turned a shopping centre into a shell, killing eight").
     */
    private boolean onPlainNoun(Sentence s, EntitySpan e) {
        int g = governorOf(s, e);
        if (g < 0 || s.tokens().get(g).pos().startsWith("VB")) {
            return false;
        }
        Dependency up = s.headOf(g);
        return lexicon.cueAt(s.tokens(), g).isEmpty() || up != null && up.relation().startsWith("nsubj");
    }

    /** True if a word of the time expression hangs directly on {@code head} in the parse. */
    /** "since Tuesday", hung on the trigger itself: a span from the day named. */
    private static boolean sinceThen(Sentence s, EntitySpan e, int trigger) {
        return e != null && e.tokenStart() > 0 && "since".equalsIgnoreCase(s.tokens().get(e.tokenStart() - 1).word())
                && s.isParsed() && attachedTo(s, e, trigger);
    }

    private static boolean attachedTo(Sentence s, EntitySpan e, int head) {
        for (int i = e.tokenStart(); i < e.tokenEnd(); i++) {
            Dependency up = s.headOf(i);
            if (up != null && up.governor() == head) {
                return true;
            }
        }
        return false;
    }

    /**
     * True if the time hangs on the word by any of its links: "the summit on Monday and Tuesday" hangs "Tuesday" on
     * "Monday" as well as on "summit".
     */
    private static boolean hangsOn(Sentence s, EntitySpan e, int head) {
        return s.dependencies().stream().anyMatch(d -> d.governor() == head && d.dependent() >= e.tokenStart()
                && d.dependent() < e.tokenEnd());
    }

    /**
     * The day a sentence that points back ("Hours later, ...", "The next day, ...", "... on the same day") refers to,
     * given when the event told before it happened; null when it does not point back or nothing was told.
     */
    static EventDate pointedBack(Sentence s, EventDate told) {
        if (told == null || told.precision() != DatePrecision.DAY && told.precision() != DatePrecision.NIGHT) {
            return null; // "hours later" than a week or a month says no day
        }
        int from = Math.max(0, datelineEnd(s) - s.begin());
        String opening = s.text().substring(Math.min(from, s.text().length())).strip().toLowerCase(Locale.ROOT);
        LocalDate day = told.precision() == DatePrecision.NIGHT ? told.end() : told.start();
        // Anywhere in a sentence that gives no time of its own: "Scholz signed Germany's agreement on the same day".
        if (SAME_DAY.matcher(opening).find()) {
            return EventDate.day(day);
        }
        if (opening.startsWith("the day before,")) {
            // "The day before, drones attacked the refinery in Kstovo": only as the sentence's opening frame.
            return EventDate.day(day.minusDays(1));
        }
        return NEXT_DAY.matcher(opening).find() ? EventDate.day(day.plusDays(1)) : null;
    }

    /** "the same day", "the next day": SUTime reads them against the article; they point back to a time just told. */
    private static boolean pointsBack(EntitySpan e) {
        String text = e.text().toLowerCase(Locale.ROOT);
        return SAME_DAY.matcher(text).find() || NEXT_DAY.matcher(text).find() || DAY_BEFORE.matcher(text).find();
    }

    /** The time "the same day" or "the next day" points back to in its sentence, or null. */
    private static EventDate earlierTime(Sentence s, EntitySpan back, LocalDate published, boolean nightWords) {
        EventDate d = lastTimeBefore(s, back.tokenStart(), published, nightWords).map(Resolved::date).orElse(null);
        if (d != null && NEXT_DAY.matcher(back.text().toLowerCase(Locale.ROOT)).find()) {
            return d.precision() == DatePrecision.DAY ? EventDate.day(d.start().plusDays(1)) : null;
        }
        if (d != null && DAY_BEFORE.matcher(back.text().toLowerCase(Locale.ROOT)).find()) {
            return d.precision() == DatePrecision.DAY ? EventDate.day(d.start().minusDays(1)) : null;
        }
        return d;
    }

    /**
     * The last time the sentence gives before token {@code end} that dates a day, week or month gone by: not a
     * duration, not a word pointing back itself, not a "since" (which measures, not dates).
     */
    private static Optional<Resolved> lastTimeBefore(Sentence s, int end, LocalDate published, boolean nightWords) {
        Resolved last = null;
        for (EntitySpan e : s.entities()) {
            if (isTime(e) && e.tokenEnd() <= end && e.end() > datelineEnd(s) && !"DURATION".equals(e.ner())
                    && !pointsBack(e)
                    && (e.tokenStart() == 0 || !"since".equalsIgnoreCase(s.tokens().get(e.tokenStart() - 1).word()))) {
                EventDate date = toDate(e, published, true, nightWords);
                if (date != null && (published == null || !date.end().isAfter(published))) {
                    last = new Resolved(date, e);
                }
            }
        }
        return Optional.ofNullable(last);
    }

    /**
     * The time a sentence sets for a happening of another of its clauses: "On Aug. 6 he ordered a tariff ..., the same
     * day Witkoff met Putin"; "On July 3, after a call, Trump said ...; hours later Russia launched 539 drones"; "In
     * March, the ministry said, its forces took the town". The nearest time before the cue, when the words between
     * point back to it or it opens the sentence.
     */
    private static Optional<Resolved> framing(Sentence s, int trigger, LocalDate published, boolean nightWords) {
        Optional<Resolved> last = lastTimeBefore(s, trigger, published, nightWords);
        if (last.isEmpty()) {
            return Optional.empty();
        }
        EntitySpan before = last.get().from();
        EventDate d = last.get().date();
        String between = s.textOf(before.tokenEnd(), trigger).toLowerCase(Locale.ROOT);
        if (SAME_DAY.matcher(between).find()) {
            return Optional.of(new Resolved(d, before));
        }
        if (NEXT_DAY.matcher(between).find() && d.precision() == DatePrecision.DAY
                && d.start().plusDays(1).isBefore(published.plusDays(1))) {
            return Optional.of(new Resolved(EventDate.day(d.start().plusDays(1)), before));
        }
        boolean opens = true;
        for (int k = 0; k < before.tokenStart(); k++) {
            Token t = s.tokens().get(k);
            opens &= t.end() <= datelineEnd(s) || Set.of("IN", "DT", "RB", "CC").contains(t.pos())
                    || Clause.isPunct(t);
        }
        boolean set = before.tokenEnd() < s.tokens().size() && ",".equals(s.tokens().get(before.tokenEnd()).word());
        return opens && set ? Optional.of(new Resolved(d, before)) : Optional.empty();
    }

    /**
     * "has sent 3,000 troops since January": from then until the article. "its largest attack since July" measures
     * the attack against others, so July is no date of it; SUTime may fold a following "overnight" into the
     * expression, and that still dates the night.
     */
    private static EventDate since(Sentence s, EntitySpan e, EventDate d, int trigger, LocalDate published,
                                   boolean happened) {
        if (published == null || !happened) {
            return null;
        }
        if (e.text().toLowerCase(Locale.ROOT).contains("overnight")) {
            return EventDate.nightEnding(published);
        }
        if (Clause.presentPerfect(s, trigger) && d != null && !d.start().isAfter(published)) {
            return new EventDate(d.start(), published, d.precision());
        }
        if (d != null && !d.start().isAfter(published) && Clause.pastPerfect(s, trigger)) {
            // "which Russian forces had held since early April": what had gone on since then began then.
            return d;
        }
        return null;
    }

    /** A bare four-digit number. */
    private static final Pattern BARE_NUMBER = Pattern.compile("\\d{4}");

    /**
     * "PzH 2000 howitzers", "the Mirage 2000": a number that is part of a name (right after a capitalised noun that is
     * no month) is no year, whatever SUTime makes of it.
     */
    private static boolean isDesignation(Sentence s, EntitySpan e) {
        if (!BARE_NUMBER.matcher(e.text()).matches() || e.tokenStart() == 0) {
            return false;
        }
        Token before = s.tokens().get(e.tokenStart() - 1);
        return before.pos().startsWith("NN") && Character.isUpperCase(before.word().charAt(0))
                && !"DATE".equals(before.ner());
    }

    private static boolean isTime(EntitySpan e) {
        return ("DATE".equals(e.ner()) || "TIME".equals(e.ner())) && e.normalized() != null
                && !CLOCK.matcher(e.text()).matches();
    }

    /**
     * Where a wire dateline ("SUMY, Ukraine, April 14 (Sample Wire) -", "KYIV, Oct 10 -", "JEDDAH, Saudi Arabia -")
     * ends in the article, or -1: its date is when the story was filed, not when anything in the sentence happened;
     * its place is where the story was filed, not who acted.
     */
    /** The town a dateline names ("ISTANBUL" of "ISTANBUL -", "JEDDAH, Saudi Arabia -"), or null. */
    static String datelinePlace(Sentence s) {
        return Dateline.place(s.text());
    }

    static int datelineEnd(Sentence s) {
        int length = Dateline.length(s.text());
        return length < 0 ? -1 : s.begin() + length;
    }

    /** The weekday after "overnight into", "night to", or null. */
    private static EntitySpan nightUntil(Sentence s, EntitySpan e) {
        int at = e.tokenEnd();
        // "The following night, into Friday": the day the night ran into may follow a comma.
        if (at < s.tokens().size() && ",".equals(s.tokens().get(at).word())) {
            at++;
        }
        if (!e.text().toLowerCase(Locale.ROOT).contains("night") || at + 1 >= s.tokens().size()) {
            return null;
        }
        String next = s.tokens().get(at).word().toLowerCase(Locale.ROOT);
        EntitySpan after = s.entityAt(at + 1);
        return Set.of("into", "to", "until").contains(next) && after != null && isTime(after)
                && after.tokenStart() == at + 1 ? after : null;
    }

    /** True if the expression is the day a night told just before it ran into: "Overnight into today". */
    private static boolean endsNightBefore(Sentence s, List<EntitySpan> entities, EntitySpan e) {
        return entities.stream().anyMatch(x -> x.tokenEnd() <= e.tokenStart() && isTime(x)
                && Optional.ofNullable(nightUntil(s, x)).filter(u -> u.tokenStart() == e.tokenStart()).isPresent());
    }

    /**
     * A time expression dates the event when it is said of the event's own clause: of the cue itself, of a verb
     * that governs the cue (for what happened), of a clause of the same time or of the cue noun. "Ukraine agreed
     * last month ..., but Russia has so far declined" does not date the refusal.
     */
    private static boolean belongsTo(Sentence s, EntitySpan e, int trigger, boolean happened) {
        if (besideVerb(s, e, trigger)) {
            return true;
        }
        int head = headOf(s, e);
        Dependency described = s.headOf(trigger);
        if (described != null && described.relation().startsWith("acl") && described.governor() >= e.tokenStart()
                && described.governor() < e.tokenEnd()) {
            return true; // "in June 2023, when Ukrainian brigades recaptured three villages": a clause of the time
        }
        Dependency owner = s.headOf(head);
        if (owner != null && owner.governor() >= 0 && owner.governor() != trigger
                && "nmod:poss".equals(owner.relation()) && !s.tokens().get(owner.governor()).pos().startsWith("VB")) {
            // "accused Kyiv of organising Saturday's explosion": the day of another happening.
            return false;
        }
        int clause = head;
        for (int steps = 0; steps < 10; steps++) {
            Dependency up = s.headOf(clause);
            if (up == null || up.governor() < 0) {
                return clause == trigger;
            }
            clause = up.governor();
            // A participle describing a thing ("a package announced on Wednesday", "families hurrying toward the
            // bridge on Sunday") is not a clause of its own.
            Dependency above = s.headOf(clause);
            String tag = s.tokens().get(clause).pos();
            boolean participle = ("VBN".equals(tag) || "VBG".equals(tag)) && above != null
                    && "acl".equals(above.relation());
            // A predicate with a copula heads its clause as a verb does: "was in Athens in August for a summit".
            boolean predicate = s.dependentsOf(clause).stream().anyMatch(d -> "cop".equals(d.relation()));
            if (clause == trigger || s.tokens().get(clause).pos().startsWith("VB") && !participle || predicate) {
                break;
            }
        }
        // When a plan or a possibility is said ("wrote on Tuesday that ... to strike") is not when it would happen.
        if (clause == trigger || happened && dominates(s, clause, trigger)) {
            return true;
        }
        int verb = trigger;
        for (int steps = 0; steps < 3 && !s.tokens().get(verb).pos().startsWith("VB"); steps++) {
            Dependency up = s.headOf(verb);
            if (up == null || up.governor() < 0) {
                break;
            }
            verb = up.governor(); // "announced $2 billion in military aid": the noun's verb
        }
        if (verb == clause && verb != trigger) {
            return true; // "will lead the delegation at the summit on Saturday": the noun's verb's time is the noun's
        }
        Dependency joined = s.headOf(verb);
        int first = clause;
        boolean ownSubject = s.dependentsOf(verb).stream().anyMatch(d -> d.relation().startsWith("nsubj")
                && s.dependentsOf(first).stream().noneMatch(o -> o.dependent() == d.dependent()));
        if (joined != null && joined.governor() == clause && joined.relation().startsWith("conj") && !ownSubject
                && s.tokens().get(verb).pos().startsWith("VB") && happened) {
            // "visited Kyiv last week and announced $2 billion": a joined verb with no subject of its own shares the
            // week; "Ukraine agreed last month, but Russia has declined" does not.
            return true;
        }
        int complement = trigger;
        Dependency above = s.headOf(complement);
        if (above != null && above.governor() >= 0 && above.relation().startsWith("conj")) {
            complement = above.governor(); // "to address the Parliament and to join EU leaders"
            above = s.headOf(complement);
        }
        if (above != null && above.governor() == clause
                && (above.relation().startsWith("xcomp") || "advcl:to".equals(above.relation()))
                && expects(s.tokens().get(clause))) {
            return true; // "is expected in Brussels on Thursday to address the Parliament": when he will be there
        }
        Dependency up = s.headOf(clause);
        if (up == null || up.governor() != trigger || REFERENCE_CLAUSES.contains(up.relation())) {
            // "their first talks since Russian troops crossed into Ukraine last Thursday": the time of a happening the
            // event is measured from is not the event's.
            return false;
        }
        // "signed a pact when Putin visited Pyongyang in June": a clause of the same time; "the attack, which
        // began on Monday": a clause of the cue noun itself.
        // "killed 13 and wounded 100 on Wednesday": a time at the end of joined verbs is theirs all; a clause the
        // parser could only hang loosely ("dep") off the cue has no other verb to be of.
        // "stopped sharing intelligence on Tuesday", "began withdrawing on Monday": the time of what is stopped or
        // begun is when the stopping or beginning happened.
        return sameTime(s, clause, up) || !s.tokens().get(trigger).pos().startsWith("VB")
                || up.relation().startsWith("conj") || "dep".equals(up.relation())
                || up.relation().startsWith("xcomp")
                && (happened || ASPECTUAL.contains(s.tokens().get(trigger).lemma()));
    }

    /**
     * "refused on Thursday to let 120 people leave", "Kirby on Wednesday called": a time told right beside the cue verb
     * is the verb's, however the parser hung it.
     */
    private static boolean besideVerb(Sentence s, EntitySpan e, int trigger) {
        if (!s.tokens().get(trigger).pos().startsWith("VB")) {
            return false;
        }
        if (e.tokenEnd() == trigger) {
            return true;
        }
        int gap = e.tokenStart() - trigger - 1;
        return gap == 0 || gap == 1 && "on".equalsIgnoreCase(s.tokens().get(trigger + 1).word());
    }

    /** Clauses of another happening that an event is measured from or against. */
    private static final Set<String> REFERENCE_CLAUSES = Set.of("advcl:since", "acl:since", "advcl:before",
            "acl:before", "advcl:after", "acl:after", "advcl:until", "acl:until");

    /** Words of an expectation, whose time is that of what is expected: "is due in London on Thursday to meet". */
    private static final Set<String> EXPECTATION = Set.of("expect", "due", "schedule", "slate");

    /** True if the word is one of an expectation ("is expected", "is due", "is scheduled"). */
    static boolean expects(Token t) {
        return EXPECTATION.contains(t.lemma().toLowerCase(Locale.ROOT));
    }

    /** Verbs that stop, start or go on with what their complement does. */
    private static final Set<String> ASPECTUAL = Set.of("stop", "halt", "cease", "suspend", "end", "begin", "start",
            "resume", "continue", "finish");

    private static boolean sameTime(Sentence s, int clause, Dependency up) {
        if (!up.relation().startsWith("advcl")) {
            return false;
        }
        for (Dependency d : s.dependentsOf(clause)) {
            String word = s.tokens().get(d.dependent()).word().toLowerCase(Locale.ROOT);
            if ((d.relation().equals("advmod") || d.relation().equals("mark")) && SAME_TIME.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Dominance within one clause chain: coordinated and parenthetical clauses are others. */
    private static boolean dominates(Sentence s, int ancestor, int node) {
        int current = node;
        for (int steps = 0; steps < 10; steps++) {
            Dependency up = s.headOf(current);
            if (up == null || up.governor() < 0 || up.relation().startsWith("conj")
                    || up.relation().startsWith("parataxis")) {
                return false;
            }
            if (up.governor() == ancestor) {
                return true;
            }
            current = up.governor();
        }
        return false;
    }

    /** "has so far refused", "has repeatedly asked": a stance kept over time, not a dated happening. */
    private static boolean ongoing(Sentence s, int trigger) {
        int from = Math.max(0, trigger - 4);
        String before = s.textOf(from, trigger).toLowerCase(Locale.ROOT);
        if (before.matches(".*\\b(so far|repeatedly|still|continued to|continues to)\\b.*")) {
            return true;
        }
        // "Kyiv has for months asked Berlin for Taurus missiles", "forces have since crossed the Oskil": a span of
        // time, or a time after the one just told that the sentence does not give.
        if (before.matches(".*\\bfor (many |several |some |\\w+ )?(months|weeks|years)\\b.*")
                || before.matches(".*\\b(has|have|had) since( been)?")) {
            return true;
        }
        // "Russia denies blocking the ports", "troops are closing in on Pokrovsk": the present tells of a state or a
        // process under way, not of something done on the day of the article.
        if (isPresent(s.tokens().get(trigger)) && !performative(s, trigger) || progressive(s, trigger)) {
            return true;
        }
        Dependency up = s.headOf(trigger);
        if (s.tokens().get(trigger).pos().startsWith("NN") && up != null && up.governor() >= 0
                && up.relation().startsWith("nsubj")) {
            // "Russian attacks continue", "counter-offensives are chipping away"; not "his visit shows".
            Token verb = s.tokens().get(up.governor());
            if (progressive(s, verb.index()) || isPresent(verb) && "continue".equals(verb.lemma())) {
                return true;
            }
        }
        // "had been attacking the town's flanks for weeks": a span of time, not a day. Hours are not: "met for
        // about an hour" is a meeting on a day.
        for (EntitySpan e : s.entities()) {
            if ("DURATION".equals(e.ner()) && e.tokenStart() > 0 && e.tokenStart() > trigger
                    && (e.normalized() == null || !e.normalized().startsWith("PT"))
                    && "for".equalsIgnoreCase(s.tokens().get(e.tokenStart() - 1).word())) {
                return true;
            }
        }
        return false;
    }

    /** "We call on our partners", "I urge the Council": a speaker doing by saying, on the day it is said. */
    private static boolean performative(Sentence s, int verb) {
        return Clause.dependents(s, verb, Set.of("nsubj")).stream().map(d -> s.tokens().get(d.dependent()))
                .anyMatch(t -> "PRP".equals(t.pos()) && Set.of("i", "we").contains(t.word().toLowerCase(Locale.ROOT)));
    }

    /** "are closing in", "is sending": a present progressive. */
    private static boolean progressive(Sentence s, int verb) {
        return "VBG".equals(s.tokens().get(verb).pos()) && Clause.dependents(s, verb, Set.of("aux")).stream()
                .anyMatch(d -> isPresent(s.tokens().get(d.dependent())));
    }

    private static boolean isPresent(Token t) {
        return "VBZ".equals(t.pos()) || "VBP".equals(t.pos());
    }

    static EventDate toDate(EntitySpan e, LocalDate published, boolean happened, boolean nightInSentence) {
        // "the first days of March" is "2022-03 INTERSECT PXD": the part of a month is still in that month.
        String v = e.normalized().split(" ", 2)[0];
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
                if (happened && published != null && day.getYear() > published.getYear()
                        && MONTH_NAME.matcher(text).find() && !YEAR_IN_TEXT.matcher(text).find()) {
                    // "said on 25 January that it would send tanks" in February: SUTime reads a date with no year by
                    // the tense it sees, and the "would" sends it to next January; what happened did so by
                    // publication. (A day ahead in the same year, "the parade on 9 May", is left for what it is.)
                    LocalDate thisYear = day.withYear(published.getYear());
                    day = thisYear.isAfter(published) ? thisYear.minusYears(1) : thisYear;
                }
                day = weekday(text, day, published, happened);
                boolean night = "TNI".equals(time) || text.contains("night");
                if (text.contains("overnight") || text.matches(".*\\b(previous|preceding) night\\b.*")
                        || text.contains("night before")) {
                    // SUTime puts "the previous night" on the evening before publication; said of an attack the
                    // story already dated overnight, it is the night that ended on that day.
                    return EventDate.nightEnding(day);
                }
                if (night && happened && day.equals(published) && !WEEKDAY.matcher(text).find()
                        && !text.contains("tonight")) {
                    // "scrambled during the night" in a morning report: the night that just ended.
                    return EventDate.nightEnding(day);
                }
                if (night && happened && NIGHT_OF_DATE.matcher(text).find() && !WEEKDAY.matcher(text).find()) {
                    // "On the night of 21 August, Russia attacked": as Ukraine's air force and most copy count it, the
                    // night that ended on that day (a weekday's night, "Sunday night", begins on it).
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
                // "in the first week of March" is "XXXX-03 INTERSECT P1W-#1": a March with no year is the article's.
                boolean noYear = "XXXX".equals(m.group(1));
                if (noYear && published == null) {
                    return null;
                }
                YearMonth ym = YearMonth.of(noYear ? published.getYear() : Integer.parseInt(m.group(1)),
                        Integer.parseInt(m.group(2)));
                if (happened && published != null && ym.atDay(1).isAfter(published)
                        && !YEAR_IN_TEXT.matcher(text).find()) {
                    // "at the end of March that year" in a February article: a March already past.
                    ym = ym.minusYears(1);
                }
                return new EventDate(ym.atDay(1), ym.atEndOfMonth(), DatePrecision.MONTH);
            }
            m = SEASON.matcher(v);
            if (m.matches() && text.contains(m.group(1))) {
                // "in the spring of 2022": a season with its year told is dated by that year (a season is no span
                // the schema has; "this past summer", with no year told, stays undated).
                int y = Integer.parseInt(m.group(1));
                return new EventDate(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), DatePrecision.YEAR);
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
