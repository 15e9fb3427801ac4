package org.sitrep.nlp;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time stamps that open the entries of a live page or a news-in-brief roundup: "15:30 In Washington, ...",
 * "22:05 - Biden is now in Poland", "3:20 a.m. Speaking on television, ...", "10.15am GMT: ...". The parser reads
 * such a stamp as the subject of the sentence it opens, so the reader hides it from CoreNLP, as it does a dateline.
 */
public final class Timestamps {
    /** A clock time, an optional a.m./p.m. and time zone, then an optional dash, colon or bar, before a capital. */
    private static final Pattern STAMP = Pattern.compile("(?m)^[ \\t]*((?:\\d{1,2}[:.]\\d{2}(?:\\s?[ap]\\.?m\\.?)?"
            + "|\\d{1,2}\\s?[ap]\\.?m\\.?)(?:\\s(?:GMT|BST|CET|CEST|EET|EEST|ET|EST|EDT|PT|UTC|MSK))?"
            + "\\s*(?:[-\u2013\u2014:|]\\s*)?)(?=[\\p{Lu}\"\u201c])");

    private Timestamps() {
    }

    /** True if what stands before {@code begin} on its line is a time stamp: the sentence opens an entry. */
    public static boolean opensEntry(String text, int begin) {
        int line = text.lastIndexOf('\n', begin - 1) + 1;
        if (line >= begin) {
            return false;
        }
        Matcher m = STAMP.matcher(text).region(line, Math.min(text.length(), begin + 1));
        return m.lookingAt() && m.end(1) == begin;
    }

    /** The text with the time stamp at the start of each paragraph blanked out (same length, so offsets hold). */
    public static String blanked(String text) {
        Matcher m = STAMP.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text);
        do {
            for (int i = m.start(1); i < m.end(1); i++) {
                out.setCharAt(i, ' ');
            }
        } while (m.find());
        return out.toString();
    }
}
