package org.sitrep.extract;

import org.sitrep.model.GeoPrecision;
import org.sitrep.nlp.EntitySpan;

/**
 * Whether a name the tagger found stands for a place. The tagger's models predate the war's spellings: it reads
 * "Odesa" and "Vovchansk" as people as often as places. A one-word name it calls a person is a place when the
 * gazetteer knows it as a town and the actor tables know no one by it; so is a name of two or three words that is the
 * town's own name ("Chasiv Yar"); any other full name ("Pavel Malkov") stays a person.
 */
final class Toponyms {

    /** Words of the longest town name a tagger takes for a person: "Chasiv Yar", "Nova Kakhovka". */
    private static final int MAX_WORDS = 3;

    private final PlaceLookup places;
    private final ActorLookup actors;

    Toponyms(PlaceLookup places, ActorLookup actors) {
        this.places = places;
        this.actors = actors;
    }

    boolean isPlace(EntitySpan e) {
        if (e == null) {
            return false;
        }
        if (e.isPlaceLike()) {
            return true;
        }
        // A name of several words only when the gazetteer knows it whole: "Chasiv Yar", "Velyka Novosilka".
        return "PERSON".equals(e.ner()) && e.tokenEnd() - e.tokenStart() <= MAX_WORDS
                && places.find(e.text()).filter(l -> l.precision() == GeoPrecision.CITY)
                .filter(l -> e.tokenEnd() - e.tokenStart() == 1 || l.name().equalsIgnoreCase(e.text())).isPresent()
                && actors.resolve(e.text(), null).filter(m -> m.id().startsWith("person:")).isEmpty();
    }
}
