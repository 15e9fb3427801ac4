package org.sitrep.extract;

import java.util.Optional;
import org.sitrep.model.Location;

/** What extraction needs from the gazetteer: a place name, as written, to a located place. */
public interface PlaceLookup {
    Optional<Location> find(String phrase);

    /**
     * The place a phrase names inside a larger place the text gives ("Novoselivka in the Donetsk region"): the one
     * of that name inside {@code within} when there is one, else as {@link #find(String)}.
     */
    default Optional<Location> find(String phrase, Location within) {
        return find(phrase);
    }

    /** A country (ISO 3166-1 alpha-2) as a place; empty when unknown. */
    default Optional<Location> country(String iso2) {
        return Optional.empty();
    }

    /** The national capital of a country (ISO 3166-1 alpha-2), for "the capital"; empty when unknown. */
    default Optional<Location> capitalOf(String iso2) {
        return Optional.empty();
    }
}
