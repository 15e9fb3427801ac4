package org.sitrep.nlp;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A wire dateline at the start of a story: "KYIV, Oct 10 (Reuters) -", "SUMY, Ukraine, April 14 -", "JEDDAH, Saudi
 * Arabia -". It says where and when the story was filed, not what happened, and parsers read its capitals as the
 * subject of the lede ("KYIV ... said"), so the reader hides it from CoreNLP and the extractor asks for it here.
 */
public final class Dateline {
    /** Place, optional country, date, optional credit, dash. */
    private static final Pattern DATED = Pattern.compile(
            "^[A-Z][A-Z .'/-]+(, [A-Z][A-Za-z .]+)?, [A-Z][a-z]{2,8}\\.? \\d{1,2}( \\([^)]{1,40}\\))? [-\u2013\u2014]");
    /** "JEDDAH, Saudi Arabia -", "BERLIN/WASHINGTON (Sample Wire) -": with no date. */
    private static final Pattern UNDATED = Pattern.compile(
            "^[A-Z][A-Z.'/-]+( [A-Z][A-Z.'/-]+)*(, [A-Z][A-Za-z .]+)?( \\([^)]{1,40}\\))? [-\u2013\u2014] ");
    /** The town: capitals up to a comma, a credit or the dash; "BERLIN/WASHINGTON" names none. */
    private static final Pattern PLACE = Pattern.compile("^([A-Z][A-Z.'-]+( [A-Z][A-Z.'-]+)*)(,| \\(| [-\u2013\u2014])");

    private Dateline() {
    }

    /** How many characters of {@code text}, from its start, a dateline takes (dash and one space included), or -1. */
    public static int length(CharSequence text) {
        Matcher m = DATED.matcher(text);
        if (m.find()) {
            int end = m.end();
            return end < text.length() && text.charAt(end) == ' ' ? end + 1 : end;
        }
        Matcher undated = UNDATED.matcher(text);
        return undated.find() ? undated.end() : -1;
    }

    /** The town a dateline at the start of {@code text} names ("ISTANBUL", "JEDDAH"), or null. */
    public static String place(CharSequence text) {
        if (length(text) < 0) {
            return null;
        }
        Matcher m = PLACE.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    /**
     * The text with the dateline of its first paragraph blanked out (same length, so every offset still holds), or
     * the text itself when it opens with none.
     */
    public static String blanked(String text) {
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int length = length(text.substring(start, Math.min(text.length(), start + 200)));
        if (length <= 0) {
            return text;
        }
        return text.substring(0, start) + " ".repeat(length) + text.substring(start + length);
    }
}
