package org.sitrep.extract;

import org.sitrep.model.Actor;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventType;
import org.sitrep.model.Evidence;
import org.sitrep.model.Factuality;
import org.sitrep.model.Mention;
import org.sitrep.model.Role;
import org.sitrep.nlp.Timestamps;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Dates what the article tells without a time of its own from the time frame around it.
 *
 * <p>An entry of a live page, opened by a time stamp ("15:30 In Washington, ..."), is of its day. Under a heading that
 * is only a date ("THURSDAY 24 FEBRUARY" in a live blog, "Monday, 3 March" in a timeline),
 * what happened and has no time of its own happened that day.
 *
 * <p>Otherwise an attack with no time of its own takes that of the nearest telling of the same side's attack that
 * has one. News keeps its time frame from sentence to sentence: "Russian guided bombs hit a store in Kharkiv, the
 * governor said Sunday. Two glide bombs struck it on Saturday afternoon" tells of one Saturday attack, and "In Dnipro
 * a missile hit a house", after a lede dated "before dawn yesterday", is of the same night. Without this, such a
 * sentence falls back on the day the article was published, which is the one date it is known not to be when the
 * story is a day-after report.
 */
final class NeighbourDates {

    /** Happenings that take place at a time, as against things said, which are dated by when they are said. */
    private static final Set<EventType> PHYSICAL = EnumSet.of(EventType.ASSAULT);
    /** A week or a month is a span a story covers, not the time of one attack. */
    private static final Set<DatePrecision> FRAMES = EnumSet.of(DatePrecision.DAY, DatePrecision.NIGHT);
    /** A neighbour further back than this is background, not the story's own time frame. */
    private static final int RECENT_DAYS = 7;

    private NeighbourDates() {
    }

    /**
     * @param headings the day each heading that is only a date names, by the heading's character offset
     * @param newsDay  the day the story's opening tells of when it is before the day of publication, else null: what
     *                 a day-after report tells with no time of its own and no frame nearby happened that day, and so
     *                 did an undated attack in the opening itself
     */
    static List<Mention> fill(List<Mention> mentions, LocalDate published, NavigableMap<Integer, EventDate> headings,
                              String text, EventDate newsDay) {
        if (published == null) {
            return mentions;
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        int frameEnd = frameEnd(text);
        for (Mention m : mentions) {
            Map.Entry<Integer, EventDate> heading = headings.floorEntry(m.evidence().start());
            if (m.factuality() == Factuality.REPORTED && !hasOwnDate(m)
                    && Timestamps.opensEntry(text, m.evidence().start())) {
                // "15:30 In Washington, Pistorius is meeting Hegseth": an entry of a live page is of its day.
                out.add(withDate(m, heading != null && !heading.getValue().end().isAfter(published)
                        ? heading.getValue() : EventDate.day(published)));
            } else if (heading != null && defaulted(m, published) && !heading.getValue().end().isAfter(published)) {
                out.add(withDate(m, heading.getValue()));
            } else if (defaulted(m, published) && PHYSICAL.contains(m.type()) && newsDay != null
                    && m.evidence().start() < frameEnd) {
                // The story's opening tells of the news day's attack, however near another dated one is told.
                out.add(withDate(m, newsDay));
            } else if (defaulted(m, published) && PHYSICAL.contains(m.type())) {
                Mention dated = nearestDated(m, mentions, published);
                if (dated == null) {
                    dated = framedBy(m, mentions, published, text);
                }
                out.add(dated != null ? withDate(m, dated.date())
                        : newsDay != null ? withDate(m, newsDay) : m);
            } else if (defaulted(m, published)) {
                Mention frame = framedBy(m, mentions, published, text);
                out.add(frame != null ? withDate(m, dayOf(frame.date()))
                        : newsDay != null ? withDate(m, newsDay) : m);
            } else {
                out.add(m);
            }
        }
        return out;
    }

    /** Dated only by the day the article was published: a happening whose sentence gives no time. */
    private static boolean defaulted(Mention m, LocalDate published) {
        return m.factuality() == Factuality.REPORTED && EventDate.day(published).equals(m.date()) && !hasOwnDate(m)
                && !spokenNow(m);
    }

    /** A cue said by "we" or "I" in the present ("We call on our partners"): done in the saying, on its day. */
    private static final Pattern FIRST_PERSON_BEFORE = Pattern.compile("(?i)\\b(we|i)\\s+$");

    private static boolean spokenNow(Mention m) {
        Evidence e = m.evidence();
        return e.highlights().stream().filter(h -> "cue".equals(h.label())).findFirst()
                .filter(h -> h.start() >= e.start() && h.start() - e.start() <= e.text().length())
                .map(h -> FIRST_PERSON_BEFORE.matcher(e.text().substring(0, h.start() - e.start())).find())
                .orElse(false);
    }

    private static boolean hasOwnDate(Mention m) {
        return m.evidence().highlights().stream().anyMatch(h -> "date".equals(h.label()));
    }

    private static Mention nearestDated(Mention m, List<Mention> all, LocalDate published) {
        Mention best = null;
        int bestGap = Integer.MAX_VALUE;
        for (Mention d : all) {
            if (d == m || d.type() != m.type() || d.factuality() != Factuality.REPORTED || d.date() == null
                    || !FRAMES.contains(d.date().precision()) || d.date().equals(m.date())
                    || d.date().end().isAfter(published)
                    || d.date().end().isBefore(published.minusDays(RECENT_DAYS)) || !sameSide(m, d)) {
                continue;
            }
            int gap = Math.abs(d.evidence().start() - m.evidence().start());
            // Ties go to the earlier sentence: the frame a reader carries forward.
            if (gap < bestGap || gap == bestGap && d.evidence().start() < best.evidence().start()) {
                best = d;
                bestGap = gap;
            }
        }
        return best;
    }

    /**
     * The last happening before this one in its paragraph that gives a day of its own: "Zelensky met Biden in
     * Washington on Wednesday. He asked for more Patriot systems" asks on the Wednesday.
     */
    private static Mention framedBy(Mention m, List<Mention> all, LocalDate published, String text) {
        Mention best = null;
        for (Mention d : all) {
            int start = d.evidence().start();
            if (start >= m.evidence().start()) {
                break;
            }
            if (d.factuality() != Factuality.REPORTED || d.date() == null || !hasOwnDate(d)
                    || !FRAMES.contains(d.date().precision()) || d.date().end().isAfter(published)
                    || d.date().end().isBefore(published.minusDays(RECENT_DAYS))
                    || paragraphBreaks(text.substring(start, m.evidence().start())) > FRAME_PARAGRAPHS
                    || PHYSICAL.contains(m.type()) && d.type() == m.type() && !sameSide(m, d)) {
                continue;
            }
            best = d;
        }
        return best;
    }

    /** Where the second paragraph of a text ends. */
    static int frameEnd(String text) {
        String[] parts = text.strip().split("\n\\s*\n", 3);
        if (parts.length < 2) {
            return ledeEnd(text);
        }
        int second = text.indexOf(parts[1], ledeEnd(text));
        return second + parts[1].length();
    }

    /** Where the first paragraph of a text ends. */
    static int ledeEnd(String text) {
        String lede = text.strip().split("\n\\s*\n", 2)[0];
        return text.indexOf(lede) + lede.length();
    }

    private static int paragraphBreaks(String between) {
        return between.split("\n\\s*\n", -1).length - 1;
    }

    /** A time frame carries into the next paragraph, not beyond: stories move on. */
    private static final int FRAME_PARAGRAPHS = 1;

    private static EventDate dayOf(EventDate d) {
        return d.precision() == DatePrecision.NIGHT ? EventDate.day(d.end()) : d;
    }

    /** The same attacker, or none named on the undated side ("a missile hit a private house"). */
    private static boolean sameSide(Mention undated, Mention dated) {
        Set<String> acting = actingIds(undated);
        return acting.isEmpty() || acting.equals(actingIds(dated));
    }

    private static Set<String> actingIds(Mention m) {
        return m.actors().stream().filter(a -> a.role() == Role.ACTOR).map(Actor::id).collect(Collectors.toSet());
    }

    private static Mention withDate(Mention m, EventDate date) {
        return new Mention(m.type(), m.modes(), m.contexts(), m.factuality(), date, m.actors(), m.location(),
                m.quantities(), m.claimedBy(), m.evidence());
    }
}
