package org.sitrep.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the bundled sample articles live: samples/articles under the sitrep checkout the launcher runs from. */
final class Samples {

    private Samples() {
    }

    static Path articles(Path override) {
        if (override != null) {
            if (!Files.isDirectory(override)) {
                throw new UserInputException("sample directory " + override + " does not exist");
            }
            return override;
        }
        String home = System.getProperty("sitrep.home", ".");
        Path dir = Path.of(home, "samples", "articles");
        if (!Files.isDirectory(dir)) {
            throw new UserInputException("cannot find the bundled samples at " + dir.toAbsolutePath()
                    + "; run sitrep through the ./sitrep launcher or pass --samples DIR");
        }
        return dir;
    }
}
