package org.sitrep.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.sitrep.model.Actor;
import org.sitrep.model.Bound;
import org.sitrep.model.Dispute;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Evidence;
import org.sitrep.model.GeoPrecision;
import org.sitrep.model.Location;
import org.sitrep.model.Quantity;
import org.sitrep.model.Role;

/**
 * The series analysts track every morning: per night (or day), per attacker and target, how many drones,
 * missiles and bombs were launched, shot down or hit (by subtype where the sources name it), and how many people
 * were killed and wounded, each figure with who claims it, how many independent sources give it, the events it
 * comes from and where the sources disagree.
 *
 * <p>Which events count: ASSAULT events that happened (factuality {@code reported} or {@code historical}) and
 * carry at least one of the counted items, dated to a night or a day ({@link Period} has the rule: a night counts
 * for the morning it ends). Events dated more coarsely are listed in {@link #imprecise()}, not counted.
 *
 * <p>How figures from several events combine without double counting, for one measure (say Shahed drones
 * launched) on one row (night, attacker, target):
 * <ol>
 *   <li>One event is one report: when an event holds several quantities of the same measure, the largest
 *       counts. A weapon count with no status ("attacked with 50 drones") counts as launched.</li>
 *   <li>Reports are scoped: a countrywide report (no location, or a country-level one: the air force's nightly
 *       total) or a report for one place (a city or region: a governor's casualty count).</li>
 *   <li>Within one scope, events giving the same number give one figure, backed by all of them; they are never
 *       added up. When they give different numbers, casualties take the largest (tolls rise as the day goes on
 *       and later reports are fuller) and weapons take the number most independent sources give (ties: the
 *       larger); every other number is kept as an {@link Alternative}.</li>
 *   <li>Places are distinct, so the figures of different places add up.</li>
 *   <li>A countrywide total includes the places it covers, so the night's figure is the larger of the
 *       countrywide figure and the sum over places. When the sum wins, the smaller countrywide figure is kept
 *       as an alternative, since the two disagree.</li>
 * </ol>
 *
 * <p>Rows are per period, attacker and target; a report that names no target (or no attacker) joins the row of
 * the period's only known target (or attacker), if there is exactly one.
 *
 * <p>Independent sources of a figure: the events' {@code sources.independent} added up, but never more than the
 * number of distinct outlets among their mentions (so one outlet in two events counts once).
 *
 * @param from      first reporting day asked for, or null
 * @param to        last reporting day asked for, or null
 * @param rows      one row per period, attacker and target, in period order
 * @param imprecise ids of attack events with counts whose date is unknown or coarser than a night or a day
 */
public record AttackTallies(LocalDate from, LocalDate to, List<Row> rows, List<String> imprecise) {

    /** The items the series counts, in the order they are shown. */
    public static final List<String> ITEMS = List.of("drone", "missile", "bomb", "killed", "wounded");
    private static final Set<String> CASUALTIES = Set.of("killed", "wounded");
    private static final List<String> STATUS_ORDER = List.of("launched", "shot_down", "hit");

    public AttackTallies {
        rows = List.copyOf(rows);
        imprecise = List.copyOf(imprecise);
    }

    /** A side of an attack: an actor, or for targets the country attacked. {@code id} is ISO alpha-3 for states. */
    public record Party(String id, String name) {
        public Party {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * What is counted: item (drone, missile, bomb, killed, wounded), subtype (Shahed, ballistic, Kh-101; null for
     * all kinds together) and status (launched, shot_down, hit; null for casualties).
     */
    public record Measure(String item, String subtype, String status) implements Comparable<Measure> {
        private static final Comparator<Measure> ORDER = Comparator
                .comparing((Measure m) -> ITEMS.indexOf(m.item()))
                .thenComparing(m -> m.status() == null || !STATUS_ORDER.contains(m.status())
                        ? STATUS_ORDER.size() : STATUS_ORDER.indexOf(m.status()))
                .thenComparing(Measure::status, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Measure::subtype, Comparator.nullsFirst(String.CASE_INSENSITIVE_ORDER));

        public Measure {
            Objects.requireNonNull(item, "item");
        }

        /** The dispute field this measure is reported under: {@code quantities.drone.launched}, {@code quantities.killed}. */
        public String field() {
            return "quantities." + item + (status == null ? "" : "." + status);
        }

        /** Whether an event-level dispute concerns this measure (subtypes are not part of dispute fields). */
        public boolean concerns(Dispute d) {
            String[] parts = d.field().split("\\.");
            return parts.length >= 2 && parts[0].equals("quantities") && parts[1].equals(item)
                    && (parts.length == 2 || parts[2].equals(status));
        }

        /** "Shahed drones launched", "missiles shot down", "killed". */
        public String label() {
            if (CASUALTIES.contains(item)) {
                return item;
            }
            StringBuilder b = new StringBuilder();
            if (subtype != null) {
                b.append(subtype).append(' ');
            }
            b.append(item).append('s');
            if (status != null) {
                b.append(' ').append(status.replace('_', ' '));
            }
            return b.toString();
        }

        @Override
        public int compareTo(Measure o) {
            return ORDER.compare(this, o);
        }
    }

    /**
     * One number of the series.
     *
     * @param places             the places whose figures were added up, or empty for a countrywide figure
     * @param claimedBy          who the contributing events attribute it to, as written
     * @param independentSources how many independent sources give it (see the class comment)
     * @param eventIds           the events it comes from
     * @param docs               the documents of their mentions
     * @param alternatives       other numbers the sources give for it
     * @param disputes           the contributing events' own disputes on this measure
     */
    public record Figure(Measure measure, long count, Bound bound, List<String> places, List<String> claimedBy,
                         int independentSources, List<String> eventIds, List<String> docs,
                         List<Alternative> alternatives, List<Dispute> disputes) {
        public Figure {
            places = List.copyOf(places);
            claimedBy = List.copyOf(claimedBy);
            eventIds = List.copyOf(eventIds);
            docs = List.copyOf(docs);
            alternatives = List.copyOf(alternatives);
            disputes = List.copyOf(disputes);
        }

        public boolean disputed() {
            return !alternatives.isEmpty() || !disputes.isEmpty();
        }
    }

    /** A number some sources give that the figure did not take; {@code place} is null for a countrywide one. */
    public record Alternative(long count, Bound bound, String place, List<String> claimedBy, int independentSources,
                              List<String> eventIds, List<String> docs) {
        public Alternative {
            claimedBy = List.copyOf(claimedBy);
            eventIds = List.copyOf(eventIds);
            docs = List.copyOf(docs);
        }
    }

    /** The figures of one night or day for one attacker and target; either side may be null when unknown. */
    public record Row(Period period, Party attacker, Party target, List<Figure> figures) {
        public Row {
            Objects.requireNonNull(period, "period");
            figures = List.copyOf(figures);
        }

        /** The figure for a measure, if the row has one. */
        public Optional<Figure> figure(Measure m) {
            return figures.stream().filter(f -> f.measure().equals(m)).findFirst();
        }
    }

    /**
     * Tallies attack events whose period counts for a day in [from, to] (null bounds are open).
     *
     * @param events any events; those that are not attacks that happened, or carry no counted item, are ignored
     */
    public static AttackTallies of(Collection<Event> events, LocalDate from, LocalDate to) {
        List<Counted> counted = new ArrayList<>();
        List<String> imprecise = new ArrayList<>();
        for (Event e : events) {
            if (e.type() != EventType.ASSAULT || e.factuality() == null || !e.factuality().happened()) {
                continue;
            }
            Map<Measure, Quantity> quantities = counted(e);
            if (quantities.isEmpty()) {
                continue;
            }
            Period period = Period.of(e.date()).orElse(null);
            if (period == null) {
                if (e.date() == null || overlaps(e, from, to)) {
                    imprecise.add(e.id());
                }
                continue;
            }
            if (!period.within(from, to)) {
                continue;
            }
            RowKey key = new RowKey(period, attacker(e), target(e));
            String place = place(e.location());
            quantities.forEach((m, q) -> counted.add(new Counted(key, m, new Report(e, q.count(), q.bound(), place))));
        }
        Map<RowKey, RowKey> completed = completeSides(counted.stream().map(Counted::key).distinct().toList());
        Map<RowKey, Map<Measure, List<Report>>> rows = new TreeMap<>();
        for (Counted c : counted) {
            rows.computeIfAbsent(completed.get(c.key()), k -> new TreeMap<>())
                    .computeIfAbsent(c.measure(), k -> new ArrayList<>()).add(c.report());
        }
        List<Row> out = new ArrayList<>();
        rows.forEach((key, measures) -> {
            List<Figure> figures = new ArrayList<>();
            measures.forEach((m, reports) -> figures.add(figure(m, reports)));
            out.add(new Row(key.period(), key.attacker(), key.target(), figures));
        });
        return new AttackTallies(from, to, out, imprecise);
    }

    /**
     * Reports that leave a side unsaid ("drones attacked overnight") belong with the night's only attacker or
     * target that other reports name: one key for a period with a known attacker and an unknown target is
     * completed with the target, if exactly one is known for that period and attacker, and likewise for an
     * unknown attacker. Otherwise the side stays unknown.
     */
    private static Map<RowKey, RowKey> completeSides(List<RowKey> keys) {
        Map<RowKey, RowKey> out = new LinkedHashMap<>();
        for (RowKey k : keys) {
            Party target = k.target() != null ? k.target() : only(keys.stream().filter(o -> o.period()
                    .equals(k.period()) && Objects.equals(o.attacker(), k.attacker())).map(RowKey::target).toList());
            Party attacker = k.attacker() != null ? k.attacker() : only(keys.stream().filter(o -> o.period()
                    .equals(k.period()) && Objects.equals(o.target(), target)).map(RowKey::attacker).toList());
            out.put(k, new RowKey(k.period(), attacker, target));
        }
        return out;
    }

    /** The one known party among these, or null when none or several are known. */
    private static Party only(List<Party> parties) {
        List<Party> known = parties.stream().filter(Objects::nonNull).distinct().toList();
        return known.size() == 1 ? known.get(0) : null;
    }

    /** Every figure that sources disagree on, with its row. */
    public List<Map.Entry<Row, Figure>> disputed() {
        List<Map.Entry<Row, Figure>> out = new ArrayList<>();
        for (Row r : rows) {
            for (Figure f : r.figures()) {
                if (f.disputed()) {
                    out.add(Map.entry(r, f));
                }
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ internals

    private record RowKey(Period period, Party attacker, Party target) implements Comparable<RowKey> {
        private static final Comparator<Party> PARTY = Comparator.nullsLast(
                Comparator.comparing(Party::name).thenComparing(Party::id));
        private static final Comparator<RowKey> ORDER = Comparator.comparing(RowKey::period)
                .thenComparing(RowKey::attacker, PARTY).thenComparing(RowKey::target, PARTY);

        @Override
        public int compareTo(RowKey o) {
            return ORDER.compare(this, o);
        }
    }

    /** A report filed under its row and measure. */
    private record Counted(RowKey key, Measure measure, Report report) {
    }

    /** One event's number for one measure, and the place it is for (null: countrywide). */
    private record Report(Event event, long count, Bound bound, String place) {
    }

    /** The events of one scope that give one number. */
    private record Candidate(long count, Bound bound, String place, List<Event> events) {
        int sources() {
            return independentSources(events);
        }
    }

    /** The counted quantities of an event, the largest per measure. */
    private static Map<Measure, Quantity> counted(Event e) {
        Map<Measure, Quantity> out = new LinkedHashMap<>();
        for (Quantity q : e.quantities()) {
            if (!ITEMS.contains(q.item())) {
                continue;
            }
            String status = CASUALTIES.contains(q.item()) ? null : q.status() == null ? "launched" : q.status();
            Measure m = new Measure(q.item(), q.subtype(), status);
            out.merge(m, q, (a, b) -> b.count() > a.count() ? b : a);
        }
        return out;
    }

    private static boolean overlaps(Event e, LocalDate from, LocalDate to) {
        return (from == null || !e.date().end().isBefore(from)) && (to == null || !e.date().start().isAfter(to));
    }

    private static Party attacker(Event e) {
        for (Actor a : e.actors()) {
            if (a.role() == Role.ACTOR) {
                return new Party(a.id(), a.name());
            }
        }
        return null;
    }

    private static Party target(Event e) {
        Location l = e.location();
        if (l != null && l.country() != null && !l.country().isBlank()) {
            Party p = country(l.country());
            if (p != null) {
                return p;
            }
        }
        for (Actor a : e.actors()) {
            if (a.role() == Role.RECIPIENT) {
                return new Party(a.id(), a.name());
            }
        }
        return null;
    }

    /** A country as a party: alpha-3 id and English name, from its alpha-2 code. */
    static Party country(String iso2) {
        Locale l = new Locale("", iso2.toUpperCase(Locale.ROOT));
        try {
            String name = l.getDisplayCountry(Locale.ENGLISH);
            return new Party(l.getISO3Country(), name.isEmpty() ? iso2 : name);
        } catch (MissingResourceException ex) {
            return null;
        }
    }

    /** A place-level scope, or null for a countrywide report. */
    private static String place(Location l) {
        if (l == null || l.precision() == GeoPrecision.COUNTRY) {
            return null;
        }
        return l.name();
    }

    private static Figure figure(Measure m, List<Report> reports) {
        boolean casualty = CASUALTIES.contains(m.item());
        Map<String, List<Candidate>> byScope = new LinkedHashMap<>();
        Map<String, Map<Long, List<Report>>> grouped = new LinkedHashMap<>();
        for (Report r : reports) {
            grouped.computeIfAbsent(r.place() == null ? "" : r.place(), k -> new TreeMap<>())
                    .computeIfAbsent(r.count(), k -> new ArrayList<>()).add(r);
        }
        grouped.forEach((scope, byCount) -> {
            List<Candidate> cs = new ArrayList<>();
            byCount.forEach((count, rs) -> cs.add(new Candidate(count, bound(rs), rs.get(0).place(),
                    rs.stream().map(Report::event).distinct().toList())));
            Comparator<Candidate> best = casualty
                    ? Comparator.comparingLong(Candidate::count).reversed()
                    : Comparator.comparingInt(Candidate::sources).reversed()
                            .thenComparing(Comparator.comparingLong(Candidate::count).reversed());
            cs.sort(best);
            byScope.put(scope, cs);
        });

        List<Candidate> national = byScope.getOrDefault("", List.of());
        List<List<Candidate>> places = new ArrayList<>();
        byScope.forEach((scope, cs) -> {
            if (!scope.isEmpty()) {
                places.add(cs);
            }
        });
        long placeSum = places.stream().mapToLong(cs -> cs.get(0).count()).sum();

        List<Candidate> chosen = new ArrayList<>();
        List<Candidate> others = new ArrayList<>();
        List<String> placeNames = new ArrayList<>();
        if (!national.isEmpty() && (places.isEmpty() || national.get(0).count() >= placeSum)) {
            chosen.add(national.get(0));
            others.addAll(national.subList(1, national.size()));
        } else {
            for (List<Candidate> cs : places) {
                chosen.add(cs.get(0));
                placeNames.add(cs.get(0).place());
                others.addAll(cs.subList(1, cs.size()));
            }
            others.addAll(national);
        }

        List<Event> events = chosen.stream().flatMap(c -> c.events().stream()).distinct().toList();
        long count = chosen.stream().mapToLong(Candidate::count).sum();
        Bound bound = chosen.stream().map(Candidate::bound).reduce(AttackTallies::combine).orElseThrow();
        List<Alternative> alternatives = others.stream().map(c -> new Alternative(c.count(), c.bound(), c.place(),
                claimants(c.events()), c.sources(), ids(c.events()), docs(c.events()))).toList();
        List<Dispute> disputes = new ArrayList<>();
        for (Event e : events) {
            for (Dispute d : e.disputes()) {
                if (m.concerns(d) && !disputes.contains(d)) {
                    disputes.add(d);
                }
            }
        }
        return new Figure(m, count, bound, placeNames, claimants(events), independentSources(events), ids(events),
                docs(events), alternatives, disputes);
    }

    /** The bound most of the reports state, exact when tied. */
    private static Bound bound(List<Report> reports) {
        Map<Bound, Integer> votes = new TreeMap<>();
        reports.forEach(r -> votes.merge(r.bound(), 1, Integer::sum));
        return votes.entrySet().stream().max(Map.Entry.<Bound, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .orElseThrow().getKey();
    }

    /** The bound of a sum: the same when the parts agree; "about" if any part is approximate; else "at least". */
    private static Bound combine(Bound a, Bound b) {
        if (a == b) {
            return a;
        }
        if (a == Bound.ABOUT || b == Bound.ABOUT || a == Bound.UP_TO || b == Bound.UP_TO) {
            return Bound.ABOUT;
        }
        return Bound.AT_LEAST;
    }

    static int independentSources(List<Event> events) {
        int sum = 0;
        Set<String> outlets = new LinkedHashSet<>();
        for (Event e : events) {
            sum += e.sources() == null ? 1 : Math.max(1, e.sources().independent());
            for (Evidence ev : e.mentions()) {
                outlets.add(ev.source() == null || ev.source().isBlank()
                        ? "doc:" + ev.doc() : ev.source().strip().toLowerCase(Locale.ROOT));
            }
        }
        return outlets.isEmpty() ? sum : Math.min(sum, outlets.size());
    }

    private static List<String> claimants(List<Event> events) {
        Set<String> out = new LinkedHashSet<>();
        events.forEach(e -> out.addAll(e.claimedBy()));
        return List.copyOf(out);
    }

    private static List<String> ids(List<Event> events) {
        return events.stream().map(Event::id).toList();
    }

    private static List<String> docs(List<Event> events) {
        Set<String> out = new LinkedHashSet<>();
        events.forEach(e -> e.mentions().forEach(ev -> out.add(ev.doc())));
        return List.copyOf(out);
    }
}
