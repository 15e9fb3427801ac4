package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefaultDatabaseTest {
    @TempDir
    Path home;

    @Test
    void sitrepDbWinsAndIsUsedAsGiven() {
        Path explicit = home.resolve("elsewhere").resolve("x.db");
        Map<String, String> env = Map.of("SITREP_DB", explicit.toString(), "XDG_DATA_HOME", home.toString());
        assertEquals(explicit, DefaultDatabase.location(env::get, home));
        assertFalse(Files.exists(explicit.getParent()), "an explicit path's directory is not created");
    }

    @Test
    void xdgDataHomeIsUsedAndItsDirectoryCreated() {
        Path data = home.resolve("data");
        Path db = DefaultDatabase.location(Map.of("XDG_DATA_HOME", data.toString())::get, home);
        assertEquals(data.resolve("sitrep").resolve("sitrep.db"), db);
        assertTrue(Files.isDirectory(db.getParent()));
    }

    @Test
    void fallsBackToLocalShareUnderHome() {
        Map<String, String> env = Map.of("SITREP_DB", " ", "XDG_DATA_HOME", "relative/is/ignored");
        Path db = DefaultDatabase.location(env::get, home);
        assertEquals(home.resolve(".local/share/sitrep/sitrep.db"), db);
        assertTrue(Files.isDirectory(db.getParent()));
    }
}
