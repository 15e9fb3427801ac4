package org.sitrep.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.sitrep.model.Article;
import org.sitrep.model.Bound;
import org.sitrep.model.Dispute;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Evidence;
import org.sitrep.model.Sources;
import org.sitrep.query.AttackTallies;
import org.sitrep.query.Period;

/**
 * A situation report for a day or a range of days, built from stored events with plain templates: headline
 * counts and the attack figures, then the events that happened, grouped by theatre ({@link Theatres}) and type
 * ({@link TypeLabels}), one line each with its counts, claimant, independent sources and disputes, citing its
 * articles by number; then what was only planned, possible or denied; then the numbered sources.
 *
 * <p>Which events: those whose date belongs to the range by {@link Period#inRange} (a night counts for the
 * morning it ends; a coarser date must lie inside the range). {@link #markdown()} and {@link #html()} render it;
 * every text that comes from articles is escaped for the format.
 *
 * @param from        first day covered
 * @param to          last day covered
 * @param summary     headline counts
 * @param sections    events that happened, by theatre, in theatre order
 * @param unconfirmed events in range that are future, hypothetical or negated
 * @param sources     cited articles, numbered in order of first citation
 */
public record Brief(LocalDate from, LocalDate to, Summary summary, List<Section> sections, List<Line> unconfirmed,
                    List<Source> sources) {

    public Brief {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        sections = List.copyOf(sections);
        unconfirmed = List.copyOf(unconfirmed);
        sources = List.copyOf(sources);
    }

    /**
     * @param events   events that happened in range
     * @param articles distinct articles (or documents) reporting them
     * @param outlets  distinct named outlets
     * @param disputed events whose sources disagree on some field
     * @param byType   section heading of each type present, with its number of events, in brief order
     * @param attacks  the nightly attack figures for the range
     */
    public record Summary(int events, int articles, int outlets, int disputed, Map<String, Integer> byType,
                          AttackTallies attacks) {
        public Summary {
            byType = Collections.unmodifiableMap(new LinkedHashMap<>(byType));
        }
    }

    public record Section(String theatre, List<Group> groups) {
        public Section {
            groups = List.copyOf(groups);
        }
    }

    public record Group(EventType type, String heading, List<Line> lines) {
        public Group {
            lines = List.copyOf(lines);
        }
    }

    /**
     * One event in words.
     *
     * @param when       "night of 20–21 Oct"
     * @param what       "Drone attack", "Visit"
     * @param who        "Russia → Ukraine"
     * @param place      location name, or null
     * @param counts     "116 Shahed drones launched", "at least 2 killed"
     * @param claimedBy  as the articles attribute it
     * @param disputes   "116 vs 110 drones launched"
     * @param citations  numbers of {@link Brief#sources()}
     */
    public record Line(String eventId, String factuality, String when, String what, String who, String place,
                       List<String> counts, List<String> claimedBy, Sources sources, List<String> disputes,
                       List<Integer> citations) {
        public Line {
            counts = List.copyOf(counts);
            claimedBy = List.copyOf(claimedBy);
            disputes = List.copyOf(disputes);
            citations = List.copyOf(citations);
        }
    }

    /** A cited article; everything but number and doc may be null when unknown. */
    public record Source(int number, String doc, String outlet, String title, LocalDate published, String url) {
    }

    /** Builds the brief with the shipped theatre and type tables. */
    public static Brief of(Collection<Event> events, Function<String, Optional<Article>> articles,
                           LocalDate from, LocalDate to) {
        return of(events, articles, from, to, Theatres.loadDefault(), TypeLabels.loadDefault());
    }

    /**
     * @param events   any events; those outside the range are left out
     * @param articles looks an article up by its content id, for titles, dates and links of the sources
     */
    public static Brief of(Collection<Event> events, Function<String, Optional<Article>> articles,
                           LocalDate from, LocalDate to, Theatres theatres, TypeLabels labels) {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("the brief's range is empty: " + from + " is after " + to);
        }
        boolean withYear = from.getYear() != to.getYear();
        Comparator<Event> chronological = Comparator.comparing((Event e) -> e.date().end())
                .thenComparing(e -> e.date().start()).thenComparing(Event::id);
        List<Event> happened = new ArrayList<>();
        List<Event> unconfirmedEvents = new ArrayList<>();
        for (Event e : events) {
            if (!Period.inRange(e.date(), from, to)) {
                continue;
            }
            (e.factuality() != null && e.factuality().happened() ? happened : unconfirmedEvents).add(e);
        }
        happened.sort(chronological);
        unconfirmedEvents.sort(chronological);

        Map<Theatres.Theatre, Map<Integer, List<Event>>> byTheatre = new TreeMap<>();
        for (Event e : happened) {
            int typeRank = labels.order().indexOf(e.type());
            byTheatre.computeIfAbsent(theatres.of(e), k -> new TreeMap<>())
                    .computeIfAbsent(typeRank, k -> new ArrayList<>()).add(e);
        }

        Citations citations = new Citations(articles);
        List<Section> sections = new ArrayList<>();
        byTheatre.forEach((theatre, byType) -> {
            List<Group> groups = new ArrayList<>();
            byType.forEach((rank, es) -> {
                EventType type = labels.order().get(rank);
                groups.add(new Group(type, labels.heading(type),
                        es.stream().map(e -> line(e, labels, citations, withYear)).toList()));
            });
            sections.add(new Section(theatre.name(), groups));
        });
        List<Line> unconfirmed = unconfirmedEvents.stream().map(e -> line(e, labels, citations, withYear)).toList();

        Map<String, Integer> byType = new LinkedHashMap<>();
        for (EventType t : labels.order()) {
            long n = happened.stream().filter(e -> e.type() == t).count();
            if (n > 0) {
                byType.put(labels.heading(t), (int) n);
            }
        }
        Set<String> articleKeys = new LinkedHashSet<>();
        Set<String> outlets = new LinkedHashSet<>();
        for (Event e : happened) {
            for (Evidence ev : e.mentions()) {
                articleKeys.add(ev.articleId() != null ? ev.articleId() : ev.doc());
                if (ev.source() != null && !ev.source().isBlank()) {
                    outlets.add(ev.source().strip());
                }
            }
        }
        int disputed = (int) happened.stream().filter(e -> !e.disputes().isEmpty()).count();
        Summary summary = new Summary(happened.size(), articleKeys.size(), outlets.size(), disputed, byType,
                AttackTallies.of(happened, from, to));
        return new Brief(from, to, summary, sections, unconfirmed, citations.sources());
    }

    /** The brief as Markdown, article text escaped. */
    public String markdown() {
        return BriefMarkdown.render(this);
    }

    /** The brief as a standalone HTML document (inline CSS, no scripts), article text escaped. */
    public String html() {
        return BriefHtml.render(this);
    }

    private static Line line(Event e, TypeLabels labels, Citations citations, boolean withYear) {
        List<String> counts = e.quantities().stream().map(EventWords::quantity).toList();
        List<String> disputes = e.disputes().stream().map(EventWords::dispute).toList();
        List<Integer> cited = new ArrayList<>();
        for (Evidence ev : e.mentions()) {
            int n = citations.number(ev);
            if (!cited.contains(n)) {
                cited.add(n);
            }
        }
        // "Russia → Ukraine, Ukraine" says the place twice.
        String place = e.location() == null || e.actors().stream().anyMatch(a -> a.name().equals(e.location().name()))
                ? null : e.location().name();
        return new Line(e.id(), e.factuality() == null ? null : e.factuality().label(),
                EventWords.when(e.date(), withYear), labels.noun(e), EventWords.who(e), place, counts,
                e.claimedBy(), e.sources(), disputes, cited);
    }

    /** Numbers articles in order of first citation. */
    private static final class Citations {
        private final Function<String, Optional<Article>> articles;
        private final Map<String, Source> byKey = new LinkedHashMap<>();

        Citations(Function<String, Optional<Article>> articles) {
            this.articles = articles;
        }

        int number(Evidence ev) {
            String key = ev.articleId() != null ? ev.articleId() : "doc:" + ev.doc();
            Source s = byKey.get(key);
            if (s == null) {
                Optional<Article> a = ev.articleId() == null ? Optional.empty() : articles.apply(ev.articleId());
                s = new Source(byKey.size() + 1, ev.doc(),
                        a.map(Article::source).orElse(ev.source()),
                        a.map(Article::title).orElse(null),
                        a.map(Article::published).orElse(null),
                        a.map(Article::url).orElse(null));
                byKey.put(key, s);
            }
            return s.number();
        }

        List<Source> sources() {
            return List.copyOf(byKey.values());
        }
    }

    /** Disputes of one attack figure in words: the other numbers its sources give. */
    static List<String> otherValues(AttackTallies.Figure f) {
        Set<String> out = new LinkedHashSet<>();
        f.alternatives().forEach(a -> out.add(EventWords.count(a.count(), a.bound())
                + (a.place() == null ? "" : " (" + a.place() + ")")));
        for (Dispute d : f.disputes()) {
            for (Dispute.Value v : d.values()) {
                if (!(v.value() instanceof Long n && n == f.count())) {
                    out.add(v.value() instanceof Long n ? EventWords.count(n, Bound.EXACT)
                            : v.value().toString());
                }
            }
        }
        return List.copyOf(out);
    }
}
