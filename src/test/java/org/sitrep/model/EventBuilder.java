package org.sitrep.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Hand-built events for tests: mutable builder in, immutable {@link Event} out. */
public final class EventBuilder {
    private final String id;
    private EventType type = EventType.ASSAULT;
    private final List<String> modes = new ArrayList<>();
    private Factuality factuality = Factuality.REPORTED;
    private EventDate date;
    private final List<Actor> actors = new ArrayList<>();
    private Location location;
    private final List<Quantity> quantities = new ArrayList<>();
    private final List<String> claimedBy = new ArrayList<>();
    private final List<Evidence> mentions = new ArrayList<>();
    private Sources sources;
    private final List<Dispute> disputes = new ArrayList<>();

    private EventBuilder(String id) {
        this.id = id;
    }

    public static EventBuilder event(String id) {
        return new EventBuilder(id);
    }

    public EventBuilder type(EventType t) {
        type = t;
        return this;
    }

    public EventBuilder modes(String... m) {
        modes.addAll(List.of(m));
        return this;
    }

    public EventBuilder factuality(Factuality f) {
        factuality = f;
        return this;
    }

    public EventBuilder date(EventDate d) {
        date = d;
        return this;
    }

    /** The night ending on the morning of {@code yyyy-mm-dd}. */
    public EventBuilder night(String morning) {
        return date(EventDate.nightEnding(LocalDate.parse(morning)));
    }

    public EventBuilder day(String day) {
        return date(EventDate.day(LocalDate.parse(day)));
    }

    public EventBuilder actor(String id, String name, String... aliases) {
        actors.add(new Actor(Role.ACTOR, name, id, List.of(aliases)));
        return this;
    }

    public EventBuilder recipient(String id, String name, String... aliases) {
        actors.add(new Actor(Role.RECIPIENT, name, id, List.of(aliases)));
        return this;
    }

    public EventBuilder russiaOnUkraine() {
        return actor("RUS", "Russia").recipient("UKR", "Ukraine");
    }

    public EventBuilder at(String name, String country, String admin1, GeoPrecision precision) {
        location = new Location(name, country, admin1, 0, 0, precision);
        return this;
    }

    public EventBuilder at(String name, String country, String admin1, double lat, double lon, GeoPrecision p) {
        location = new Location(name, country, admin1, lat, lon, p);
        return this;
    }

    public EventBuilder inUkraine() {
        return at("Ukraine", "UA", null, 49, 32, GeoPrecision.COUNTRY);
    }

    public EventBuilder count(String item, String subtype, long count, Bound bound, String status) {
        quantities.add(new Quantity(item, subtype, count, bound, status, 0, 0));
        return this;
    }

    public EventBuilder count(String item, long count, String status) {
        return count(item, null, count, Bound.EXACT, status);
    }

    public EventBuilder claimedBy(String... who) {
        claimedBy.addAll(List.of(who));
        return this;
    }

    /** A mention from article {@code doc} (article id "a-" + doc) of the outlet {@code source}. */
    public EventBuilder mention(String doc, String source, String text) {
        mentions.add(new Evidence(doc, "a-" + doc, source, 0, text.length(), text, List.of()));
        return this;
    }

    /** A mention of the whole of {@code text}, article {@code doc}, whose event word is the first {@code cue} in it. */
    public EventBuilder mentionWithCue(String doc, String text, String cue) {
        int at = text.indexOf(cue);
        mentions.add(new Evidence(doc, "a-" + doc, null, 0, text.length(), text,
                List.of(new Span(at, at + cue.length(), "cue"))));
        return this;
    }

    public EventBuilder sources(int articles, int independent) {
        sources = new Sources(articles, independent);
        return this;
    }

    public EventBuilder dispute(String field, Object... valuesAndDocs) {
        List<Dispute.Value> values = new ArrayList<>();
        for (int i = 0; i < valuesAndDocs.length; i += 2) {
            Object v = valuesAndDocs[i] instanceof Integer n ? Long.valueOf(n) : valuesAndDocs[i];
            values.add(new Dispute.Value(v, List.of(((String) valuesAndDocs[i + 1]).split(","))));
        }
        disputes.add(new Dispute(field, values));
        return this;
    }

    /** What one article reports: a mention with this builder's fields and its first evidence sentence. */
    public Mention buildMention() {
        if (mentions.isEmpty()) {
            mention("doc-" + id, "Outlet " + id, "Sentence of " + id + ".");
        }
        return new Mention(type, modes, List.of(), factuality, date, actors, location, quantities, claimedBy,
                mentions.get(0));
    }

    public Event build() {
        if (mentions.isEmpty()) {
            mention("doc-" + id, "Outlet " + id, "Sentence of " + id + ".");
        }
        Sources s = sources != null ? sources : new Sources(mentions.size(),
                (int) mentions.stream().map(Evidence::source).distinct().count());
        return new Event(id, type, modes, List.of(), factuality, date, actors, location, quantities, claimedBy,
                mentions, s, disputes);
    }
}
