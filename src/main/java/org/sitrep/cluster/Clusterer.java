package org.sitrep.cluster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventType;
import org.sitrep.model.Factuality;
import org.sitrep.model.Ids;
import org.sitrep.model.Location;

/**
 * Decides which mentions report the same real happening.
 *
 * <p>Hard rules (any one keeps a mention out of an event): the same PLOVER type (the types are already families
 * of CAMEO codes, and a meeting is not an agreement); the same answer to "did it happen" ({@code reported} and
 * {@code historical} merge, a planned visit never merges with a reported one, and two plans only when both are
 * {@code future}, or both {@code hypothetical}, or both {@code negated}); dates within {@link Rules#slackDays()} of
 * every dated member; a place that fits (same country, same first-level division, and at city or point precision
 * the same name; a missing or vaguer place fits); in each role, someone the event already has (a leader counts
 * for his state; a missing role fits); counts of the same item and status that are consistent or merely disputed,
 * not wildly apart ({@link Rules#wildFactor()}). A mention without a date, or an event without one, merges only
 * with another sentence of the same article, or, undated with undated, when one article copies the other's words
 * and they were published within the slack: without a date "prefer missing a fact to inventing one".
 *
 * <p>Among the events a mention may join, it joins the one with the highest score ({@link Scorer}) if that reaches
 * {@link Rules#threshold()} (and, off a shared day, something specific agrees: see {@link Scorer}) and leads every
 * other candidate by {@link Rules#margin()}; closer than that, joining either would be a guess, and the mention
 * founds its own event, as it does when nothing qualifies. Equal best scores go to the event founded earlier in
 * {@link MentionRecord#CANONICAL} order, then to the smaller id. A mention joins at most one event.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class Clusterer {

    private final Scorer scorer;
    private final Affiliations affiliations;

    /** The default rules, with the leaders of the shipped actor tables. */
    public Clusterer() {
        this(Rules.DEFAULT, Affiliations.loadDefault());
    }

    public Clusterer(Rules rules, Affiliations affiliations) {
        this.scorer = new Scorer(rules);
        this.affiliations = affiliations;
    }

    /**
     * The best existing event for {@code m} among {@code candidates}, or empty when it founds a new one. The
     * candidates should be what {@link #candidateQuery} returns; any others are considered too, harmlessly.
     * Deterministic: the answer does not depend on the order of the candidates or of their members.
     */
    public Optional<Cluster> match(MentionRecord m, List<Cluster> candidates) {
        for (Cluster c : candidates) {
            for (MentionRecord x : c.members()) {
                if (x.id().equals(m.id())) {
                    return Optional.of(c);
                }
            }
        }
        List<Cluster> ordered = new ArrayList<>(candidates);
        ordered.sort(Comparator.comparing(Cluster::founder, MentionRecord.CANONICAL).thenComparing(Cluster::eventId));
        Features f = features(m);
        Choice best = new Choice();
        Map<Profile, Cluster> byProfile = new LinkedHashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            Profile p = profile(ordered.get(i), i);
            byProfile.put(p, ordered.get(i));
            consider(f, p, best);
        }
        Profile chosen = best.decided(scorer.rules().margin());
        return chosen == null ? Optional.empty() : Optional.of(byProfile.get(chosen));
    }

    /** The events {@code m} must be compared with, as a query a store runs on the columns of {@link Block}. */
    public CandidateQuery candidateQuery(MentionRecord m) {
        EventDate d = m.mention().date();
        Location loc = m.mention().location();
        int slack = scorer.rules().slackDays();
        LocalDate from = d != null ? d.start() : m.published();
        LocalDate to = d != null ? d.end() : m.published();
        return new CandidateQuery(m.mention().type(), from == null ? null : from.minusDays(slack),
                to == null ? null : to.plusDays(slack), loc == null ? null : loc.country(), m.articleKey());
    }

    /** The columns to file {@code c} under; recompute after every mention that joins it. */
    public Block blockOf(Cluster c) {
        Profile p = profile(c, 0);
        return new Block(p.type, p.hasBlock() ? LocalDate.ofEpochDay(p.lo()) : null,
                p.hasBlock() ? LocalDate.ofEpochDay(p.hi()) : null, p.country);
    }

    /**
     * A full, deterministic rebuild: mentions are read in {@link MentionRecord#CANONICAL} order, each compared
     * with the events found so far through an in-memory version of {@link #candidateQuery}, so that the result is
     * what attaching the same mentions one by one in that order with {@link #match} gives. A new event's id is
     * {@link Ids#eventFoundedBy(String)} of its founder; {@link StableIds#carryOver} maps earlier ids onto the
     * result. Types never merge, so they are clustered in parallel. The same mention id given twice counts once.
     *
     * @return the events, ordered by founder
     */
    public List<Cluster> clusterAll(Collection<MentionRecord> mentions) {
        Map<String, MentionRecord> distinct = new LinkedHashMap<>();
        for (MentionRecord m : mentions) {
            distinct.putIfAbsent(m.id(), m);
        }
        Features[] features = distinct.values().parallelStream().map(this::features).toArray(Features[]::new);
        Arrays.parallelSort(features, Features.CANONICAL);
        int articleNo = 0;
        for (int i = 0; i < features.length; i++) {
            features[i].position = i;
            if (i > 0 && !features[i].article.equals(features[i - 1].article)) {
                articleNo++;
            }
            features[i].articleNo = articleNo;
        }
        Map<EventType, List<Features>> byType = new EnumMap<>(EventType.class);
        for (Features f : features) {
            byType.computeIfAbsent(f.type, t -> new ArrayList<>()).add(f);
        }
        // Largest type first, each on its own task, so the biggest (attacks, in war reporting) starts at once and
        // the others share the remaining threads.
        List<List<Features>> groups = new ArrayList<>(byType.values());
        groups.sort(Comparator.comparingInt(List<Features>::size).reversed());
        List<ForkJoinTask<List<Profile>>> tasks = new ArrayList<>(groups.size());
        for (List<Features> group : groups) {
            tasks.add(ForkJoinPool.commonPool().submit(() -> clusterType(group)));
        }
        List<Cluster> out = new ArrayList<>(features.length);
        for (ForkJoinTask<List<Profile>> task : tasks) {
            for (Profile p : task.join()) {
                out.add(new Cluster(p.eventId, p.members));
            }
        }
        out.sort(Comparator.comparing(Cluster::founder, MentionRecord.CANONICAL).thenComparing(Cluster::eventId));
        return out;
    }

    /** One type's mentions, in canonical order, into events. */
    private List<Profile> clusterType(List<Features> group) {
        // Precisely dated events, vaguely dated ones and undated ones never merge across articles (but for word
        // for word copies of undated reports), nor do events that happened with plans or denials: one index each.
        Map<Integer, BlockIndex> indexes = new HashMap<>();
        List<Profile> out = new ArrayList<>();
        List<Profile> ofArticle = new ArrayList<>();
        int article = -1;
        int slack = scorer.rules().slackDays();
        int stamp = 0;
        for (Features f : group) {
            if (f.articleNo != article) {
                article = f.articleNo;
                ofArticle.clear();
            }
            int visit = ++stamp;
            Choice best = new Choice();
            for (Profile p : ofArticle) {
                p.stamp = visit;
                consider(f, p, best);
            }
            if (f.dated || f.published != Long.MAX_VALUE) {
                int from = (f.dated ? f.start : (int) f.published) - slack;
                int to = (f.dated ? f.end : (int) f.published) + slack;
                indexes.computeIfAbsent(indexKey(f.dated, f.fine, f.happened(), f.factuality), k -> new BlockIndex())
                        .scan(from, to, f.country, f.admin1, f.city, p -> {
                    if (p.stamp != visit) {
                        p.stamp = visit;
                        if (p.admits(from, to)) {
                            consider(f, p, best);
                        }
                    }
                });
            }
            Profile target = best.decided(scorer.rules().margin());
            if (target == null) {
                target = new Profile(Ids.eventFoundedBy(f.record.id()), f, f.position, false,
                        scorer.rules().textMembers());
                out.add(target);
            } else {
                target.add(f);
            }
            indexes.computeIfAbsent(indexKey(target.dated > 0, target.hasFine, target.happened, target.factuality),
                    k -> new BlockIndex()).file(target);
            if (!ofArticle.contains(target)) {
                ofArticle.add(target);
            }
        }
        return out;
    }

    /** Which index a profile or mention belongs to: dated precisely, vaguely or not; happened or which plan. */
    private static int indexKey(boolean dated, boolean fine, boolean happened, Factuality factuality) {
        int dating = !dated ? 0 : fine ? 1 : 2;
        return dating * 8 + (happened ? 7 : factuality.ordinal());
    }

    /** The running best candidate of one mention, and the best score of any other. */
    private static final class Choice {
        Profile profile;
        /** No score can be this low, and arithmetic on it cannot overflow. */
        static final int NONE = -1_000_000;

        int score = NONE;
        int runnerUp = NONE;

        /** The event to join: the best, unless another comes within the margin and the choice is a guess. */
        Profile decided(int margin) {
            return profile != null && score - runnerUp >= margin ? profile : null;
        }
    }

    private void consider(Features f, Profile p, Choice best) {
        boolean sameArticle = p.hasArticle(f);
        int base = scorer.base(f, p, sameArticle);
        if (base == Scorer.INCOMPATIBLE) {
            return;
        }
        int points = Scorer.points(base);
        int margin = scorer.rules().margin();
        if (points + Scorer.MAX_TEXT < Math.max(scorer.threshold(), best.score - margin + 1)) {
            return;
        }
        int text = scorer.text(f, p);
        if (!scorer.merges(base, text)) {
            return;
        }
        int score = points + text;
        if (score > best.score || score == best.score && earlier(p, best.profile)) {
            best.runnerUp = best.score;
            best.profile = p;
            best.score = score;
        } else {
            best.runnerUp = Math.max(best.runnerUp, score);
        }
    }

    private static boolean earlier(Profile a, Profile b) {
        return a.rank < b.rank;
    }

    Features features(MentionRecord m) {
        return new Features(m, affiliations);
    }

    private Profile profile(Cluster c, long rank) {
        List<MentionRecord> members = c.members();
        Profile p = new Profile(c.eventId(), features(members.get(0)), rank, true, scorer.rules().textMembers());
        for (int i = 1; i < members.size(); i++) {
            p.add(features(members.get(i)));
        }
        return p;
    }
}
