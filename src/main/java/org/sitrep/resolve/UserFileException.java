package org.sitrep.resolve;

/**
 * The user's alias file cannot be read or has a bad line. The message names the file and line
 * ({@code aliases.tsv:12: ...}) and says how to fix it.
 */
public final class UserFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UserFileException(String message) {
        super(message);
    }
}
