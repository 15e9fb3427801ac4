package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.sitrep.extract.PlaceLookup;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.GeoPrecision;
import org.sitrep.model.Location;
import org.sitrep.model.Quantity;
import org.sitrep.model.Span;

/**
 * Scores extracted events against a gold file. A gold event is found when an extracted event of the same article
 * has evidence covering the gold evidence; it counts for the event score when the type agrees too, and each field
 * (type, date, actors, place, quantities, factuality) scores on its own over the events found.
 */
public final class Evaluator {

    public static final List<String> FIELDS = List.of("type", "date", "actors", "place", "quantities", "factuality");

    /** The gazetteer the gold's place names are looked up in, or null to compare names only. */
    private final PlaceLookup places;

    /** Compares places by name only. */
    public Evaluator() {
        this(null);
    }

    /**
     * Compares places through the gazetteer as well: the gold's "Vilniansk" is the town sitrep names "Vilnyansk", its
     * "St. Petersburg" GeoNames' "Saint Petersburg".
     */
    public Evaluator(PlaceLookup places) {
        this.places = places;
    }

    /**
     * Precision, recall and F1 of one measure. {@code correct} counts gold events, {@code correctPredicted} extracted
     * ones: they differ when one extracted event rightly stands for two gold events of one happening.
     */
    public record Score(int correct, int predicted, int gold, int correctPredicted) {
        public Score(int correct, int predicted, int gold) {
            this(correct, predicted, gold, correct);
        }

        public double precision() {
            return predicted == 0 ? 0 : (double) correctPredicted / predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) correct / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /**
     * @param unsafe gold events that did not happen (future, hypothetical, negated) which extraction reported as
     *               having happened: the one error analysts cannot afford
     * @param misses gold events no extracted event covered, for reading
     * @param errors fields of found gold events that extraction got wrong, for reading
     * @param extra  extracted events that cover no gold event, for reading
     */
    public record Report(Score events, Map<String, Score> fields, int unsafe, List<GoldEvent> misses,
                         List<FieldError> errors, List<Event> extra) {
    }

    /** One field of a found gold event whose extracted value differs, both values written out. */
    public record FieldError(GoldEvent gold, String field, String expected, String extracted) {
    }

    public static List<GoldEvent> readGold(Path file) {
        ObjectMapper json = new ObjectMapper();
        List<GoldEvent> out = new ArrayList<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gold file " + file + ": " + e.getMessage(), e);
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                JsonNode n = json.readTree(line);
                JsonNode date = n.path("date");
                Set<String> actors = new HashSet<>();
                for (JsonNode a : n.path("actors")) {
                    actors.add(a.path("role").asText() + ":" + a.path("id").asText());
                }
                Set<String> quantities = new HashSet<>();
                for (JsonNode q : n.path("quantities")) {
                    quantities.add(q.path("item").asText() + ":" + q.path("count").asLong());
                }
                JsonNode loc = n.path("location");
                out.add(new GoldEvent(text(n, "doc"), text(n, "type"), text(n, "factuality"),
                        date.isObject() ? LocalDate.parse(date.path("start").asText()) : null,
                        date.isObject() ? LocalDate.parse(date.path("end").asText()) : null, actors,
                        loc.isObject() ? loc.path("name").asText() : null, quantities, text(n, "evidence"), i + 1));
            } catch (IOException | RuntimeException e) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": not a gold event: " + e.getMessage(), e);
            }
        }
        return out;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException("missing \"" + field + "\"");
        }
        return v.asText();
    }

    /**
     * @param predicted extracted events by document name
     * @param texts     article text by document name, to locate gold evidence
     */
    public Report score(List<GoldEvent> gold, Map<String, List<Event>> predicted, Map<String, String> texts) {
        return score(gold, predicted, texts, Map.of());
    }

    /**
     * @param sameHappening gold cluster by doc and evidence ({@link #key}): gold events of one article that the
     *                      cluster file calls one happening ("Russia launched 70 missiles" and "air defences downed
     *                      112 of them") may all be found in one extracted event, as merging makes them one
     */
    public Report score(List<GoldEvent> gold, Map<String, List<Event>> predicted, Map<String, String> texts,
                        Map<String, String> sameHappening) {
        int predictedCount = 0;
        for (String doc : texts.keySet()) {
            predictedCount += predicted.getOrDefault(doc, List.of()).size();
        }
        Map<String, int[]> fieldCorrect = new LinkedHashMap<>();
        FIELDS.forEach(f -> fieldCorrect.put(f, new int[1]));
        int eventsCorrect = 0;
        int unsafe = 0;
        List<GoldEvent> misses = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        Map<Event, String> used = new HashMap<>();
        Map<String, Set<Event>> fieldRight = new LinkedHashMap<>();
        FIELDS.forEach(f -> fieldRight.put(f, new HashSet<>()));
        Set<Event> eventRight = new HashSet<>();
        // Gold and extracted events of one sentence are paired closest first: a pair of the same type before any
        // other, and of those the pair whose cue lies in or nearest the gold evidence. So one sentence's attack is
        // not spent on the phone call told beside it, nor on a threat of more attacks.
        List<Candidate> candidates = new ArrayList<>();
        Map<GoldEvent, Integer> evidenceAt = new HashMap<>();
        for (int gi = 0; gi < gold.size(); gi++) {
            GoldEvent g = gold.get(gi);
            String text = texts.get(g.doc());
            int at = text == null ? -1 : text.indexOf(g.evidence());
            if (at < 0) {
                throw new IllegalArgumentException("gold line " + g.line() + ": evidence not found in article '"
                        + g.doc() + "'");
            }
            evidenceAt.put(g, at);
            List<Event> inDoc = predicted.getOrDefault(g.doc(), List.of());
            for (int ei = 0; ei < inDoc.size(); ei++) {
                Event e = inDoc.get(ei);
                if (covers(e, g.doc(), at)) {
                    boolean sameType = e.type().name().equals(g.type());
                    candidates.add(new Candidate(gi, e, sameType ? 0 : 1,
                            cueGap(e, g.doc(), at, at + g.evidence().length()), ei));
                }
            }
        }
        candidates.sort(Comparator.comparingInt(Candidate::rank).thenComparingInt(Candidate::gap)
                .thenComparingInt(Candidate::gold).thenComparingInt(Candidate::order));
        Map<GoldEvent, Event> matches = new HashMap<>();
        for (Candidate c : candidates) {
            GoldEvent g = gold.get(c.gold());
            String happening = sameHappening.get(key(g.doc(), g.evidence()));
            boolean taken = used.containsKey(c.event()) && (happening == null || !happening.equals(used.get(c.event())));
            if (matches.containsKey(g) || taken) {
                continue;
            }
            matches.put(g, c.event());
            used.put(c.event(), happening == null ? "" : happening);
        }
        for (GoldEvent g : gold) {
            Event match = matches.get(g);
            if (match == null) {
                misses.add(g);
                continue;
            }
            boolean typeOk = match.type().name().equals(g.type());
            if (typeOk) {
                eventsCorrect++;
                eventRight.add(match);
            }
            // Unsafe is a plan or a denial exported as having happened: the same event, its word inside the gold
            // evidence; not another one told beside it ("the SBU was behind Wednesday's strikes ... and said such
            // attacks would continue": the strikes happened).
            int at = evidenceAt.get(g);
            boolean same = typeOk && cueGap(match, g.doc(), at, at + g.evidence().length()) == 0;
            if (same && !Set.of("reported", "historical").contains(g.factuality()) && match.factuality().happened()) {
                unsafe++;
            }
            Map<String, Boolean> ok = new LinkedHashMap<>();
            ok.put("type", typeOk);
            ok.put("date", match.date() == null ? g.start() == null
                    : match.date().start().equals(g.start()) && match.date().end().equals(g.end()));
            ok.put("actors", actorKeys(match).equals(g.actors()));
            ok.put("place", match.location() == null ? g.place() == null : samePlace(match.location(), g.place()));
            ok.put("quantities", quantityKeys(match).equals(g.quantities()));
            ok.put("factuality", match.factuality().label().equals(g.factuality()));
            for (Map.Entry<String, Boolean> f : ok.entrySet()) {
                count(fieldCorrect, f.getKey(), f.getValue());
                if (f.getValue()) {
                    fieldRight.get(f.getKey()).add(match);
                }
                if (!f.getValue()) {
                    errors.add(new FieldError(g, f.getKey(), goldValue(g, f.getKey()), value(match, f.getKey())));
                }
            }
        }
        Map<String, Score> fields = new LinkedHashMap<>();
        for (String f : FIELDS) {
            fields.put(f, new Score(fieldCorrect.get(f)[0], predictedCount, gold.size(), fieldRight.get(f).size()));
        }
        List<Event> extra = new ArrayList<>();
        for (String doc : texts.keySet()) {
            predicted.getOrDefault(doc, List.of()).stream().filter(e -> !used.containsKey(e)).forEach(extra::add);
        }
        return new Report(new Score(eventsCorrect, predictedCount, gold.size(), eventRight.size()), fields, unsafe,
                misses, errors, extra);
    }

    /** The key of a gold event, or of a gold cluster row, in {@code sameHappening}. */
    public static String key(String doc, String evidence) {
        return doc + "\t" + evidence;
    }

    private static String goldValue(GoldEvent g, String field) {
        return switch (field) {
            case "type" -> g.type();
            case "date" -> g.start() == null ? "none" : g.start() + ".." + g.end();
            case "actors" -> new TreeSet<>(g.actors()).toString();
            case "place" -> String.valueOf(g.place());
            case "quantities" -> new TreeSet<>(g.quantities()).toString();
            default -> g.factuality();
        };
    }

    private static String value(Event e, String field) {
        return switch (field) {
            case "type" -> e.type().name();
            case "date" -> e.date() == null ? "none" : e.date().start() + ".." + e.date().end();
            case "actors" -> new TreeSet<>(actorKeys(e)).toString();
            case "place" -> e.location() == null ? "null" : e.location().name();
            case "quantities" -> new TreeSet<>(quantityKeys(e)).toString();
            default -> e.factuality().label();
        };
    }

    private static void count(Map<String, int[]> counts, String field, boolean ok) {
        if (ok) {
            counts.get(field)[0]++;
        }
    }

    /** A gold event (by index) and an extracted event that covers its evidence, with how well they pair. */
    private record Candidate(int gold, Event event, int rank, int gap, int order) {
    }

    /** Characters between the event's cue in this article and the range [from, to); 0 when inside it. */
    private static int cueGap(Event e, String doc, int from, int to) {
        int gap = Integer.MAX_VALUE - 1;
        for (Evidence m : e.mentions()) {
            if (!m.doc().equals(doc)) {
                continue;
            }
            for (Span h : m.highlights()) {
                if ("cue".equals(h.label())) {
                    gap = Math.min(gap, h.end() <= from ? from - h.end() : h.start() >= to ? h.start() - to : 0);
                }
            }
        }
        return gap;
    }

    private static boolean covers(Event e, String doc, int offset) {
        for (Evidence m : e.mentions()) {
            if (m.doc().equals(doc) && m.start() <= offset && offset < m.end()) {
                return true;
            }
        }
        return false;
    }

    static Set<String> actorKeys(Event e) {
        Set<String> out = new HashSet<>();
        for (Actor a : e.actors()) {
            out.add(a.role().label() + ":" + a.id());
        }
        return out;
    }

    static Set<String> quantityKeys(Event e) {
        Set<String> out = new HashSet<>();
        for (Quantity q : e.quantities()) {
            out.add(q.item() + ":" + q.count());
        }
        return out;
    }

    /**
     * Whether the place found is the gold's: the same name, the gazetteer entry the gold's name is looked up as (the
     * same transliteration question every analyst meets), or a site in the gold's town ("Engels Air Base" for
     * "Engels"). Not a town near it: "Lysychansk" is not "Sievierodonetsk".
     */
    private boolean samePlace(Location found, String gold) {
        if (gold == null) {
            return false;
        }
        if (norm(found.name()).equals(norm(gold))) {
            return true;
        }
        if (found.precision() == GeoPrecision.POINT && norm(found.name()).startsWith(norm(gold) + " ")) {
            return true;
        }
        return places != null && places.find(gold).filter(g -> g.name().equals(found.name())
                && Math.abs(g.lat() - found.lat()) < 1e-6 && Math.abs(g.lon() - found.lon()) < 1e-6).isPresent();
    }

    /** A place's name without the word for its kind of region ("Krasnodar Krai" is the "Krasnodar region"). */
    private static String norm(String s) {
        String n = s.toLowerCase(Locale.ROOT).replace(" region", "").replace(" oblast", "").replace(" krai", "")
                .replace(".", "").trim();
        return n.startsWith("saint ") ? "st " + n.substring("saint ".length()) : n;
    }
}
