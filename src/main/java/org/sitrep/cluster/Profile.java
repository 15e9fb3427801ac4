package org.sitrep.cluster;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.model.EventType;
import org.sitrep.model.Factuality;

/**
 * What the merging rules need to know of a cluster, folded from its members in canonical order. A mention joins
 * a cluster only if it agrees with all of it: the profile keeps the intersection of the members' dates, the one
 * place they all fit in, the union of their actors and every count they give.
 */
final class Profile {

    /** How many distinct counts a profile keeps; later ones add nothing to what the first already decide. */
    private static final int MAX_AMOUNTS = 24;
    /** How many coarse (week, month, year) date ranges a profile keeps for scoring. */
    private static final int MAX_COARSE = 4;

    final String eventId;
    final MentionRecord founder;
    final EventType type;
    final boolean happened;
    final Factuality factuality;
    final List<MentionRecord> members = new ArrayList<>(4);
    /**
     * The articles of the members, kept only when members may come in any order ({@link Clusterer#match}); a
     * rebuild adds members in canonical order, where an article's mentions are consecutive (and numbered), so the
     * last member's article is the only one a new mention can share.
     */
    private final Set<String> articles;
    private int lastArticleNo;
    /** Position of the founder among all founders in canonical order: breaks ties between equal scores. */
    final long rank;

    int dated;
    int maxStart = Integer.MIN_VALUE;
    int minEnd = Integer.MAX_VALUE;
    boolean hasFine;
    int fineMaxStart = Integer.MIN_VALUE;
    int fineMinEnd = Integer.MAX_VALUE;
    final List<int[]> coarse = new ArrayList<>(1);
    /** Publication days of the undated members, for finding copies of an undated report. */
    int undatedPublished;
    int firstPublished = Integer.MAX_VALUE;
    int lastPublished = Integer.MIN_VALUE;

    String country;
    String admin1;
    String city;
    String point;
    final List<Features.Party> actors = new ArrayList<>(2);
    /** {@link Features#actorMask} of the union of actors, and of recipients. */
    long actorMask;
    long recipientMask;
    final List<Features.Party> recipients = new ArrayList<>(2);
    final List<Features.Amount> amounts = new ArrayList<>(2);
    final List<long[]> words = new ArrayList<>(2);
    private final int textMembers;

    /** Index bookkeeping of {@link BlockIndex}: the range the profile was last filed under, and a visit mark. */
    Object indexedIn;
    int indexedLo;
    int indexedHi;
    int stamp;

    Profile(String eventId, Features founder, long rank, boolean anyOrder, int textMembers) {
        this.eventId = eventId;
        this.rank = rank;
        this.articles = anyOrder ? new HashSet<>(4) : null;
        this.founder = founder.record;
        this.type = founder.type;
        this.happened = founder.happened();
        this.factuality = founder.factuality;
        this.textMembers = textMembers;
        add(founder);
    }

    void add(Features f) {
        members.add(f.record);
        lastArticleNo = f.articleNo;
        if (articles != null) {
            articles.add(f.article);
        }
        if (!f.dated && f.published != Long.MAX_VALUE) {
            undatedPublished++;
            firstPublished = Math.min(firstPublished, (int) f.published);
            lastPublished = Math.max(lastPublished, (int) f.published);
        }
        if (f.dated) {
            dated++;
            maxStart = Math.max(maxStart, f.start);
            minEnd = Math.min(minEnd, f.end);
            if (f.fine) {
                hasFine = true;
                fineMaxStart = Math.max(fineMaxStart, f.start);
                fineMinEnd = Math.min(fineMinEnd, f.end);
            } else if (coarse.size() < MAX_COARSE) {
                coarse.add(new int[] {f.start, f.end});
            }
        }
        if (country == null) {
            country = f.country;
        }
        if (admin1 == null) {
            admin1 = f.admin1;
        }
        if (city == null) {
            city = f.city;
        }
        if (point == null) {
            point = f.point;
        }
        union(actors, f.actors);
        union(recipients, f.recipients);
        actorMask |= f.actorMask;
        recipientMask |= f.recipientMask;
        for (Features.Amount a : f.amounts) {
            if (amounts.size() < MAX_AMOUNTS && !amounts.contains(a)) {
                amounts.add(a);
            }
        }
        if (words.size() < textMembers) {
            words.add(f.words);
        }
    }

    private static void union(List<Features.Party> into, Features.Party[] parties) {
        for (Features.Party p : parties) {
            boolean known = false;
            for (Features.Party q : into) {
                if (q.id().equals(p.id())) {
                    known = true;
                    break;
                }
            }
            if (!known) {
                into.add(p);
            }
        }
    }

    boolean hasArticle(Features f) {
        return articles != null ? articles.contains(f.article) : f.articleNo == lastArticleNo;
    }

    /**
     * Whether the profile is filed for candidate queries: a dated one by the days its reports agree on, an undated
     * one by the days its reports were published (where copies of it are looked for); one with neither is found
     * only through its articles.
     */
    boolean hasBlock() {
        return dated > 0 || undatedPublished > 0;
    }

    /** First day of the range a candidate query must overlap to find this cluster (see {@link Block}). */
    int lo() {
        return dated > 0 ? Math.min(maxStart, minEnd) : firstPublished;
    }

    int hi() {
        return dated > 0 ? Math.max(maxStart, minEnd) : lastPublished;
    }

    boolean admits(int from, int to) {
        return hasBlock() && lo() <= to && hi() >= from;
    }
}
