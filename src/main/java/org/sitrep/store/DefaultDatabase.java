package org.sitrep.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/** Where sitrep keeps its database when the user does not name one. */
public final class DefaultDatabase {
    private DefaultDatabase() {
    }

    /**
     * {@code $SITREP_DB} if set; else {@code $XDG_DATA_HOME/sitrep/sitrep.db}; else
     * {@code ~/.local/share/sitrep/sitrep.db}. The directory of a default location is created; a
     * {@code $SITREP_DB} path is used as given, so a typo there fails on open instead of making directories.
     *
     * @throws StoreException when the default directory cannot be created
     */
    public static Path location() {
        return location(System::getenv, Path.of(System.getProperty("user.home")));
    }

    static Path location(UnaryOperator<String> env, Path home) {
        String explicit = env.apply("SITREP_DB");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String xdg = env.apply("XDG_DATA_HOME");
        // The XDG spec says relative values are invalid and must be ignored.
        Path data = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg)
                : home.resolve(".local").resolve("share");
        Path dir = data.resolve("sitrep");
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException("cannot create database directory " + dir + ": " + e
                    + "; set SITREP_DB to a writable path", e);
        }
        return dir.resolve("sitrep.db");
    }
}
