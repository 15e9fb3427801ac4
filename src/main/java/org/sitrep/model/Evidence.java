package org.sitrep.model;

import java.util.List;
import java.util.Objects;

/**
 * The sentence an event was read from.
 *
 * @param doc        the article's document name
 * @param articleId  the article's content hash
 * @param source     the outlet, or null
 * @param start      character offset of the sentence in the article text
 * @param end        end offset (exclusive)
 * @param text       the sentence itself
 * @param highlights the parts of the sentence extraction used, in article offsets
 */
public record Evidence(String doc, String articleId, String source, int start, int end, String text,
                       List<Span> highlights) {
    public Evidence {
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(text, "text");
        highlights = List.copyOf(highlights);
    }
}
