package org.sitrep.ingest;

import java.time.LocalDate;

/**
 * An article as a format parser found it, before defaults, normalization and identity are applied.
 *
 * @param line the 1-based line it came from when one file holds many articles, else null
 */
record Draft(String doc, String source, String url, String title, LocalDate published, String text,
             String origin, Integer line) {
}
