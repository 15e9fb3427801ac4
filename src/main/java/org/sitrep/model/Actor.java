package org.sitrep.model;

import java.util.List;
import java.util.Objects;

/**
 * A participant in an event, resolved to a canonical entity.
 *
 * @param id      canonical id: ISO 3166 alpha-3 for countries and their governments and forces ("RUS"),
 *                an organisation code ("NATO"), or a person id ("person:volodymyr-zelensky")
 * @param name    canonical name
 * @param aliases the surface forms this event's sources used for it
 */
public record Actor(Role role, String name, String id, List<String> aliases) {
    public Actor {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(id, "id");
        aliases = List.copyOf(aliases);
    }
}
