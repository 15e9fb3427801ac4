package org.sitrep.ingest;

/** A whole input yields no article; the message says why, in words the user can act on. */
final class UnreadableInputException extends Exception {
    UnreadableInputException(String reason) {
        super(reason);
    }
}
