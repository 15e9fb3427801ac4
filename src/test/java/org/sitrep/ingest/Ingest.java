package org.sitrep.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Article;

/** Test helper: runs an {@link ArticleReader} and keeps what it delivered. */
record Ingest(List<Article> articles, IngestReport report) {
    static final IngestOptions NO_OPTIONS = new IngestOptions(null, null);

    static Ingest read(IngestOptions options, InputStream stdin, String... inputs) {
        List<Article> articles = new ArrayList<>();
        IngestReport report = new ArticleReader(options).read(List.of(inputs), stdin, articles::add);
        return new Ingest(articles, report);
    }

    static Ingest read(String... inputs) {
        return read(NO_OPTIONS, InputStream.nullInputStream(), inputs);
    }

    static Ingest stdin(String content) {
        return read(NO_OPTIONS, new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), "-");
    }

    /** The single article; fails if there is not exactly one. */
    Article only() {
        if (articles.size() != 1) {
            throw new AssertionError("expected one article, got " + articles.size() + "; errors: " + report.errors());
        }
        return articles.get(0);
    }

    static Path write(Path dir, String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
