package org.sitrep.cli;

/** A problem with what the user asked for (bad option value, unknown id): exit code 2. */
final class UserInputException extends RuntimeException {
    UserInputException(String message) {
        super(message);
    }
}
