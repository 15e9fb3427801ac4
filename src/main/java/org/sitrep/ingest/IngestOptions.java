package org.sitrep.ingest;

import java.time.LocalDate;

/**
 * What the user told us about the inputs.
 *
 * @param defaultDate   publication date for articles that carry none ({@code --date}), or null
 * @param defaultSource outlet for every article read ({@code --source}); replaces what files say; null to keep theirs
 */
public record IngestOptions(LocalDate defaultDate, String defaultSource) {
    public IngestOptions {
        // A blank --source would erase every outlet; treat it as not given.
        defaultSource = defaultSource == null || defaultSource.isBlank() ? null : defaultSource.strip();
    }
}
