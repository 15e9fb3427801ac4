package org.sitrep.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.sitrep.model.Actor;
import org.sitrep.model.Bound;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Dispute;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.Evidence;
import org.sitrep.model.Factuality;
import org.sitrep.model.GeoPrecision;
import org.sitrep.model.Location;
import org.sitrep.model.Mention;
import org.sitrep.model.Quantity;
import org.sitrep.model.Role;
import org.sitrep.model.Sources;

/**
 * Writes one {@link Event} from a cluster of mentions.
 *
 * <p>Each field takes the value most documents attest; a document attests the value it gives and every more precise
 * value consistent with it (a report of "the week" attests each day of it, "Ukraine" each Ukrainian city, "more
 * than 100" the figure 127), and a night and a day it touches attest each other. Ties go to the more precise value,
 * then to the earlier report in {@link MentionRecord#CANONICAL} order. Actors, modes, contexts and claimants are the
 * union of what the reports give; evidence lists every mention in canonical order.
 *
 * <p>Disputes: where reports from different documents give values of a field that no single precise value
 * reconciles, every such value is kept with the documents that give it, most-attested first. Vaguer values
 * consistent with a precise one are not disputes. Fields: {@code date} (an ISO day, or {@code start/end} for a
 * range), {@code location} (place name), {@code actors.actor} and {@code actors.recipient} (canonical names joined
 * by ", "), and {@code quantities.<item>.<status>} with a {@link Long} count (the status part only when the
 * reports give one): {@code quantities.drone.launched}, {@code quantities.killed}, {@code quantities.visit.ordinal}.
 * Counts are compared within one subtype (Shahed drones with Shahed drones), but the field name leaves it out.
 */
public final class EventMerger {

    private final Affiliations affiliations;

    public EventMerger() {
        this(Affiliations.loadDefault());
    }

    public EventMerger(Affiliations affiliations) {
        this.affiliations = affiliations;
    }

    /**
     * @param articlesById fingerprints by article id; an article missing from it counts as its own outlet (or its
     *                     evidence's outlet), with no wire and no text to compare
     */
    public Event merge(Cluster c, Map<String, ArticleFingerprint> articlesById) {
        List<MentionRecord> members = c.members();
        Mention founder = members.get(0).mention();
        List<Dispute> disputes = new ArrayList<>();

        Attested<Factuality> factuality = new Attested<>((a, b) -> false);
        Attested<EventDate> dates = new Attested<>(EventMerger::dateWithin);
        Attested<Location> places = new Attested<>(EventMerger::placeWithin);
        Map<Role, Attested<Set<String>>> roles = new LinkedHashMap<>();
        Map<String, Attested<Quantity>> counts = new LinkedHashMap<>();
        Map<String, Actor> actors = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        Set<String> modes = new LinkedHashSet<>();
        Set<String> contexts = new LinkedHashSet<>();
        Set<String> claimants = new LinkedHashSet<>();
        List<Evidence> evidence = new ArrayList<>(members.size());
        Map<String, ArticleFingerprint> articles = new LinkedHashMap<>();

        for (int i = 0; i < members.size(); i++) {
            MentionRecord r = members.get(i);
            Mention m = r.mention();
            String doc = m.evidence().doc();
            factuality.give(m.factuality(), m.factuality(), doc, i);
            if (m.date() != null) {
                dates.give(dateValue(m.date()) + "\t" + m.date().precision(), m.date(), doc, i);
            }
            if (m.location() != null) {
                Location l = m.location();
                places.give(l.name() + "\t" + l.precision() + "\t" + l.country() + "\t" + l.admin1(), l, doc, i);
            }
            for (Role role : Role.values()) {
                Set<String> ids = new java.util.TreeSet<>();
                for (Actor a : m.actors()) {
                    if (a.role() == role) {
                        ids.add(a.id());
                    }
                }
                if (!ids.isEmpty()) {
                    roles.computeIfAbsent(role, k -> new Attested<>(this::partiesWithin)).give(ids, ids, doc, i);
                }
            }
            for (Actor a : m.actors()) {
                String key = a.role() + "\t" + a.id();
                Actor known = actors.get(key);
                if (known == null) {
                    actors.put(key, a);
                } else {
                    Set<String> aliases = new LinkedHashSet<>(known.aliases());
                    aliases.addAll(a.aliases());
                    actors.put(key, new Actor(known.role(), known.name(), known.id(), List.copyOf(aliases)));
                }
                names.putIfAbsent(a.id(), a.name());
            }
            for (Quantity q : m.quantities()) {
                counts.computeIfAbsent(Counts.key(q), k -> new Attested<>(EventMerger::countWithin))
                        .give(q.count() + "\t" + q.bound(), q, doc, i);
            }
            modes.addAll(m.modes());
            contexts.addAll(m.contexts());
            claimants.addAll(m.claimedBy());
            evidence.add(m.evidence());
            String articleId = r.articleKey();
            articles.computeIfAbsent(articleId, id -> {
                ArticleFingerprint f = articlesById.get(id);
                return f != null ? f : new ArticleFingerprint(id, doc, m.evidence().source(), null, new long[0]);
            });
        }

        EventDate date = null;
        if (!dates.isEmpty()) {
            date = dates.representative(Comparator.comparingInt(EventMerger::dateRank),
                    EventMerger::nightMeetsDay).value;
            List<Attested.Entry<EventDate>> d = dates.disputed();
            add(disputes, dispute("date", d, EventMerger::dateValue));
        }
        Location location = null;
        if (!places.isEmpty()) {
            location = places.representative(Comparator.comparingInt(l -> placeRank(l.precision())),
                    (a, b) -> false).value;
            List<Attested.Entry<Location>> d = places.disputed();
            add(disputes, dispute("location", d, Location::name));
        }
        for (Map.Entry<Role, Attested<Set<String>>> e : roles.entrySet()) {
            List<Attested.Entry<Set<String>>> d = e.getValue().disputed();
            add(disputes, dispute("actors." + e.getKey().label(), d, ids -> joinNames(ids, names)));
        }
        List<Quantity> quantities = new ArrayList<>();
        for (Map.Entry<String, Attested<Quantity>> e : counts.entrySet()) {
            Attested.Entry<Quantity> chosen = e.getValue().representative(
                    Comparator.comparingInt(q -> boundRank(q.bound())), (a, b) -> false);
            // All of the chosen report's counts of this kind: "20 killed, 9 of them children" stays whole.
            String key = e.getKey();
            for (Quantity q : members.get(chosen.first).mention().quantities()) {
                if (Counts.key(q).equals(key)) {
                    quantities.add(q);
                }
            }
            List<Attested.Entry<Quantity>> d = e.getValue().disputed();
            add(disputes, countDispute(quantityField(chosen.value), d));
        }
        Factuality fact = factuality.representative(Comparator.comparingInt(f -> 0), (a, b) -> false).value;
        List<Actor> actorList = new ArrayList<>();
        for (Role role : Role.values()) {
            for (Actor a : actors.values()) {
                if (a.role() == role) {
                    actorList.add(a);
                }
            }
        }
        int printed = articles.size();
        for (ArticleFingerprint f : articles.values()) {
            printed += f.reprints();
        }
        Sources sources = new Sources(printed, Independence.count(articles.values()));
        return new Event(c.eventId(), founder.type(), List.copyOf(modes), List.copyOf(contexts), fact, date,
                actorList, location, quantities, List.copyOf(claimants), evidence, sources, disputes);
    }

    private static void add(List<Dispute> disputes, Dispute d) {
        if (d != null) {
            disputes.add(d);
        }
    }

    /**
     * The field name of a count, as the export contract spells it: {@code quantities.drone.launched} (the subtype,
     * Shahed or Kinzhal, is not part of the name; analysts track the item and what happened to it).
     */
    static String quantityField(Quantity q) {
        return "quantities." + q.item() + (q.status() == null ? "" : "." + q.status());
    }

    /** An ISO day, or {@code start/end} for a longer range. */
    static String dateValue(EventDate d) {
        return d.start().equals(d.end()) ? d.start().toString() : d.start() + "/" + d.end();
    }

    private static <V> Dispute dispute(String field, List<Attested.Entry<V>> values,
                                       java.util.function.Function<V, String> show) {
        Map<String, Set<String>> merged = new LinkedHashMap<>();
        for (Attested.Entry<V> e : values) {
            merged.computeIfAbsent(show.apply(e.value), k -> new LinkedHashSet<>()).addAll(e.docs);
        }
        List<Dispute.Value> out = new ArrayList<>();
        merged.forEach((v, docs) -> out.add(new Dispute.Value(v, List.copyOf(docs))));
        return out.size() < 2 ? null : new Dispute(field, out);
    }

    private static Dispute countDispute(String field, List<Attested.Entry<Quantity>> values) {
        Map<Long, Set<String>> merged = new LinkedHashMap<>();
        for (Attested.Entry<Quantity> e : values) {
            merged.computeIfAbsent(e.value.count(), k -> new LinkedHashSet<>()).addAll(e.docs);
        }
        List<Dispute.Value> out = new ArrayList<>();
        merged.forEach((v, docs) -> out.add(new Dispute.Value(v, List.copyOf(docs))));
        return out.size() < 2 ? null : new Dispute(field, out);
    }

    private static String joinNames(Set<String> ids, Map<String, String> names) {
        TreeMap<String, String> sorted = new TreeMap<>();
        for (String id : ids) {
            sorted.put(names.getOrDefault(id, id), id);
        }
        return String.join(", ", sorted.keySet());
    }

    // ------------------------------------------------------------------ what is within what

    private static boolean dateWithin(EventDate fine, EventDate coarse) {
        return !fine.start().isBefore(coarse.start()) && !fine.end().isAfter(coarse.end())
                && !(fine.start().equals(coarse.start()) && fine.end().equals(coarse.end()));
    }

    /** A night and a day it touches describe one happening equally well. */
    private static boolean nightMeetsDay(EventDate given, EventDate candidate) {
        return candidate.precision() == DatePrecision.NIGHT && given.precision() == DatePrecision.DAY
                && !given.start().isBefore(candidate.start()) && !given.end().isAfter(candidate.end());
    }

    /** Ties go to the night: reports that say "overnight" are the ones that pin an attack down. */
    private static int dateRank(EventDate d) {
        return switch (d.precision()) {
            case NIGHT -> 0;
            case DAY -> 1;
            case WEEK -> 2;
            case MONTH -> 3;
            case YEAR -> 4;
        };
    }

    private static boolean placeWithin(Location fine, Location coarse) {
        if (fine.equals(coarse) || !Objects.equals(fine.country(), coarse.country())) {
            return false;
        }
        int f = placeRank(fine.precision());
        int c = placeRank(coarse.precision());
        if (f >= c) {
            return false;
        }
        return switch (coarse.precision()) {
            case COUNTRY -> true;
            case REGION, CITY -> coarse.admin1() != null && coarse.admin1().equals(fine.admin1());
            case POINT -> false;
        };
    }

    private static int placeRank(GeoPrecision p) {
        return switch (p) {
            case POINT -> 0;
            case CITY -> 1;
            case REGION -> 2;
            case COUNTRY -> 3;
        };
    }

    private static boolean countWithin(Quantity fine, Quantity coarse) {
        long fl = Counts.low(fine);
        long fh = Counts.high(fine);
        long cl = Counts.low(coarse);
        long ch = Counts.high(coarse);
        return Counts.within(fl, fh, cl, ch) && !(fl == cl && fh == ch);
    }

    private static int boundRank(Bound b) {
        return switch (b) {
            case EXACT -> 0;
            case ABOUT -> 1;
            case AT_LEAST, UP_TO -> 2;
        };
    }

    /** A set of participants is within a vaguer one when it names everyone the vaguer one does, or his leader. */
    private boolean partiesWithin(Set<String> fine, Set<String> coarse) {
        if (fine.equals(coarse)) {
            return false;
        }
        for (String c : coarse) {
            boolean named = false;
            for (String f : fine) {
                if (f.equals(c) || c.equals(affiliations.stateOf(f))) {
                    named = true;
                    break;
                }
            }
            if (!named) {
                return false;
            }
        }
        return true;
    }
}
