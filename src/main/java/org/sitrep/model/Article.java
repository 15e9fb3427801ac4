package org.sitrep.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One news article as ingested.
 *
 * @param id        content hash of the normalized text; the article's identity across files and formats
 * @param doc       short document name: the file name without extension, or the JSON Lines/feed item id
 * @param source    the outlet, or null when unknown
 * @param url       where it was published, or null
 * @param title     headline, or null
 * @param published publication date, or null when neither the file nor the user gave one
 * @param text      the article body as plain text; evidence offsets index into this string
 * @param origin    where sitrep read it from (path, path:line, or "-" for standard input)
 */
public record Article(String id, String doc, String source, String url, String title,
                      LocalDate published, String text, String origin) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(text, "text");
    }
}
