package org.sitrep.model;

import java.util.List;
import java.util.Objects;

/** A real-world happening with every mention that reports it. */
public record Event(String id, EventType type, List<String> modes, List<String> contexts, Factuality factuality,
                    EventDate date, List<Actor> actors, Location location, List<Quantity> quantities,
                    List<String> claimedBy, List<Evidence> mentions, Sources sources, List<Dispute> disputes) {
    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        modes = List.copyOf(modes);
        contexts = List.copyOf(contexts);
        actors = List.copyOf(actors);
        quantities = List.copyOf(quantities);
        claimedBy = List.copyOf(claimedBy);
        mentions = List.copyOf(mentions);
        disputes = List.copyOf(disputes);
    }

    /** An event on whose fields its sources agree. */
    public Event(String id, EventType type, List<String> modes, List<String> contexts, Factuality factuality,
                 EventDate date, List<Actor> actors, Location location, List<Quantity> quantities,
                 List<String> claimedBy, List<Evidence> mentions, Sources sources) {
        this(id, type, modes, contexts, factuality, date, actors, location, quantities, claimedBy, mentions, sources,
                List.of());
    }

    /** An event known from a single mention. */
    public static Event of(String id, Mention m) {
        return new Event(id, m.type(), m.modes(), m.contexts(), m.factuality(), m.date(), m.actors(),
                m.location(), m.quantities(), m.claimedBy(), List.of(m.evidence()), new Sources(1, 1));
    }
}
