package org.sitrep.ingest;

import java.util.Locale;
import java.util.Optional;

/** The input formats, recognised by file extension or, for standard input, by the first characters. */
enum Format {
    TEXT, HTML, JSON_LINES, FEED;

    /** The format for a lower-case extension without the dot ("" for none), or empty when unsupported. */
    static Optional<Format> forExtension(String extension) {
        return Optional.ofNullable(switch (extension) {
            case "", "txt", "text" -> TEXT;
            case "html", "htm", "xhtml" -> HTML;
            case "jsonl", "ndjson" -> JSON_LINES;
            case "xml", "rss", "atom" -> FEED;
            default -> null;
        });
    }

    /** Guesses the format of content that came without a name, from its first characters. */
    static Format sniff(String head) {
        String h = Texts.light(head).stripLeading().toLowerCase(Locale.ROOT);
        if (h.startsWith("{")) {
            return JSON_LINES;
        }
        if (h.startsWith("<rss") || h.startsWith("<feed") || h.startsWith("<rdf:rdf")) {
            return FEED;
        }
        if (h.startsWith("<html") || h.startsWith("<!doctype")) {
            return HTML;
        }
        if (h.startsWith("<?xml")) {
            // XHTML pages start with an XML declaration too.
            return h.contains("<html") ? HTML : FEED;
        }
        return TEXT;
    }
}
