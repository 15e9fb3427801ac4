package org.sitrep.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which state a person acts for, so that "Zelensky asked ..." and "Ukraine asked ..." can report one happening:
 * PLOVER codes a leader's act as the state's. Read from the actor tables' people file ({@code country_iso3}).
 */
public final class Affiliations {

    private static final String PEOPLE = "/actors/people.tsv";

    private final Map<String, String> stateOfPerson;

    private Affiliations(Map<String, String> stateOfPerson) {
        this.stateOfPerson = Map.copyOf(stateOfPerson);
    }

    /** Person id to ISO 3166-1 alpha-3 code. */
    public static Affiliations of(Map<String, String> stateOfPerson) {
        return new Affiliations(stateOfPerson);
    }

    public static Affiliations none() {
        return new Affiliations(Map.of());
    }

    /** The people shipped in the actor tables. */
    public static Affiliations loadDefault() {
        InputStream in = Affiliations.class.getResourceAsStream(PEOPLE);
        if (in == null) {
            throw new IllegalStateException("the actor table " + PEOPLE + " is missing from the class path");
        }
        Map<String, String> out = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int idCol = -1;
            int countryCol = -1;
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> cells = List.of(line.split("\t", -1));
                if (idCol < 0) {
                    idCol = cells.indexOf("id");
                    countryCol = cells.indexOf("country_iso3");
                    if (idCol < 0 || countryCol < 0) {
                        throw new IllegalStateException(PEOPLE + " has no id and country_iso3 columns");
                    }
                    continue;
                }
                if (cells.size() > Math.max(idCol, countryCol) && !cells.get(countryCol).isBlank()) {
                    out.putIfAbsent(cells.get(idCol).trim(), cells.get(countryCol).trim());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + PEOPLE + ": " + e.getMessage(), e);
        }
        return new Affiliations(out);
    }

    /** The state a person acts for, or null when the id is not a known person. */
    public String stateOf(String actorId) {
        return stateOfPerson.get(actorId);
    }

    static boolean isPerson(String actorId) {
        return actorId.startsWith("person:");
    }
}
