package org.sitrep.cli;

import java.nio.file.Path;
import org.sitrep.Resolvers;
import org.sitrep.resolve.UserFileException;
import picocli.CommandLine.Option;

/** The --aliases option of commands that resolve actors and places: the user's own alias file. */
final class AliasesOption {

    @Option(names = "--aliases", paramLabel = "FILE", description = "your own actor aliases, people and places "
            + "(default: aliases.tsv in the sitrep data directory, when it exists; format in docs/user-aliases.md)")
    Path file;

    /** The file to apply: the one named, else the default one if it exists, else null. */
    Path file() {
        return file != null ? file : Resolvers.defaultUserFile();
    }

    /** The shipped tables with the user's file applied; a bad file is the user's to fix (exit code 2). */
    Resolvers load() {
        try {
            return Resolvers.load(file());
        } catch (UserFileException e) {
            throw new UserInputException(e.getMessage());
        }
    }
}
