package org.sitrep.extract;

import org.sitrep.model.GeoPrecision;
import org.sitrep.nlp.EntitySpan;

/**
 * Whether a name the tagger found stands for a place. The tagger's models predate the war's spellings: it reads
 * "Odesa" and "Vovchansk" as people as often as places. A one-word name it calls a person is a place when the
 * gazetteer knows it as a town and the actor tables know no one by it; a full name ("Pavel Malkov") stays a person.
 */
final class Toponyms {

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
        return "PERSON".equals(e.ner()) && e.tokenEnd() - e.tokenStart() == 1
                && places.find(e.text()).filter(l -> l.precision() == GeoPrecision.CITY).isPresent()
                && actors.resolve(e.text(), null).filter(m -> m.id().startsWith("person:")).isEmpty();
    }
}
