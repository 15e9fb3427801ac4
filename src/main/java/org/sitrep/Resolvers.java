package org.sitrep;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.sitrep.cluster.Affiliations;
import org.sitrep.extract.ActorLookup;
import org.sitrep.extract.PlaceLookup;
import org.sitrep.model.Location;
import org.sitrep.resolve.ActorEntry;
import org.sitrep.resolve.ActorResolver;
import org.sitrep.resolve.Gazetteer;
import org.sitrep.resolve.Place;
import org.sitrep.resolve.UserAliases;
import org.sitrep.resolve.UserFileException;

/**
 * The actor tables and gazetteer, adapted to what extraction asks of them, with the user's own aliases and places
 * applied (see {@link UserAliases} and docs/user-aliases.md).
 */
public record Resolvers(ActorResolver actors, Gazetteer gazetteer) {

    /** The name of the user's alias file in the sitrep data directory. */
    public static final String USER_FILE_NAME = "aliases.tsv";

    /** The shipped tables only. */
    public static Resolvers loadDefault() {
        return new Resolvers(ActorResolver.loadDefault(), Gazetteer.loadDefault());
    }

    /**
     * The shipped tables with a user alias file applied; null applies none.
     *
     * @throws UserFileException when the file is missing, unreadable or has a bad line (message: path:line)
     */
    public static Resolvers load(Path userFile) {
        Resolvers shipped = loadDefault();
        return userFile == null ? shipped : shipped.withUser(UserAliases.read(userFile));
    }

    /**
     * The file to apply when the user names none: {@code aliases.tsv} in the sitrep data directory
     * ({@code $XDG_DATA_HOME/sitrep}, else {@code ~/.local/share/sitrep}, where the default database lives), if it
     * exists; else null.
     */
    public static Path defaultUserFile() {
        return defaultUserFile(System::getenv, Path.of(System.getProperty("user.home")));
    }

    static Path defaultUserFile(UnaryOperator<String> env, Path home) {
        String xdg = env.apply("XDG_DATA_HOME");
        // The XDG spec says relative values are invalid and must be ignored, as DefaultDatabase does.
        Path data = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg) : home.resolve(".local").resolve("share");
        Path file = data.resolve("sitrep").resolve(USER_FILE_NAME);
        return Files.isRegularFile(file) ? file : null;
    }

    /** These resolvers with the user's entries added; they win over the shipped data. */
    public Resolvers withUser(UserAliases user) {
        return user.isEmpty() ? this : new Resolvers(actors.withUser(user), gazetteer.withUser(user));
    }

    /** Whom each known person acts for, the user's people included, as merging reads it. */
    public Affiliations affiliations() {
        return Affiliations.of(actors.statesOfPeople());
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

            @Override
            public Optional<Match> state(String iso3) {
                return actors.country(iso3).map(Resolvers::match);
            }
        };
    }

    public PlaceLookup placeLookup() {
        return new PlaceLookup() {
            @Override
            public Optional<Location> find(String phrase) {
                return gazetteer.find(phrase).map(Place::toLocation);
            }

            @Override
            public Optional<Location> country(String iso2) {
                return gazetteer.country(iso2).map(Place::toLocation);
            }

            @Override
            public Optional<Location> capitalOf(String iso2) {
                return gazetteer.capitalOf(iso2).map(Place::toLocation);
            }

            @Override
            public Optional<Location> find(String phrase, Location within) {
                Optional<Place> container = within == null ? Optional.empty()
                        : gazetteer.place(within.name(), within.country(), within.admin1());
                return gazetteer.findWithin(phrase, container.orElse(null)).map(Place::toLocation);
            }
        };
    }

    private static ActorLookup.Match match(ActorEntry e) {
        return new ActorLookup.Match(e.id(), e.name(), e.kind(), e.countryIso3());
    }
}
