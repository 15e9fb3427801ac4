package org.sitrep.cluster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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

/** Hand-built mentions for the merging tests: one article's report of one event, field by field. */
final class Reports {

    static final Location KYIV = new Location("Kyiv", "UA", "Kyiv City", 50.45, 30.52, GeoPrecision.CITY);
    static final Location KHARKIV = new Location("Kharkiv", "UA", "Kharkiv Oblast", 49.99, 36.23, GeoPrecision.CITY);
    static final Location ODESA = new Location("Odesa", "UA", "Odesa Oblast", 46.48, 30.73, GeoPrecision.CITY);
    static final Location KHARKIV_REGION = new Location("Kharkiv Oblast", "UA", "Kharkiv Oblast", 49.5, 36.5,
            GeoPrecision.REGION);
    static final Location UKRAINE = new Location("Ukraine", "UA", null, 49.0, 32.0, GeoPrecision.COUNTRY);

    private final String doc;
    private final LocalDate published;
    private EventType type = EventType.ASSAULT;
    private Factuality factuality = Factuality.REPORTED;
    private EventDate date;
    private Location location;
    private final List<Actor> actors = new ArrayList<>();
    private final List<Quantity> quantities = new ArrayList<>();
    private int start;
    private String text = "";
    private String source;
    private final List<String> read = new ArrayList<>();

    private Reports(String doc, String published) {
        this.doc = doc;
        this.published = published == null ? null : LocalDate.parse(published);
        this.date = this.published == null ? null : EventDate.day(this.published);
    }

    /** A report in article {@code doc}, published on {@code published} (null: unknown), dated that day. */
    static Reports in(String doc, String published) {
        return new Reports(doc, published);
    }

    Reports type(EventType t) {
        type = t;
        return this;
    }

    Reports factuality(Factuality f) {
        factuality = f;
        return this;
    }

    Reports day(String d) {
        date = EventDate.day(LocalDate.parse(d));
        return this;
    }

    Reports night(String morning) {
        date = EventDate.nightEnding(LocalDate.parse(morning));
        return this;
    }

    Reports range(String from, String to, DatePrecision p) {
        date = new EventDate(LocalDate.parse(from), LocalDate.parse(to), p);
        return this;
    }

    Reports undated() {
        date = null;
        return this;
    }

    Reports at(Location l) {
        location = l;
        return this;
    }

    Reports actor(String id) {
        actors.add(new Actor(Role.ACTOR, id, id, List.of(id)));
        return this;
    }

    Reports actor(String id, String name) {
        actors.add(new Actor(Role.ACTOR, name, id, List.of(name)));
        return this;
    }

    Reports recipient(String id) {
        actors.add(new Actor(Role.RECIPIENT, id, id, List.of(id)));
        return this;
    }

    Reports count(String item, long n, Bound bound, String status) {
        quantities.add(new Quantity(item, null, n, bound, status, start, start + 3));
        return this;
    }

    Reports count(String item, long n, String status) {
        return count(item, n, Bound.EXACT, status);
    }

    Reports sentence(int offset, String words) {
        start = offset;
        text = words;
        return this;
    }

    /** Marks these words of the sentence as parts extraction read (cue, names, date), as extraction would. */
    Reports read(String... words) {
        read.addAll(List.of(words));
        return this;
    }

    Reports source(String outlet) {
        source = outlet;
        return this;
    }

    MentionRecord build() {
        List<Span> highlights = new ArrayList<>();
        for (String w : read) {
            int at = text.indexOf(w);
            if (at < 0) {
                throw new IllegalArgumentException("'" + w + "' is not in \"" + text + "\"");
            }
            highlights.add(new Span(start + at, start + at + w.length(), "read"));
        }
        Evidence ev = new Evidence(doc, "article-" + doc, source, start, start + Math.max(1, text.length()), text,
                highlights);
        Mention m = new Mention(type, List.of(), List.of(), factuality, date, actors, location, quantities, List.of(),
                ev);
        return new MentionRecord(org.sitrep.model.Ids.mention("article-" + doc, m), m, published);
    }
}
