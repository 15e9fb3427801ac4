package org.sitrep.ingest;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The outcome of one {@link ArticleReader#read} call.
 *
 * @param filesRead          supported inputs (files and standard input) that were opened and read, whether or not
 *                           they yielded articles
 * @param articlesRead       articles handed to the sink
 * @param skippedByExtension files of unsupported kinds, counted by lower-case extension without the dot
 * @param errors             inputs or items that produced no article, and why
 * @param warnings           articles that were delivered but are weaker than they could be (no date, bad date)
 */
public record IngestReport(int filesRead, int articlesRead, Map<String, Integer> skippedByExtension,
                           List<IngestProblem> errors, List<IngestProblem> warnings) {
    public IngestReport {
        // Sorted so that summaries print the same way on every run.
        skippedByExtension = Collections.unmodifiableMap(new TreeMap<>(skippedByExtension));
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }
}
