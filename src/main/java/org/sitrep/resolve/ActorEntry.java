package org.sitrep.resolve;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One resolved actor.
 *
 * @param id          canonical id: ISO 3166-1 alpha-3 for a country and its government, forces and other state
 *                    bodies ("RUS"), an organisation code ("NATO"), or a person id ("person:volodymyr-zelensky")
 * @param name        canonical name ("Russia", "North Atlantic Treaty Organization", "Volodymyr Zelensky")
 * @param kind        country, government, military, intelligence, police, state_company, organisation, person
 *                    (user entries may bring their own kinds)
 * @param countryIso3 the country the actor belongs to; null for organisations
 */
public record ActorEntry(String id, String name, String kind, String countryIso3) {
    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");

    public ActorEntry {
        requireText(id, "id");
        requireText(name, "name");
        requireText(kind, "kind");
        if (countryIso3 != null && !ISO3.matcher(countryIso3).matches()) {
            throw new IllegalArgumentException(
                    "countryIso3 must be three capital letters (ISO 3166-1 alpha-3) or null, got '" + countryIso3 + "'");
        }
    }

    private static void requireText(String value, String field) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
    }
}
