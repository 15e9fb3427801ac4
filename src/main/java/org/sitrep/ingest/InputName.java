package org.sitrep.ingest;

/**
 * How an input is named in articles and problems.
 *
 * @param path     as the user gave it or as reached through a directory; "-" for standard input
 * @param baseName file name without extension ("stdin" for standard input), the default {@code doc}
 */
record InputName(String path, String baseName) {
    static final InputName STDIN = new InputName("-", "stdin");

    /** {@code path:line}, the origin of one article among many in a file. */
    String at(int line) {
        return path + ":" + line;
    }
}
