package org.sitrep.extract;

import java.time.LocalDate;
import java.util.Optional;

/** What extraction needs from actor resolution: a noun phrase, as written, to a canonical entity. */
public interface ActorLookup {

    /**
     * @param id      canonical id (ISO 3166 alpha-3, organisation code, person:...)
     * @param kind    country, government, military, intelligence, organisation, person, ...
     * @param country ISO 3166 alpha-3 of the state it belongs to, or null
     */
    record Match(String id, String name, String kind, String country) {
    }

    Optional<Match> resolve(String phrase, LocalDate date);

    /** The country whose ISO 3166 alpha-2 code is given. */
    Optional<Match> country(String iso2);

    /** The country whose ISO 3166 alpha-3 code (an actor id, a person's {@link Match#country()}) is given. */
    Optional<Match> state(String iso3);
}
