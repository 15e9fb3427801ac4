package org.sitrep.ingest;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one {@link ArticleReader#read} call. */
final class Problems {
    private final List<IngestProblem> errors = new ArrayList<>();
    private final List<IngestProblem> warnings = new ArrayList<>();

    void error(String path, Integer line, String reason) {
        errors.add(new IngestProblem(path, line, reason));
    }

    void warning(String path, Integer line, String reason) {
        warnings.add(new IngestProblem(path, line, reason));
    }

    List<IngestProblem> errors() {
        return errors;
    }

    List<IngestProblem> warnings() {
        return warnings;
    }
}
