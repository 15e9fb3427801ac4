package org.sitrep.store;

import java.time.LocalDate;
import java.util.List;
import org.sitrep.model.Actor;
import org.sitrep.model.Article;
import org.sitrep.model.Bound;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventType;
import org.sitrep.model.Evidence;
import org.sitrep.model.Factuality;
import org.sitrep.model.GeoPrecision;
import org.sitrep.model.Ids;
import org.sitrep.model.Location;
import org.sitrep.model.Mention;
import org.sitrep.model.Quantity;
import org.sitrep.model.Role;
import org.sitrep.model.Sources;
import org.sitrep.model.Span;

/** Small hand-built articles and events shared by the store, query and export tests. */
public final class Fixtures {
    public static final String KYIV_SENTENCE = "Russia launched 116 Shahed drones at Kyiv overnight, killing 2, "
            + "Ukraine's air force said.";

    public static final Article A1 = new Article("a1", "001_kyiv", "Kyiv Independent", "https://kyivindependent.com/x",
            "Russia attacks Kyiv", LocalDate.of(2024, 10, 21), "Intro. " + KYIV_SENTENCE, "samples/001_kyiv.txt");
    public static final Article A2 = new Article("a2", "002_wire", "Reuters", null, null, LocalDate.of(2024, 10, 22),
            "Wire copy. Russia struck Kyiv with drones.", "samples/feed.jsonl:2");
    public static final Article UNDATED = new Article("a0", "000_note", null, null, null, null, "No date.", "-");

    private Fixtures() {
    }

    /** A drone attack on Kyiv with every field set. */
    public static Event kyivStrike() {
        return new Event("e1", EventType.ASSAULT, List.of("drone"), List.of("military"), Factuality.REPORTED,
                EventDate.nightEnding(LocalDate.of(2024, 10, 21)),
                List.of(new Actor(Role.ACTOR, "Russia", "RUS", List.of("Russian forces", "Russia")),
                        new Actor(Role.RECIPIENT, "Ukraine", "UKR", List.of("Kyiv"))),
                new Location("Kyiv", "UA", "Kyiv City", 50.45, 30.52, GeoPrecision.CITY),
                List.of(new Quantity("drone", "Shahed", 116, Bound.EXACT, "launched", 23, 41),
                        new Quantity("killed", null, 2, Bound.AT_LEAST, null, 70, 79)),
                List.of("Ukraine's air force"),
                List.of(new Evidence("001_kyiv", "a1", "Kyiv Independent", 7, 7 + KYIV_SENTENCE.length(), KYIV_SENTENCE,
                        List.of(new Span(14, 22, "cue"), new Span(7, 13, "actor")))),
                new Sources(1, 1));
    }

    /** A protest in Lviv, dated to a day, before the strike. */
    public static Event lvivProtest() {
        return new Event("e2", EventType.PROTEST, List.of("demo"), List.of(), Factuality.REPORTED,
                EventDate.day(LocalDate.of(2024, 9, 1)),
                List.of(new Actor(Role.ACTOR, "Протестувальники", "UKR:civ", List.of("ЗСУ veterans"))),
                new Location("Lviv", "UA", "Lviv Oblast", 49.84, 24.03, GeoPrecision.CITY),
                List.of(), List.of(),
                List.of(new Evidence("001_kyiv", "a1", "Kyiv Independent", 0, 6, "Intro.", List.of())),
                new Sources(1, 1));
    }

    /** A planned agreement with no date and no place. */
    public static Event plannedDeal() {
        return new Event("e3", EventType.AGREE, List.of(), List.of("economic"), Factuality.FUTURE, null,
                List.of(new Actor(Role.ACTOR, "United States", "USA", List.of()),
                        new Actor(Role.RECIPIENT, "Ukraine", "UKR", List.of())),
                null, List.of(), List.of(),
                List.of(new Evidence("001_kyiv", "a1", "Kyiv Independent", 0, 6, "Intro.", List.of())),
                new Sources(1, 1));
    }

    /** The same strike as {@link #kyivStrike()}, read from another article by another outlet. */
    public static Event kyivStrikeFrom(Article a) {
        Event e = kyivStrike();
        Evidence ev = new Evidence(a.doc(), a.id(), a.source(), 11, 43, "Russia struck Kyiv with drones.",
                List.of(new Span(18, 24, "cue")));
        return new Event(e.id(), e.type(), List.of("aerial"), e.contexts(), e.factuality(), e.date(), List.of(),
                null, List.of(), List.of(), List.of(ev), new Sources(1, 1));
    }

    /** {@link #kyivStrike()} as the mention extraction reads from {@link #A1}. */
    public static Mention kyivStrikeMention() {
        return mentionOf(kyivStrike());
    }

    /** {@link #lvivProtest()} as a mention of {@link #A1}. */
    public static Mention lvivProtestMention() {
        return mentionOf(lvivProtest());
    }

    /** {@link #plannedDeal()} as a mention of {@link #A1}. */
    public static Mention plannedDealMention() {
        return mentionOf(plannedDeal());
    }

    /**
     * The same strike as {@link #kyivStrikeMention()}, told by another article in other words: same night, actor and
     * place, no counts.
     */
    public static Mention kyivStrikeMentionFrom(Article a) {
        Event e = kyivStrike();
        Mention m = mentionOf(kyivStrikeFrom(a));
        return new Mention(m.type(), m.modes(), m.contexts(), m.factuality(), m.date(), List.of(e.actors().get(0)),
                e.location(), List.of(), List.of(), m.evidence());
    }

    /** The event a lone mention of this article makes, as the store gives it back. */
    public static Event eventOf(Article a, Mention m) {
        return Event.of(Ids.eventFoundedBy(a.id(), m), m);
    }

    public static Mention mentionOf(Event e) {
        return new Mention(e.type(), e.modes(), e.contexts(), e.factuality(), e.date(), e.actors(), e.location(),
                e.quantities(), e.claimedBy(), e.mentions().get(0));
    }
}
