package org.sitrep.model;

import java.util.List;
import java.util.Objects;

/** One event as one article reports it: what extraction produces from a sentence. */
public record Mention(EventType type, List<String> modes, List<String> contexts, Factuality factuality,
                      EventDate date, List<Actor> actors, Location location, List<Quantity> quantities,
                      List<String> claimedBy, Evidence evidence) {
    public Mention {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(factuality, "factuality");
        Objects.requireNonNull(evidence, "evidence");
        modes = List.copyOf(modes);
        contexts = List.copyOf(contexts);
        actors = List.copyOf(actors);
        quantities = List.copyOf(quantities);
        claimedBy = List.copyOf(claimedBy);
    }
}
