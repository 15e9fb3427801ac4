package org.sitrep.resolve;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The user's own actors, aliases and places: one plain tab-separated file, read at start-up and applied without
 * rebuilding anything (docs/user-aliases.md has the format with examples). Lines starting with {@code #} and
 * blank lines are ignored; the first field of every other line says what it is:
 *
 * <pre>
 * actor   ALIAS  TARGET                                  another name of a known actor (id or canonical name)
 * actor   ALIAS  ID  NAME  KIND  [COUNTRY_ISO3]          an actor sitrep does not know
 * person  ID  NAME  COUNTRY_ISO3  [ALIASES  [TITLE  FROM  [TO]]]   a person, with the office held from FROM
 * place   ALIAS  PLACE  [COUNTRY_ISO2]                   another name of a known place ("Artemivsk" for Bakhmut)
 * place   NAME  LAT  LON  COUNTRY_ISO2  [ADMIN1  [ALIASES]]        a place the gazetteer lacks
 * </pre>
 * ALIASES are separated by {@code |}. A place line whose third field is a number is a new place.
 *
 * <p>This class checks each line on its own; {@link ActorResolver#withUser} and {@link Gazetteer#withUser}
 * check what refers to other data (a TARGET or PLACE must be known) and report the line too.
 *
 * @param file the file read, or null for none
 */
public record UserAliases(Path file, List<ActorAlias> actorAliases, List<NewActor> actors, List<NewPerson> people,
                          List<PlaceAlias> placeAliases, List<NewPlace> places) {

    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");
    private static final Pattern ISO2 = Pattern.compile("[A-Z]{2}");
    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?");
    private static final String FORMAT = "see docs/user-aliases.md";

    public UserAliases {
        actorAliases = List.copyOf(actorAliases);
        actors = List.copyOf(actors);
        people = List.copyOf(people);
        placeAliases = List.copyOf(placeAliases);
        places = List.copyOf(places);
    }

    /** {@code alias} names the known actor {@code target} (an id or a canonical name). */
    public record ActorAlias(String where, String alias, String target) {
    }

    /** An actor the shipped tables lack, named by {@code alias}. */
    public record NewActor(String where, String alias, ActorEntry entry) {
    }

    /**
     * A person, with the office they hold from {@code from} ({@code title} null when the line names none; {@code to}
     * null while in office).
     */
    public record NewPerson(String where, ActorEntry entry, List<String> aliases, String title, LocalDate from,
                            LocalDate to) {
        public NewPerson {
            aliases = List.copyOf(aliases);
        }
    }

    /** {@code alias} is another name of the known place {@code place}, in {@code country} when given. */
    public record PlaceAlias(String where, String alias, String place, String country) {
    }

    /** A place the gazetteer lacks. */
    public record NewPlace(String where, String name, double lat, double lon, String country, String admin1,
                           List<String> aliases) {
        public NewPlace {
            aliases = List.copyOf(aliases);
        }
    }

    public static UserAliases none() {
        return new UserAliases(null, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public boolean isEmpty() {
        return actorAliases.isEmpty() && actors.isEmpty() && people.isEmpty() && placeAliases.isEmpty()
                && places.isEmpty();
    }

    /**
     * Reads and checks a user file.
     *
     * @throws UserFileException if the file cannot be read or a line is malformed (message: path:line and how to fix)
     */
    public static UserAliases read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UserFileException("alias file " + file + " does not exist; create it or leave out --aliases");
        } catch (MalformedInputException e) {
            throw new UserFileException("alias file " + file + " is not UTF-8 text; save it as UTF-8");
        } catch (IOException e) {
            throw new UserFileException("cannot read alias file " + file + ": " + e.getMessage());
        }
        List<ActorAlias> actorAliases = new ArrayList<>();
        List<NewActor> actors = new ArrayList<>();
        List<NewPerson> people = new ArrayList<>();
        List<PlaceAlias> placeAliases = new ArrayList<>();
        List<NewPlace> places = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (i == 0 && line.startsWith("\ufeff")) {
                line = line.substring(1);
            }
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            Line l = new Line(file + ":" + (i + 1), Arrays.stream(line.split("\t", -1)).map(String::strip).toList());
            switch (l.get(0).toLowerCase(Locale.ROOT)) {
                case "actor" -> {
                    if (l.size() == 3) {
                        actorAliases.add(new ActorAlias(l.where(), l.required(1, "alias"), l.required(2, "actor")));
                    } else {
                        l.columns(5, 6, "actor ALIAS TARGET, or actor ALIAS ID NAME KIND [COUNTRY_ISO3]");
                        actors.add(new NewActor(l.where(), l.required(1, "alias"), new ActorEntry(l.required(2, "id"),
                                l.required(3, "name"), l.required(4, "kind"), l.iso3(5, true))));
                    }
                }
                case "person" -> people.add(person(l));
                case "place" -> {
                    if (l.size() >= 4 && NUMBER.matcher(l.get(2)).matches()) {
                        places.add(place(l));
                    } else {
                        l.columns(3, 4, "place ALIAS PLACE [COUNTRY_ISO2], or place NAME LAT LON COUNTRY_ISO2 "
                                + "[ADMIN1 [ALIASES]]");
                        placeAliases.add(new PlaceAlias(l.where(), l.required(1, "alias"), l.required(2, "place"),
                                l.iso2(3, true)));
                    }
                }
                default -> throw l.error("a line starts with actor, person or place, not '" + l.get(0) + "'");
            }
        }
        return new UserAliases(file, actorAliases, actors, people, placeAliases, places);
    }

    private static NewPerson person(Line l) {
        l.columns(4, 8, "person ID NAME COUNTRY_ISO3 [ALIASES [TITLE FROM [TO]]]");
        String id = l.required(1, "id");
        if (!id.startsWith("person:") || id.length() <= "person:".length()) {
            throw l.error("a person's id looks like person:first-last, not '" + id + "'");
        }
        ActorEntry entry = new ActorEntry(id, l.required(2, "name"), "person", l.iso3(3, false));
        String title = l.optional(5);
        LocalDate from = l.date(6);
        LocalDate to = l.date(7);
        if (title != null && from == null) {
            throw l.error("an office needs the day it began: add FROM (YYYY-MM-DD) after the title");
        }
        if (title == null && (from != null || to != null)) {
            throw l.error("office dates need a title before them (e.g. defence minister)");
        }
        if (to != null && !to.isAfter(from)) {
            throw l.error("the office ends (" + to + ") before it begins (" + from + ")");
        }
        return new NewPerson(l.where(), entry, l.list(4), title, from, to);
    }

    private static NewPlace place(Line l) {
        l.columns(5, 7, "place NAME LAT LON COUNTRY_ISO2 [ADMIN1 [ALIASES]]");
        double lat = l.number(2, "latitude");
        double lon = l.number(3, "longitude");
        if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
            throw l.error("coordinates " + lat + ", " + lon + " are out of range: latitude -90..90, longitude "
                    + "-180..180, in decimal degrees (Bakhmut is 48.5953, 38.0003)");
        }
        return new NewPlace(l.where(), l.required(1, "name"), lat, lon, l.iso2(4, false), l.optional(5), l.list(6));
    }

    /** One line's fields, with helpers that fail with the line's place and a fix. */
    private record Line(String where, List<String> fields) {
        String get(int i) {
            return i < fields.size() ? fields.get(i) : "";
        }

        int size() {
            int n = fields.size();
            while (n > 0 && fields.get(n - 1).isEmpty()) {
                n--;
            }
            return n;
        }

        void columns(int min, int max, String shape) {
            if (size() < min || size() > max) {
                throw error("expected " + shape + " (tab-separated), got " + size() + " fields");
            }
        }

        String required(int i, String what) {
            if (get(i).isEmpty()) {
                throw error(what + " is missing (field " + (i + 1) + ")");
            }
            return get(i);
        }

        String optional(int i) {
            return get(i).isEmpty() ? null : get(i);
        }

        List<String> list(int i) {
            return Arrays.stream(get(i).split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }

        String iso3(int i, boolean optional) {
            String v = get(i);
            if (v.isEmpty() && optional) {
                return null;
            }
            if (!ISO3.matcher(v).matches()) {
                throw error("'" + v + "' is not an ISO 3166-1 alpha-3 country code (UKR, RUS, USA)");
            }
            return v;
        }

        String iso2(int i, boolean optional) {
            String v = get(i);
            if (v.isEmpty() && optional) {
                return null;
            }
            if (!ISO2.matcher(v).matches()) {
                throw error("'" + v + "' is not an ISO 3166-1 alpha-2 country code (UA, RU, PL)");
            }
            return v;
        }

        double number(int i, String what) {
            if (!NUMBER.matcher(get(i)).matches()) {
                throw error(what + " '" + get(i) + "' is not a decimal number such as 48.5953");
            }
            return Double.parseDouble(get(i));
        }

        LocalDate date(int i) {
            if (get(i).isEmpty()) {
                return null;
            }
            try {
                return LocalDate.parse(get(i));
            } catch (DateTimeParseException e) {
                throw error("'" + get(i) + "' is not a date; write it as YYYY-MM-DD");
            }
        }

        UserFileException error(String message) {
            return new UserFileException(where + ": " + message + "; " + FORMAT);
        }
    }
}
