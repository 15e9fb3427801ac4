package org.sitrep.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.IntConsumer;
import org.sitrep.model.Actor;
import org.sitrep.model.Article;
import org.sitrep.model.Bound;
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
import org.sitrep.store.EventStore;

/**
 * Fills a store with synthetic reports for benchmarks: real country and place names (from the shipped actor
 * table and gazetteer), made-up outlets and sentences, a mix of types, dates, places and factualities shaped like
 * a war record (mostly attacks, mostly in Ukraine, most reported), and one article in ten retelling an earlier
 * report, which the store merges into the earlier event. Reports go through the store's merging like any
 * other, so articles are added until the store holds the events asked for. The same seed gives the same
 * database.
 */
final class SyntheticRecord {
    private static final int EVENTS_PER_ARTICLE = 25;
    private static final LocalDate FIRST_DAY = LocalDate.of(2022, 2, 24);
    private static final int DAYS = 1400;
    /** Actor codes drawn from the country table, weighted towards the war's two sides. */
    private static final String[] ACTOR_CODES = {"RUS", "RUS", "RUS", "RUS", "RUS", "UKR", "UKR", "UKR", "USA",
        "POL", "DEU", "GBR", "FRA", "TUR", "BLR", "PRK"};
    private static final EventType[] TYPES = {EventType.ASSAULT, EventType.ASSAULT, EventType.ASSAULT,
        EventType.ASSAULT, EventType.ASSAULT, EventType.ASSAULT, EventType.CONSULT, EventType.AID, EventType.AID,
        EventType.REQUEST, EventType.ACCUSE, EventType.REJECT, EventType.THREATEN, EventType.SANCTION,
        EventType.MOBILIZE, EventType.AGREE, EventType.RETREAT, EventType.COERCE, EventType.PROTEST};

    private record Country(String iso3, String iso2, String name) {
    }

    private record City(String name, String country, String admin1, double lat, double lon) {
    }

    private final Random random;
    private final Map<String, Country> countries;
    private final List<City> cities;

    SyntheticRecord(long seed) {
        this.random = new Random(seed);
        this.countries = countries();
        this.cities = cities();
    }

    /**
     * Adds articles until the store holds at least {@code events} events; returns how many articles it took.
     * {@code progress} hears the event count now and then.
     */
    int fill(EventStore store, int events, IntConsumer progress) {
        int article = 0;
        int stored = store.stats().events();
        List<Mention> earlier = new ArrayList<>();
        while (stored < events) {
            LocalDate day = FIRST_DAY.plusDays((long) article * DAYS * EVENTS_PER_ARTICLE / Math.max(1, events));
            String id = String.format("synthetic-%07d", article);
            String source = "Outlet " + (1 + random.nextInt(12));
            StringBuilder text = new StringBuilder();
            List<Mention> batch = new ArrayList<>();
            for (int i = 0; i < EVENTS_PER_ARTICLE; i++) {
                batch.add(mention(id, source, day, text));
            }
            if (!earlier.isEmpty() && random.nextInt(10) == 0) {
                batch.add(retold(earlier.get(random.nextInt(earlier.size())), id, source, text));
            }
            store.put(new Article(id, id, source, null, "Synthetic report " + article, day, text.toString(),
                    "synthetic"), batch);
            earlier.addAll(batch.subList(0, 3));
            if (earlier.size() > 500) {
                earlier.subList(0, 250).clear();
            }
            article++;
            // Counting is not free: look often enough to stop within a few articles of the target.
            if (article % 20 == 0 || events - stored < 2 * EVENTS_PER_ARTICLE * 20) {
                stored = store.stats().events();
                progress.accept(stored);
            }
        }
        return article;
    }

    private Mention mention(String articleId, String source, LocalDate day, StringBuilder text) {
        EventType type = TYPES[random.nextInt(TYPES.length)];
        Country actor = countries.get(ACTOR_CODES[random.nextInt(ACTOR_CODES.length)]);
        Country recipient = countries.get(actor.iso3().equals("RUS") ? "UKR" : "RUS");
        Location location = location();
        boolean night = type == EventType.ASSAULT && random.nextBoolean();
        EventDate date = random.nextInt(20) == 0 ? null
                : night ? EventDate.nightEnding(day) : EventDate.day(day.minusDays(random.nextInt(3)));
        int f = random.nextInt(100);
        Factuality factuality = f < 85 ? Factuality.REPORTED : f < 90 ? Factuality.HISTORICAL
                : f < 95 ? Factuality.FUTURE : f < 98 ? Factuality.HYPOTHETICAL : Factuality.NEGATED;

        int start = text.length();
        StringBuilder s = new StringBuilder();
        List<Span> spans = new ArrayList<>();
        List<Quantity> quantities = new ArrayList<>();
        mark(s, spans, start, actor.name(), "actor");
        s.append(' ');
        mark(s, spans, start, verb(type), "cue");
        String place = location == null ? "the front" : location.name();
        String when = night ? " overnight" : " on the day";
        if (type == EventType.ASSAULT) {
            int drones = 5 + random.nextInt(200);
            int down = drones - random.nextInt(drones / 3 + 1);
            s.append(' ');
            int q = start + s.length();
            mark(s, spans, start, drones + " drones", "quantity");
            quantities.add(new Quantity("drone", "Shahed", drones, Bound.EXACT, "launched", q, start + s.length()));
            s.append(" at ");
            mark(s, spans, start, place, "place");
            s.append(when).append(", and ");
            q = start + s.length();
            mark(s, spans, start, Integer.toString(down), "quantity");
            quantities.add(new Quantity("drone", "Shahed", down, Bound.EXACT, "shot_down", q, start + s.length()));
            s.append(" of them were shot down, the ministry said.");
        } else {
            s.append(' ');
            mark(s, spans, start, recipient.name(), "recipient");
            s.append(" over the situation in ");
            mark(s, spans, start, place, "place");
            s.append(when).append(", the ministry said.");
        }
        text.append(s).append(' ');
        List<Actor> actors = List.of(new Actor(Role.ACTOR, actor.name(), actor.iso3(), List.of(actor.name())),
                new Actor(Role.RECIPIENT, recipient.name(), recipient.iso3(), List.of(recipient.name())));
        Evidence ev = new Evidence(articleId, articleId, source, start, start + s.length(), s.toString(), spans);
        return new Mention(type, type == EventType.ASSAULT ? List.of("drone") : List.of(), List.of("military"),
                factuality, date, actors, location, quantities, List.of("the ministry"), ev);
    }

    /** The same report told again in another article, word for word, as reprints are. */
    private static Mention retold(Mention old, String articleId, String source, StringBuilder text) {
        int start = text.length();
        String s = old.evidence().text();
        text.append(s).append(' ');
        int shift = start - old.evidence().start();
        List<Span> spans = old.evidence().highlights().stream()
                .map(h -> new Span(h.start() + shift, h.end() + shift, h.label())).toList();
        List<Quantity> quantities = old.quantities().stream().map(q -> new Quantity(q.item(), q.subtype(), q.count(),
                q.bound(), q.status(), q.start() + shift, q.end() + shift)).toList();
        Evidence ev = new Evidence(articleId, articleId, source, start, start + s.length(), s, spans);
        return new Mention(old.type(), old.modes(), old.contexts(), old.factuality(), old.date(), old.actors(),
                old.location(), quantities, old.claimedBy(), ev);
    }

    private Location location() {
        int r = random.nextInt(100);
        if (r < 12) {
            return null;
        }
        if (r < 25) {
            Country c = countries.get(r < 20 ? "UKR" : "RUS");
            return new Location(c.name(), c.iso2(), null, 0, 0, GeoPrecision.COUNTRY);
        }
        City c = cities.get((int) Math.floor(Math.pow(random.nextDouble(), 2) * cities.size()));
        return new Location(c.name(), c.country(), c.admin1(), c.lat(), c.lon(), GeoPrecision.CITY);
    }

    private static void mark(StringBuilder s, List<Span> spans, int offset, String words, String label) {
        int from = offset + s.length();
        s.append(words);
        spans.add(new Span(from, offset + s.length(), label));
    }

    private static String verb(EventType type) {
        return switch (type) {
            case ASSAULT -> "launched";
            case AID -> "sent aid to";
            case CONSULT -> "met";
            default -> type.name().toLowerCase();
        };
    }

    private static Map<String, Country> countries() {
        Map<String, Country> out = new TreeMap<>();
        for (String[] row : rows("/actors/countries.tsv")) {
            if (row.length >= 3) {
                out.put(row[0], new Country(row[0], row[1], row[2]));
            }
        }
        for (String code : ACTOR_CODES) {
            if (!out.containsKey(code)) {
                throw new IllegalStateException("actors/countries.tsv lacks " + code);
            }
        }
        return out;
    }

    /** The cities of Ukraine and Russia of over 100,000 people, biggest first. */
    private static List<City> cities() {
        List<String[]> rows = new ArrayList<>();
        for (String[] row : rows("/gazetteer/places.tsv")) {
            if (row.length >= 10 && (row[4].equals("UA") || row[4].equals("RU")) && !row[9].equals("population")
                    && Long.parseLong(row[9]) >= 100_000 && !row[8].equals("country")) {
                rows.add(row);
            }
        }
        rows.sort((a, b) -> Long.compare(Long.parseLong(b[9]), Long.parseLong(a[9])));
        List<City> out = new ArrayList<>();
        for (String[] r : rows) {
            out.add(new City(r[1], r[4], r[5].isEmpty() ? null : r[5], Double.parseDouble(r[6]),
                    Double.parseDouble(r[7])));
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("gazetteer/places.tsv has no cities of Ukraine or Russia");
        }
        return out;
    }

    private static List<String[]> rows(String resource) {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = SyntheticRecord.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    out.add(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return out;
    }
}
