package org.sitrep.ingest;

import java.util.Objects;

/**
 * Something wrong with one input: a file that could not be read, a broken JSON line, a missing date.
 *
 * @param path   the input as the user named it (or reached through a directory), "-" for standard input
 * @param line   1-based line number when the problem is confined to one line, else null
 * @param reason what went wrong, phrased so the user knows what to fix
 */
public record IngestProblem(String path, Integer line, String reason) {
    public IngestProblem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(reason, "reason");
    }

    /** The compiler-style "path:line: reason" that editors and terminals can jump to. */
    @Override
    public String toString() {
        return line == null ? path + ": " + reason : path + ":" + line + ": " + reason;
    }
}
