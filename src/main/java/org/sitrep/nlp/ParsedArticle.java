package org.sitrep.nlp;

import java.util.List;
import org.sitrep.model.Article;

/** An article with the sentences CoreNLP found in it. */
public record ParsedArticle(Article article, List<Sentence> sentences, int tokenCount) {
    public ParsedArticle {
        sentences = List.copyOf(sentences);
    }
}
