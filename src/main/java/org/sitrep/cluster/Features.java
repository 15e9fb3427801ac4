package org.sitrep.cluster;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Actor;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventType;
import org.sitrep.model.Factuality;
import org.sitrep.model.GeoPrecision;
import org.sitrep.model.Location;
import org.sitrep.model.Mention;
import org.sitrep.model.Quantity;
import org.sitrep.model.Role;

/** What the merging rules read of one mention, computed once: dates as day numbers, actors, place, counts, words. */
final class Features {

    /** A participant: its id, and the state it stands for (a person's state, a state's own id, else null). */
    record Party(String id, boolean person, String state) {
        /** 2 for the same id, 1 for a person and the state he acts for, 0 otherwise. */
        int agreement(Party o) {
            if (id.equals(o.id)) {
                return 2;
            }
            if (person != o.person && state != null && state.equals(o.state)) {
                return 1;
            }
            return 0;
        }
    }

    /**
     * A count: its key (item, subtype, status), its item key (item and status), the range it admits, and whether it
     * is an ordinal ("third visit").
     */
    record Amount(String key, String itemKey, long count, long lo, long hi, boolean ordinal) {
    }

    static final Party[] NO_PARTIES = new Party[0];
    static final Amount[] NO_AMOUNTS = new Amount[0];

    /** {@link MentionRecord#CANONICAL} on precomputed keys, for sorting millions of mentions. */
    static final java.util.Comparator<Features> CANONICAL = Features::compare;

    final MentionRecord record;
    final String article;
    /** The article's publication day, {@link Long#MAX_VALUE} when unknown. */
    final long published;
    /** The article key's first four characters packed in order, so most comparisons need not read the string. */
    private final long articlePrefix;
    private final int sentence;
    /** Position in canonical order within one rebuild. */
    long position;
    /** Number of the article within one rebuild, consecutive mentions of an article sharing it; -1 outside one. */
    int articleNo = -1;
    final EventType type;
    final Factuality factuality;
    final boolean dated;
    final int start;
    final int end;
    /** Day or night precision: the report pins the happening to a date. */
    final boolean fine;
    final DatePrecision precision;
    final String country;
    final String admin1;
    final String city;
    final String point;
    final Party[] actors;
    final Party[] recipients;
    /** One bit per state (or organisation, or stateless person) in each role: disjoint masks cannot agree. */
    final long actorMask;
    final long recipientMask;
    final Amount[] amounts;
    final long[] words;

    Features(MentionRecord r, Affiliations affiliations) {
        Mention m = r.mention();
        this.record = r;
        this.article = r.articleKey();
        this.published = r.published() == null ? Long.MAX_VALUE : r.published().toEpochDay();
        this.sentence = m.evidence().start();
        long prefix = 0;
        for (int i = 0; i < 4; i++) {
            prefix = prefix << 16 | (i < article.length() ? article.charAt(i) : 0);
        }
        this.articlePrefix = prefix;
        this.type = m.type();
        this.factuality = m.factuality();
        EventDate d = m.date();
        this.dated = d != null;
        this.start = d == null ? 0 : (int) d.start().toEpochDay();
        this.end = d == null ? 0 : (int) d.end().toEpochDay();
        this.precision = d == null ? null : d.precision();
        this.fine = d != null && (d.precision() == DatePrecision.DAY || d.precision() == DatePrecision.NIGHT);
        Location loc = m.location();
        this.country = loc == null ? null : loc.country();
        this.admin1 = loc == null || loc.precision() == GeoPrecision.COUNTRY ? null : loc.admin1();
        this.city = loc != null && loc.precision() == GeoPrecision.CITY ? loc.name() : null;
        this.point = loc != null && loc.precision() == GeoPrecision.POINT ? loc.name() : null;
        this.actors = parties(m.actors(), Role.ACTOR, affiliations);
        this.recipients = parties(m.actors(), Role.RECIPIENT, affiliations);
        this.actorMask = mask(actors);
        this.recipientMask = mask(recipients);
        this.amounts = amounts(m.quantities());
        this.words = Keywords.of(m.evidence());
    }

    private static int compare(Features a, Features b) {
        int c = Long.compare(a.published, b.published);
        if (c == 0) {
            c = Long.compareUnsigned(a.articlePrefix, b.articlePrefix);
        }
        if (c == 0) {
            c = a.article.compareTo(b.article);
        }
        if (c == 0) {
            c = Integer.compare(a.sentence, b.sentence);
        }
        if (c == 0) {
            c = a.type.compareTo(b.type);
        }
        return c != 0 ? c : a.record.id().compareTo(b.record.id());
    }

    boolean happened() {
        return factuality.happened();
    }

    private static Party[] parties(List<Actor> actors, Role role, Affiliations affiliations) {
        List<Party> out = new ArrayList<>(2);
        for (Actor a : actors) {
            if (a.role() != role || out.stream().anyMatch(p -> p.id().equals(a.id()))) {
                continue;
            }
            out.add(party(a.id(), affiliations));
        }
        return out.isEmpty() ? NO_PARTIES : out.toArray(NO_PARTIES);
    }

    /** The bit a party sets: that of its state, so that a leader and his state share it. */
    static long bit(Party p) {
        String key = p.state() != null ? p.state() : p.id();
        return 1L << (key.hashCode() & 63);
    }

    private static long mask(Party[] parties) {
        long m = 0;
        for (Party p : parties) {
            m |= bit(p);
        }
        return m;
    }

    static Party party(String id, Affiliations affiliations) {
        boolean person = Affiliations.isPerson(id);
        String state = person ? affiliations.stateOf(id) : isState(id) ? id : null;
        // Interned: a few thousand distinct ids compared many millions of times stay in cache.
        return new Party(id.intern(), person, state == null ? null : state.intern());
    }

    /** States are coded by ISO 3166-1 alpha-3; organisations (NATO, EU, G7, IAEA) by other codes. */
    private static boolean isState(String id) {
        if (id.length() != 3) {
            return false;
        }
        for (int i = 0; i < 3; i++) {
            char c = id.charAt(i);
            if (c < 'A' || c > 'Z') {
                return false;
            }
        }
        return true;
    }

    private static Amount[] amounts(List<Quantity> quantities) {
        if (quantities.isEmpty()) {
            return NO_AMOUNTS;
        }
        Amount[] out = new Amount[quantities.size()];
        for (int i = 0; i < out.length; i++) {
            Quantity q = quantities.get(i);
            // Interned: a handful of distinct keys, compared millions of times.
            String itemKey = q.item() + "/" + (q.status() == null ? "" : q.status());
            out[i] = new Amount(Counts.key(q).intern(), itemKey.intern(), q.count(), Counts.low(q), Counts.high(q),
                    Counts.ORDINAL.equals(q.status()));
        }
        return out;
    }
}
