package org.sitrep.cluster;

import java.util.List;

/**
 * The merging rules: whether a mention may join a cluster at all, and how strongly the two agree. Points, and
 * why: a shared day (3) is the backbone of news about one happening; a shared actor or recipient (2 each; 1
 * when one source names the leader and the other his state) and a shared city (3), region (2) or country (1)
 * say who and where; a count that agrees (2 per item, at most 4) is rare by chance; shared wording (up to 3)
 * marks copies and rewrites of one story. Mentions whose score reaches {@link Rules#threshold()} merge, with one
 * more condition when the dates do not pin down one shared day (adjacent days, or a week, month or year): then
 * something specific to the happening must agree too, a region or finer place, a figure, or the wording (2 or
 * more), because off a shared day the actors alone fit every other day's attack of the same war.
 */
final class Scorer {

    static final int INCOMPATIBLE = -1;
    /** The date rule's answer for undated reports of different articles: only a near copy may merge. */
    private static final int COPY_ONLY = -2;
    static final int MAX_TEXT = 3;
    /** Added to a base score when something specific agrees (place, figures); never part of a reported score. */
    static final int SPECIFIC = 1 << 16;

    private static final int DATE_SAME = 3;
    private static final int DATE_SLACK = 1;
    private static final int DATE_COARSE_SAME = 1;
    private static final int PLACE_POINT = 3;
    private static final int PLACE_REGION = 2;
    private static final int PLACE_COUNTRY = 1;
    private static final int COUNT_AGREES = 2;
    private static final int COUNT_CAP = 4;

    private final Rules rules;

    Scorer(Rules rules) {
        this.rules = rules;
    }

    Rules rules() {
        return rules;
    }

    int threshold() {
        return rules.threshold();
    }

    /**
     * Everything but the wording: {@link #INCOMPATIBLE} when a hard rule forbids the merge. The result carries
     * flags, read with {@link #points}, {@link #pinned} and {@link #specific}.
     */
    int base(Features f, Profile p, boolean sameArticle) {
        if (f.type != p.type || f.happened() != p.happened || !f.happened() && f.factuality != p.factuality
                || disjoint(f.actorMask, p.actorMask) || disjoint(f.recipientMask, p.recipientMask)) {
            return INCOMPATIBLE;
        }
        if (sameArticle && f.factuality != p.factuality) {
            // One article telling one happening as recent and another as more than a month old tells of two, even
            // where one of them has no date ("attacking the town's flanks for weeks", "the tank assaults of 2023").
            return INCOMPATIBLE;
        }
        int date = date(f, p, sameArticle);
        if (date == INCOMPATIBLE) {
            return INCOMPATIBLE;
        }
        int copyOnly = date == COPY_ONLY ? COPY : 0;
        date = Math.max(0, date);
        int place = place(f, p);
        if (place == INCOMPATIBLE) {
            return INCOMPATIBLE;
        }
        int actor = parties(f.actors, p.actors);
        if (actor == INCOMPATIBLE) {
            return INCOMPATIBLE;
        }
        int recipient = parties(f.recipients, p.recipients);
        if (recipient == INCOMPATIBLE) {
            return INCOMPATIBLE;
        }
        int counts = counts(f, p.amounts);
        if (counts == INCOMPATIBLE) {
            return INCOMPATIBLE;
        }
        int flags = copyOnly | (date == DATE_SAME ? PINNED : 0) | (place >= PLACE_REGION || counts > 0 ? SPECIFIC : 0);
        return flags | date + place + actor + recipient + counts;
    }

    /** Whether the two share a day. */
    static final int PINNED = 1 << 17;
    /** Whether only a near copy may merge (undated reports of different articles). */
    static final int COPY = 1 << 18;

    static int points(int base) {
        return base & 0xffff;
    }

    static boolean pinned(int base) {
        return (base & PINNED) != 0;
    }

    static boolean specific(int base) {
        return (base & SPECIFIC) != 0;
    }

    /**
     * Whether a total score merges: it reaches the threshold, and off a shared day something specific agrees; undated
     * reports of different articles merge only when one copies the other's words.
     */
    boolean merges(int base, int text) {
        if ((base & COPY) != 0) {
            return text == MAX_TEXT && points(base) + text >= rules.threshold();
        }
        return points(base) + text >= rules.threshold() && (pinned(base) || specific(base) || text >= 2);
    }

    /**
     * Shared wording with the cluster's first reports, beyond the names and cue the other rules already compare:
     * 3 for a near copy (Jaccard similarity of content words 0.6 or more), 2 for a rewrite (0.3), 1 for a shared
     * phrase (0.15); always at least two shared words, for two short sentences share one word by chance.
     */
    int text(Features f, Profile p) {
        int best = 0;
        for (long[] w : p.words) {
            best = Math.max(best, Keywords.points(f.words, w));
        }
        return best;
    }

    private int date(Features f, Profile p, boolean sameArticle) {
        if (!f.dated || p.dated == 0) {
            // Without a date to compare, only another sentence of the same article may be the same happening, or a
            // word for word copy of an undated report published within the slack (see merges).
            if (sameArticle) {
                return 0;
            }
            int slack = rules.slackDays();
            boolean copyWindow = !f.dated && p.dated == 0 && p.undatedPublished > 0 && f.published != Long.MAX_VALUE
                    && f.published >= p.firstPublished - slack && f.published <= p.lastPublished + slack;
            return copyWindow ? COPY_ONLY : INCOMPATIBLE;
        }
        int slack = rules.slackDays();
        if (f.start > p.minEnd + slack || p.maxStart > f.end + slack) {
            return INCOMPATIBLE;
        }
        if (f.fine != p.hasFine) {
            // A week, month or year joins only events no more precise than itself: against a precise date it
            // cannot say which day's happening it means. Another sentence of the same article may still join.
            return sameArticle ? 0 : INCOMPATIBLE;
        }
        if (f.fine) {
            return f.start <= p.fineMinEnd && p.fineMaxStart <= f.end ? DATE_SAME : DATE_SLACK;
        }
        for (int[] c : p.coarse) {
            if (c[0] == f.start && c[1] == f.end) {
                return DATE_COARSE_SAME;
            }
        }
        return 0;
    }

    private static int place(Features f, Profile p) {
        if (f.country != null && p.country != null && !f.country.equals(p.country)
                || f.admin1 != null && p.admin1 != null && !f.admin1.equals(p.admin1)
                || f.city != null && p.city != null && !f.city.equals(p.city)
                || f.point != null && p.point != null && !f.point.equals(p.point)) {
            return INCOMPATIBLE;
        }
        if (f.city != null && p.city != null || f.point != null && p.point != null) {
            return PLACE_POINT;
        }
        if (f.admin1 != null && p.admin1 != null) {
            return PLACE_REGION;
        }
        return f.country != null && p.country != null ? PLACE_COUNTRY : 0;
    }

    /** Two named sets of participants that share no state's bit cannot share anyone (see {@link #parties}). */
    private static boolean disjoint(long mine, long theirs) {
        return mine != 0 && theirs != 0 && (mine & theirs) == 0;
    }

    /** A missing role is compatible; two named sets must share someone (or a leader and his state). */
    private static int parties(Features.Party[] mine, List<Features.Party> theirs) {
        if (mine.length == 0 || theirs.isEmpty()) {
            return 0;
        }
        int best = 0;
        for (Features.Party a : mine) {
            for (Features.Party b : theirs) {
                best = Math.max(best, a.agreement(b));
            }
        }
        return best == 0 ? INCOMPATIBLE : best;
    }

    /**
     * Counts of one item and status that are consistent agree (2 points each, at most 4), whatever subtype each
     * report names ("two ballistic missiles" and "two Iskander missiles"). Counts with the same subtype that are all
     * wildly apart make the merge impossible.
     */
    private int counts(Features f, List<Features.Amount> theirs) {
        if (f.amounts.length == 0 || theirs.isEmpty()) {
            return 0;
        }
        for (int i = 0; i < f.amounts.length; i++) {
            if (firstOfKey(f.amounts, i, true) && allApart(f.amounts, f.amounts[i].key(), theirs)) {
                return INCOMPATIBLE;
            }
        }
        int score = 0;
        for (int i = 0; i < f.amounts.length; i++) {
            if (firstOfKey(f.amounts, i, false) && agree(f.amounts, f.amounts[i].itemKey(), theirs)) {
                score += COUNT_AGREES;
            }
        }
        return Math.min(score, COUNT_CAP);
    }

    private static boolean firstOfKey(Features.Amount[] amounts, int i, boolean exact) {
        for (int k = 0; k < i; k++) {
            if (exact ? amounts[k].key().equals(amounts[i].key()) : amounts[k].itemKey().equals(amounts[i].itemKey())) {
                return false;
            }
        }
        return true;
    }

    private boolean allApart(Features.Amount[] mine, String key, List<Features.Amount> theirs) {
        boolean compared = false;
        for (Features.Amount a : mine) {
            if (!a.key().equals(key)) {
                continue;
            }
            for (Features.Amount b : theirs) {
                if (b.key().equals(key)) {
                    compared = true;
                    if (Counts.consistent(a.lo(), a.hi(), b.lo(), b.hi()) || !apart(a, b)) {
                        return false;
                    }
                }
            }
        }
        return compared;
    }

    private static boolean agree(Features.Amount[] mine, String itemKey, List<Features.Amount> theirs) {
        for (Features.Amount a : mine) {
            if (!a.itemKey().equals(itemKey)) {
                continue;
            }
            for (Features.Amount b : theirs) {
                if (b.itemKey().equals(itemKey) && Counts.consistent(a.lo(), a.hi(), b.lo(), b.hi())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether two inconsistent counts are too far apart to be one happening told twice: ordinals more than
     * {@link Rules#ordinalTolerance()} apart (a third and a fifth visit), other counts when the larger exceeds
     * {@link Rules#wildFactor()} times the smaller plus {@link Rules#wildMargin()} (2 killed against 40).
     */
    private boolean apart(Features.Amount a, Features.Amount b) {
        if (a.ordinal() || b.ordinal()) {
            return Math.abs(a.count() - b.count()) > rules.ordinalTolerance();
        }
        long lowerTop = Math.min(a.hi(), b.hi());
        long upperBottom = Math.max(a.lo(), b.lo());
        return upperBottom > rules.wildFactor() * lowerTop + rules.wildMargin();
    }
}
