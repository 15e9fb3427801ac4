package org.sitrep.nlp;

/**
 * A named entity or time expression covering tokens [tokenStart, tokenEnd) of a sentence.
 *
 * @param ner        PERSON, LOCATION, ORGANIZATION, COUNTRY, CITY, NUMBER, DATE, TIME, DURATION, SET, ...
 * @param normalized SUTime's TIMEX value for times ("2024-10-21", "2024-W42", "2024-10-21TNI"), the number for
 *                   numbers, else null
 */
public record EntitySpan(String ner, String normalized, String text, int tokenStart, int tokenEnd,
                         int begin, int end) {

    public boolean isTime() {
        return "DATE".equals(ner) || "TIME".equals(ner) || "DURATION".equals(ner) || "SET".equals(ner);
    }

    public boolean isPlaceLike() {
        return "LOCATION".equals(ner) || "COUNTRY".equals(ner) || "CITY".equals(ner)
                || "STATE_OR_PROVINCE".equals(ner) || "GPE".equals(ner);
    }
}
