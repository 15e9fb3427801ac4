package org.sitrep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Location;
import org.sitrep.resolve.UserFileException;

/** The user alias file reaches what extraction asks: place and actor look-ups. */
class ResolversTest {

    @Test
    void theUserFileReachesExtractionsLookups(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("aliases.tsv");
        Files.writeString(file, "place\tRobotyne\t47.4439\t35.8389\tUA\tZaporizhzhia Oblast\n"
                + "person\tperson:taras-testenko\tTaras Testenko\tUKR\tTestenko\n", StandardCharsets.UTF_8);
        Resolvers r = Resolvers.load(file);
        Location robotyne = r.placeLookup().find("Robotyne").orElseThrow();
        assertEquals(47.4439, robotyne.lat());
        assertEquals("UA", robotyne.country());
        assertEquals("person:taras-testenko", r.actorLookup().resolve("Mr Testenko", LocalDate.of(2030, 1, 1))
                .orElseThrow().id());
        // Merging reads whom the user's people act for, beside the shipped ones.
        assertEquals("UKR", r.affiliations().stateOf("person:taras-testenko"));
        assertEquals("UKR", r.affiliations().stateOf("person:volodymyr-zelensky"));
        Location artemivsk = r.placeLookup().find("Artemivsk").orElseThrow();
        Location bakhmut = r.placeLookup().find("Bakhmut").orElseThrow();
        assertEquals(bakhmut, artemivsk, "the shipped alias stays");
        assertThrows(UserFileException.class, () -> Resolvers.load(dir.resolve("missing.tsv")));
    }

    @Test
    void extractionCanResolveAPlaceInsideTheRegionTheTextGives() {
        Resolvers r = Resolvers.loadDefault();
        Location region = r.placeLookup().find("the Donetsk region").orElseThrow();
        assertEquals("Donetsk Oblast", r.placeLookup().find("Novoselivka", region).orElseThrow().admin1());
        assertEquals(r.placeLookup().find("Novoselivka"), r.placeLookup().find("Novoselivka", null));
    }

    @Test
    void theDocumentedExampleWorks(@TempDir Path dir) throws Exception {
        String doc = Files.readString(Path.of("docs/user-aliases.md"), StandardCharsets.UTF_8);
        int start = doc.indexOf("```\n# my aliases");
        String example = doc.substring(start + 4, doc.indexOf("```", start + 4));
        Path file = Files.writeString(dir.resolve("aliases.tsv"), example, StandardCharsets.UTF_8);
        Resolvers r = Resolvers.load(file);
        assertEquals("RUS", r.actorLookup().resolve("RF", null).orElseThrow().id());
        assertEquals("person:taras-testenko", r.actorLookup().resolve("Ukraine's defence minister",
                LocalDate.of(2030, 2, 1)).orElseThrow().id());
        assertEquals(r.placeLookup().find("Bakhmut").orElseThrow(), r.placeLookup().find("Artemivsk").orElseThrow());
        assertEquals(35.8389, r.placeLookup().find("Rabotino").orElseThrow().lon());
    }

    @Test
    void theDefaultUserFileLivesInTheDataDirectoryWhenItExists(@TempDir Path home) throws Exception {
        assertNull(Resolvers.defaultUserFile(Map.<String, String>of()::get, home));
        Path file = Files.createDirectories(home.resolve(".local/share/sitrep")).resolve("aliases.tsv");
        Files.writeString(file, "# none yet\n");
        assertEquals(file, Resolvers.defaultUserFile(Map.<String, String>of()::get, home));
        assertEquals(file, Resolvers.defaultUserFile(Map.of("XDG_DATA_HOME", "relative/ignored")::get, home));
        Path xdg = Files.createDirectories(home.resolve("xdg/sitrep")).resolve("aliases.tsv");
        Files.writeString(xdg, "");
        assertEquals(xdg, Resolvers.defaultUserFile(Map.of("XDG_DATA_HOME", home.resolve("xdg").toString())::get,
                home));
        assertTrue(Resolvers.load(null).gazetteer().size() > 30_000);
    }
}
