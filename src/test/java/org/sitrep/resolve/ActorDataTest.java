package org.sitrep.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Checks on the shipped data files themselves. */
class ActorDataTest {

    private static List<String> text(String file) throws IOException {
        try (InputStream in = ActorDataTest.class.getResourceAsStream("/actors/" + file)) {
            assertNotNull(in, file + " missing");
            return List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
        }
    }

    /** Data rows (after comments and header), split on tabs. */
    private static List<String[]> rows(String file) throws IOException {
        List<String[]> out = new ArrayList<>();
        boolean header = true;
        for (String line : text(file)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            out.add(line.split("\t", -1));
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"countries.tsv", "institutions.tsv", "organisations.tsv", "people.tsv", "titles.tsv"})
    void everyFileStartsBySayingWhereItsFactsComeFrom(String file) throws IOException {
        String first = text(file).get(0);
        assertTrue(first.startsWith("#"), file + " must start with a comment");
        assertTrue(String.join("\n", text(file)).contains("Source of the facts"), file);
    }

    @Test
    void allIsoCountriesOnce() throws IOException {
        Set<String> iso3 = new HashSet<>();
        Set<String> iso2 = new HashSet<>();
        for (String[] r : rows("countries.tsv")) {
            assertEquals(5, r.length, String.join("|", r));
            assertTrue(iso3.add(r[0]), r[0]);
            assertTrue(iso2.add(r[1]), r[1]);
        }
        assertEquals(249, iso3.size());
    }

    @Test
    void everyTitleHasAtLeastOneOfficeHolder() throws IOException {
        Set<String> held = new HashSet<>();
        for (String[] r : rows("people.tsv")) {
            assertEquals(7, r.length, String.join("|", r));
            held.add(norm(r[4]));
        }
        for (String[] r : rows("titles.tsv")) {
            assertTrue(held.contains(norm(r[2])), "no one in people.tsv holds '" + r[2] + "' (pattern " + r[0] + ")");
        }
    }

    @Test
    void officePeriodsOfOneTitleAndCountryDoNotOverlapForSoleOffices() throws IOException {
        // Offices held by one person at a time must not overlap, or dated look-ups become ambiguous.
        Set<String> sole = Set.of("president", "prime minister", "foreign minister", "foreign secretary",
                "secretary of state", "defense minister", "defense secretary", "chancellor", "nato secretary general");
        List<String[]> people = rows("people.tsv");
        for (String[] a : people) {
            for (String[] b : people) {
                if (a == b || a[0].equals(b[0]) || !a[3].equals(b[3]) || !norm(a[4]).equals(norm(b[4]))
                        || !sole.contains(norm(a[4]))) {
                    continue;
                }
                String aTo = a[6].isEmpty() ? "9999-12-31" : a[6];
                String bTo = b[6].isEmpty() ? "9999-12-31" : b[6];
                boolean overlap = a[5].compareTo(bTo) < 0 && b[5].compareTo(aTo) < 0;
                assertTrue(!overlap, a[0] + " and " + b[0] + " overlap as " + a[4] + " of " + a[3]);
            }
        }
    }

    @Test
    void loadsQuickly() {
        ActorResolver.loadDefault(); // warm up class loading
        long start = System.nanoTime();
        ActorResolver.loadDefault();
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 1000, "loading took " + millis + " ms");
    }

    private static String norm(String title) {
        return title.toLowerCase(Locale.ROOT).replace("defence", "defense").trim();
    }
}
