package org.sitrep.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.sitrep.model.Actor;
import org.sitrep.model.Bound;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventType;
import org.sitrep.model.Evidence;
import org.sitrep.model.Factuality;
import org.sitrep.model.GeoPrecision;
import org.sitrep.model.Location;
import org.sitrep.model.Mention;
import org.sitrep.model.Quantity;
import org.sitrep.model.Role;
import org.sitrep.model.Span;

/**
 * Synthetic mentions with known truth, for measuring the clusterer at scale. True events are drawn over three
 * years with the type and country mix of {@code cluster/synthetic.tsv}, places from the shipped gazetteer
 * (weighted by population, so big cities recur) and actors and leaders from the actor tables; each is then told
 * by several articles, as news tells it: most say the same, some a day off or only "this week", some with a
 * vaguer place or none, some drop an actor or name the leader instead of his state, figures vary, wire copy is
 * reprinted word for word, a story may come back in a second sentence of its article, and round-ups tell several
 * events in one article. Sentences are built from the event's names and figures, a few words particular to the
 * event and common words. The same size and seed give the same corpus.
 */
public final class SyntheticCorpus {

    /**
     * @param mentions the mentions, in generation order
     * @param truth    for each mention, the index of the true event it reports
     */
    public record Corpus(List<MentionRecord> mentions, int[] truth, int events) {
    }

    private record CountSpec(String item, String status, long min, long max) {
    }

    private record TypeShape(EventType type, List<CountSpec> counts) {
    }

    private record Person(String id, String name) {
    }

    /** The populated places of one country, with cumulative population weights, and the country itself. */
    private record Country(String iso2, String iso3, Location whole, List<Location> cities, double[] cumulative,
                           List<Person> people) {
    }

    private static final LocalDate FIRST_DAY = LocalDate.of(2022, 2, 24);
    private static final int DAYS = 3 * 365;
    private static final int VOCABULARY = 30_000;
    private static final int OUTLETS = 400;
    private static final String[] SYLLABLES = {"ba", "ke", "lo", "mi", "nu", "ra", "si", "to", "ve", "za", "do",
        "fe", "gi", "hu", "ja", "ko", "li", "mo", "ne", "pa"};

    private final List<TypeShape> types;
    private final double[] typeCumulative;
    private final List<Country> countries;
    private final double[] countryCumulative;
    private final Map<String, Country> byIso3;

    private SyntheticCorpus(List<TypeShape> types, double[] typeCumulative, List<Country> countries,
                            double[] countryCumulative) {
        this.types = types;
        this.typeCumulative = typeCumulative;
        this.countries = countries;
        this.countryCumulative = countryCumulative;
        Map<String, Country> m = new HashMap<>();
        countries.forEach(c -> m.put(c.iso3(), c));
        this.byIso3 = m;
    }

    /** Reads {@code cluster/synthetic.tsv}, the gazetteer's places and countries, and the people table. */
    public static SyntheticCorpus loadDefault() {
        List<TypeShape> types = new ArrayList<>();
        List<Double> typeShares = new ArrayList<>();
        Map<String, Double> countryShares = new LinkedHashMap<>();
        forEachRow("/cluster/synthetic.tsv", cells -> {
            double share = Double.parseDouble(cells[2]);
            if (cells[0].equals("type")) {
                List<CountSpec> counts = new ArrayList<>();
                if (cells.length > 3 && !cells[3].isBlank()) {
                    for (String spec : cells[3].split(",")) {
                        String[] p = spec.split(":", -1);
                        String[] range = p[2].split("-");
                        counts.add(new CountSpec(p[0], p[1].isEmpty() ? null : p[1], Long.parseLong(range[0]),
                                Long.parseLong(range[1])));
                    }
                }
                types.add(new TypeShape(EventType.valueOf(cells[1]), List.copyOf(counts)));
                typeShares.add(share);
            } else if (cells[0].equals("country")) {
                countryShares.put(cells[1], share);
            } else {
                throw new IllegalStateException("cluster/synthetic.tsv: unknown kind '" + cells[0] + "'");
            }
        });
        Map<String, String[]> countryRows = new HashMap<>();
        forEachRow("/gazetteer/countries.tsv", cells -> countryRows.put(cells[0], cells));
        Map<String, List<Location>> cities = new HashMap<>();
        Map<String, List<Long>> populations = new HashMap<>();
        forEachRow("/gazetteer/places.tsv", cells -> {
            String iso2 = cells[4];
            if (countryShares.containsKey(iso2) && (cells[8].equals("city") || cells[8].equals("capital"))) {
                cities.computeIfAbsent(iso2, k -> new ArrayList<>()).add(new Location(cells[1], iso2,
                        cells[5].isBlank() ? null : cells[5], Double.parseDouble(cells[6]),
                        Double.parseDouble(cells[7]), GeoPrecision.CITY));
                populations.computeIfAbsent(iso2, k -> new ArrayList<>()).add(Math.max(1000, Long.parseLong(cells[9])));
            }
        });
        Map<String, List<Person>> people = new HashMap<>();
        forEachRow("/actors/people.tsv", cells -> {
            if (cells.length > 3 && !cells[3].isBlank()) {
                List<Person> of = people.computeIfAbsent(cells[3], k -> new ArrayList<>());
                if (of.stream().noneMatch(p -> p.id().equals(cells[0]))) {
                    of.add(new Person(cells[0], cells[1]));
                }
            }
        });
        List<Country> countries = new ArrayList<>();
        List<Double> shares = new ArrayList<>();
        for (Map.Entry<String, Double> e : countryShares.entrySet()) {
            String[] row = countryRows.get(e.getKey());
            List<Location> places = cities.get(e.getKey());
            if (row == null || places == null) {
                throw new IllegalStateException("cluster/synthetic.tsv: no country or places for " + e.getKey());
            }
            List<Long> pop = populations.get(e.getKey());
            double[] cumulative = new double[pop.size()];
            double sum = 0;
            for (int i = 0; i < cumulative.length; i++) {
                sum += pop.get(i);
                cumulative[i] = sum;
            }
            Location whole = new Location(row[2], e.getKey(), null, places.get(0).lat(), places.get(0).lon(),
                    GeoPrecision.COUNTRY);
            countries.add(new Country(e.getKey(), row[1], whole, List.copyOf(places), cumulative,
                    List.copyOf(people.getOrDefault(row[1], List.of()))));
            shares.add(e.getValue());
        }
        return new SyntheticCorpus(List.copyOf(types), cumulative(typeShares), List.copyOf(countries),
                cumulative(shares));
    }

    /** About {@code size} mentions (exactly that many) of events drawn with {@code seed}. */
    public Corpus generate(int size, long seed) {
        Generator g = new Generator(new SplittableRandom(seed), size);
        return g.run();
    }

    /** One generation run: the random source and the articles opened so far. */
    private final class Generator {
        private final SplittableRandom rnd;
        private final int size;
        private final List<MentionRecord> out;
        private final int[] truth;
        private final Map<Long, Article> roundups = new HashMap<>();
        private long articles;

        private final class Article {
            final String id;
            final String doc;
            final String source;
            final LocalDate published;
            int nextStart;

            Article(LocalDate published) {
                long n = ++articles;
                this.id = HexFormat.of().toHexDigits(Fingerprints.mix(n ^ 0x5EED0000L)).substring(0, 16);
                this.doc = "syn-" + n;
                this.source = "Outlet " + (1 + rnd.nextInt(OUTLETS));
                this.published = published;
            }

            int sentence(int length) {
                int start = nextStart;
                nextStart += length + 1 + rnd.nextInt(400);
                return start;
            }
        }

        /** A true event. */
        private record Truth(TypeShape shape, Factuality factuality, EventDate date, Location place, Country country,
                             Actor actor, Actor recipient, List<Quantity> counts, String[] words) {
        }

        Generator(SplittableRandom rnd, int size) {
            this.rnd = rnd;
            this.size = size;
            this.out = new ArrayList<>(size);
            this.truth = new int[size];
        }

        Corpus run() {
            int events = 0;
            while (out.size() < size) {
                Truth t = event();
                int n = rnd.nextDouble() < 0.02 ? 15 + rnd.nextInt(66) : 1 + geometric(1.0 / 3);
                MentionRecord previous = null;
                Article previousArticle = null;
                for (int k = 0; k < n && out.size() < size; k++) {
                    Article a;
                    Mention m;
                    double r = rnd.nextDouble();
                    if (previous != null && r < 0.12) {
                        // A reprint of the previous report, word for word, by another outlet.
                        a = new Article(previousArticle.published);
                        m = reprint(previous.mention(), a);
                    } else if (previous != null && r < 0.20) {
                        // The same article comes back to the story in a later sentence.
                        a = previousArticle;
                        m = mention(t, a, previous.mention().date());
                    } else {
                        EventDate d = reportedDate(t);
                        LocalDate published = published(t, d);
                        if (published != null && rnd.nextDouble() < 0.06) {
                            a = roundups.computeIfAbsent(published.toEpochDay(), day -> new Article(published));
                        } else {
                            a = new Article(published);
                        }
                        m = mention(t, a, d);
                    }
                    previous = new MentionRecord(org.sitrep.model.Ids.mention(a.id, m), m, a.published);
                    previousArticle = a;
                    truth[out.size()] = events;
                    out.add(previous);
                }
                events++;
            }
            return new Corpus(List.copyOf(out), truth, events);
        }

        private Truth event() {
            TypeShape shape = types.get(pick(typeCumulative));
            Country country = countries.get(pick(countryCumulative));
            double f = rnd.nextDouble();
            Factuality factuality = f < 0.90 ? Factuality.REPORTED : f < 0.95 ? Factuality.FUTURE
                    : f < 0.98 ? Factuality.HYPOTHETICAL : Factuality.NEGATED;
            LocalDate day = FIRST_DAY.plusDays(rnd.nextInt(DAYS));
            boolean assault = shape.type() == EventType.ASSAULT;
            double p = rnd.nextDouble();
            EventDate date = p < (assault ? 0.40 : 0) ? EventDate.nightEnding(day)
                    : p < 0.90 ? EventDate.day(day) : p < 0.95 ? week(day) : month(day);
            double l = rnd.nextDouble();
            Location place = l < 0.5 ? city(country) : l < 0.7 ? region(city(country)) : l < 0.9 ? country.whole()
                    : null;
            Country actorState;
            Country recipientState;
            if (assault) {
                Country ua = byIso3.get("UKR");
                Country ru = byIso3.get("RUS");
                actorState = country == ua ? (rnd.nextDouble() < 0.85 ? ru : ua)
                        : country == ru ? (rnd.nextDouble() < 0.8 ? ua : ru) : countries.get(pick(countryCumulative));
                recipientState = country;
            } else {
                actorState = countries.get(pick(countryCumulative));
                recipientState = rnd.nextDouble() < 0.6 ? countries.get(pick(countryCumulative)) : null;
            }
            Actor actor = !assault && rnd.nextDouble() < 0.3 && !actorState.people().isEmpty()
                    ? person(actorState, Role.ACTOR) : state(actorState, Role.ACTOR);
            Actor recipient = recipientState == null || recipientState == actorState ? null
                    : state(recipientState, Role.RECIPIENT);
            List<Quantity> counts = new ArrayList<>();
            for (CountSpec c : shape.counts()) {
                if (rnd.nextDouble() < 0.45) {
                    // Log-uniform: small figures are as common per order of magnitude as large ones.
                    double logMin = Math.log(c.min());
                    long v = Math.round(Math.exp(logMin + rnd.nextDouble() * (Math.log(c.max()) - logMin)));
                    counts.add(new Quantity(c.item(), null, v, Bound.EXACT, c.status(), 0, 0));
                }
            }
            String[] words = new String[5];
            for (int i = 0; i < words.length; i++) {
                words[i] = word(zipf());
            }
            return new Truth(shape, factuality, date, place, country, actor, recipient, counts, words);
        }

        private Mention mention(Truth t, Article a, EventDate date) {
            List<Actor> actors = new ArrayList<>(2);
            if (rnd.nextDouble() < 0.88) {
                actors.add(rnd.nextDouble() < 0.15 ? swapLeader(t.actor()) : t.actor());
            }
            if (t.recipient() != null && rnd.nextDouble() < 0.7) {
                actors.add(t.recipient());
            }
            double l = rnd.nextDouble();
            Location place = l < 0.65 ? t.place() : l < 0.85 ? coarser(t.place(), t.country()) : null;
            List<Quantity> counts = new ArrayList<>();
            for (Quantity q : t.counts()) {
                if (rnd.nextDouble() < 0.6) {
                    counts.add(reported(q));
                }
            }
            Factuality fact = t.factuality() == Factuality.REPORTED && rnd.nextDouble() < 0.03 ? Factuality.HISTORICAL
                    : t.factuality();
            if (a.published == null) {
                date = null;
            }
            // The names, cue and figures are marked as extraction marks them; the rest is the story's own words.
            StringBuilder text = new StringBuilder(160);
            List<int[]> read = new ArrayList<>();
            for (Actor x : actors) {
                mark(text, x.name(), read);
            }
            mark(text, t.shape().type().name().toLowerCase(java.util.Locale.ROOT), read);
            if (place != null) {
                mark(text, place.name(), read);
            }
            for (Quantity q : counts) {
                mark(text, q.count() + " " + q.item(), read);
            }
            for (String w : t.words()) {
                if (rnd.nextDouble() < 0.7) {
                    text.append(w).append(' ');
                }
            }
            for (int i = 0; i < 4; i++) {
                text.append(word(zipf())).append(' ');
            }
            text.setLength(text.length() - 1);
            text.append('.');
            String sentence = text.toString();
            int start = a.sentence(sentence.length());
            List<Span> highlights = new ArrayList<>(read.size());
            for (int[] r : read) {
                highlights.add(new Span(start + r[0], start + r[1], "read"));
            }
            Evidence ev = new Evidence(a.doc, a.id, a.source, start, start + sentence.length(), sentence, highlights);
            return new Mention(t.shape().type(), List.of(), List.of(), fact, date, actors, place, counts, List.of(),
                    ev);
        }

        private Mention reprint(Mention m, Article a) {
            Evidence e = m.evidence();
            int start = a.sentence(e.text().length());
            List<Span> highlights = new ArrayList<>(e.highlights().size());
            for (Span h : e.highlights()) {
                highlights.add(new Span(h.start() - e.start() + start, h.end() - e.start() + start, h.label()));
            }
            Evidence ev = new Evidence(a.doc, a.id, a.source, start, start + e.text().length(), e.text(), highlights);
            return new Mention(m.type(), m.modes(), m.contexts(), m.factuality(), a.published == null ? null : m.date(),
                    m.actors(), m.location(), m.quantities(), m.claimedBy(), ev);
        }

        /** Mostly the event's date; sometimes a day off, or only the week or month; a night often as its day. */
        private EventDate reportedDate(Truth t) {
            EventDate d = t.date();
            double r = rnd.nextDouble();
            boolean fine = d.precision() == DatePrecision.DAY || d.precision() == DatePrecision.NIGHT;
            if (!fine || r < 0.74) {
                return d;
            }
            if (r < 0.84) {
                return d.precision() == DatePrecision.NIGHT ? EventDate.day(rnd.nextBoolean() ? d.start() : d.end())
                        : EventDate.day(d.start().plusDays(rnd.nextBoolean() ? 1 : -1));
            }
            if (r < 0.92) {
                return d.precision() == DatePrecision.NIGHT ? d : EventDate.nightEnding(d.start().plusDays(1));
            }
            return r < 0.97 ? week(d.end()) : month(d.end());
        }

        private LocalDate published(Truth t, EventDate d) {
            if (rnd.nextDouble() < 0.01) {
                return null;
            }
            LocalDate end = t.date().end();
            boolean fine = d.precision() == DatePrecision.DAY || d.precision() == DatePrecision.NIGHT;
            if (t.factuality() == Factuality.FUTURE) {
                return t.date().start().minusDays(1 + rnd.nextInt(5));
            }
            double r = rnd.nextDouble();
            return fine ? end.plusDays(r < 0.6 ? 0 : r < 0.9 ? 1 : 2) : end.plusDays(rnd.nextInt(11));
        }

        private Quantity reported(Quantity q) {
            double r = rnd.nextDouble();
            long v = q.count();
            if (r < 0.72) {
                return q;
            }
            if (r < 0.85) {
                long delta = Math.max(1, Math.round(v * (0.01 + rnd.nextDouble() * 0.07)));
                return new Quantity(q.item(), null, Math.max(0, rnd.nextBoolean() ? v + delta : v - delta),
                        Bound.EXACT, q.status(), 0, 0);
            }
            long step = v < 50 ? 5 : 10;
            if (r < 0.95) {
                return new Quantity(q.item(), null, Math.max(step, Math.round((double) v / step) * step), Bound.ABOUT,
                        q.status(), 0, 0);
            }
            return new Quantity(q.item(), null, v / step * step, Bound.AT_LEAST, q.status(), 0, 0);
        }

        private Location city(Country c) {
            double x = rnd.nextDouble() * c.cumulative()[c.cumulative().length - 1];
            int i = java.util.Arrays.binarySearch(c.cumulative(), x);
            return c.cities().get(Math.min(c.cities().size() - 1, i < 0 ? -i - 1 : i));
        }

        private Location region(Location city) {
            return city.admin1() == null ? city
                    : new Location(city.admin1(), city.country(), city.admin1(), city.lat(), city.lon(),
                            GeoPrecision.REGION);
        }

        private Location coarser(Location place, Country country) {
            if (place == null) {
                return null;
            }
            return switch (place.precision()) {
                case POINT, CITY -> rnd.nextBoolean() && place.admin1() != null ? region(place) : country.whole();
                case REGION -> country.whole();
                case COUNTRY -> null;
            };
        }

        private Actor state(Country c, Role role) {
            return new Actor(role, c.whole().name(), c.iso3(), List.of(c.whole().name()));
        }

        private Actor person(Country c, Role role) {
            Person p = c.people().get(rnd.nextInt(Math.min(3, c.people().size())));
            return new Actor(role, p.name(), p.id(), List.of(p.name()));
        }

        /** The leader named instead of his state, or the state instead of its leader. */
        private Actor swapLeader(Actor a) {
            if (a.id().startsWith("person:")) {
                for (Country c : countries) {
                    if (c.people().stream().anyMatch(p -> p.id().equals(a.id()))) {
                        return state(c, a.role());
                    }
                }
                return a;
            }
            Country c = byIso3.get(a.id());
            return c == null || c.people().isEmpty() ? a : person(c, a.role());
        }

        private int pick(double[] cumulative) {
            double x = rnd.nextDouble() * cumulative[cumulative.length - 1];
            int i = java.util.Arrays.binarySearch(cumulative, x);
            return Math.min(cumulative.length - 1, i < 0 ? -i - 1 : i);
        }

        private int geometric(double p) {
            return (int) Math.floor(Math.log(1 - rnd.nextDouble()) / Math.log(1 - p));
        }

        /** A word rank with frequency falling as one over the rank. */
        private int zipf() {
            return (int) Math.floor(Math.pow(VOCABULARY, rnd.nextDouble())) - 1;
        }
    }

    /** Appends {@code words} and a space, remembering where the words are. */
    private static void mark(StringBuilder text, String words, List<int[]> read) {
        read.add(new int[] {text.length(), text.length() + words.length()});
        text.append(words).append(' ');
    }

    private static EventDate week(LocalDate d) {
        LocalDate monday = d.with(DayOfWeek.MONDAY);
        return new EventDate(monday, monday.plusDays(6), DatePrecision.WEEK);
    }

    private static EventDate month(LocalDate d) {
        return new EventDate(d.withDayOfMonth(1), d.withDayOfMonth(d.lengthOfMonth()), DatePrecision.MONTH);
    }

    /** A made-up word for a vocabulary rank: syllables, so that no two ranks share a spelling. */
    private static String word(int rank) {
        StringBuilder sb = new StringBuilder();
        int r = rank;
        do {
            sb.append(SYLLABLES[r % SYLLABLES.length]);
            r /= SYLLABLES.length;
        } while (r > 0);
        if (sb.length() < 4) {
            sb.append("na");
        }
        return sb.toString();
    }

    private static double[] cumulative(List<Double> shares) {
        double[] out = new double[shares.size()];
        double sum = 0;
        for (int i = 0; i < out.length; i++) {
            sum += shares.get(i);
            out[i] = sum;
        }
        return out;
    }

    private static void forEachRow(String resource, Consumer<String[]> row) {
        InputStream in = SyntheticCorpus.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is missing from the class path");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            boolean header = true;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                row.accept(line.split("\t", -1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource + ": " + e.getMessage(), e);
        }
    }
}
