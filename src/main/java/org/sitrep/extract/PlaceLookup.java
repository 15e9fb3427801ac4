package org.sitrep.extract;

import java.util.Optional;
import org.sitrep.model.Location;

/** What extraction needs from the gazetteer: a place name, as written, to a located place. */
public interface PlaceLookup {
    Optional<Location> find(String phrase);
}
