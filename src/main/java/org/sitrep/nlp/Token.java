package org.sitrep.nlp;

/**
 * One token of a sentence as CoreNLP read it.
 *
 * @param index      0-based position in its sentence
 * @param ner        coarse entity tag (PERSON, LOCATION, ORGANIZATION, NUMBER, DATE, ...) or "O"
 * @param normalized normalized value of numbers and times ("116.0", "2024-10-21"), or null
 * @param begin      character offset in the article text
 */
public record Token(int index, String word, String lemma, String pos, String ner, String normalized,
                    int begin, int end) {

    public boolean isNumber() {
        return "NUMBER".equals(ner) || "CD".equals(pos);
    }

    public boolean isProperNoun() {
        return pos.startsWith("NNP");
    }
}
