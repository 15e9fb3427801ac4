package org.sitrep;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import org.sitrep.extract.ActorLookup;
import org.sitrep.extract.PlaceLookup;
import org.sitrep.resolve.ActorEntry;
import org.sitrep.resolve.ActorResolver;
import org.sitrep.resolve.Gazetteer;

/** The actor tables and gazetteer, adapted to what extraction asks of them. */
public record Resolvers(ActorResolver actors, Gazetteer gazetteer) {

    public static Resolvers loadDefault() {
        return new Resolvers(ActorResolver.loadDefault(), Gazetteer.loadDefault());
    }

    /** Adds the user's own aliases and places (plain TSV files), when they exist. */
    public Resolvers withUserFiles(Path actorFile, Path placeFile) {
        ActorResolver a = actorFile != null && Files.isRegularFile(actorFile) ? actors.withUserEntries(actorFile) : actors;
        Gazetteer g = placeFile != null && Files.isRegularFile(placeFile) ? gazetteer.withUserEntries(placeFile) : gazetteer;
        return new Resolvers(a, g);
    }

    public ActorLookup actorLookup() {
        return new ActorLookup() {
            @Override
            public Optional<Match> resolve(String phrase, LocalDate date) {
                return actors.resolve(phrase, date).map(Resolvers::match);
            }

            @Override
            public Optional<Match> country(String iso2) {
                try {
                    String iso3 = new Locale("", iso2).getISO3Country();
                    return actors.country(iso3).map(Resolvers::match);
                } catch (MissingResourceException e) {
                    return Optional.empty();
                }
            }
        };
    }

    public PlaceLookup placeLookup() {
        return phrase -> gazetteer.find(phrase).map(p -> p.toLocation());
    }

    private static ActorLookup.Match match(ActorEntry e) {
        return new ActorLookup.Match(e.id(), e.name(), e.kind(), e.countryIso3());
    }
}
