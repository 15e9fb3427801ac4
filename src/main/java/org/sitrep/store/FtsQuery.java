package org.sitrep.store;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns what a person types into an SQLite FTS5 query that cannot be a syntax error: every word or "quoted
 * phrase" becomes a quoted FTS5 string, all of them required; a trailing * keeps its prefix meaning. FTS5
 * operators typed by the user (AND, NEAR, column filters) are searched as plain words.
 */
final class FtsQuery {

    private FtsQuery() {
    }

    /** @throws IllegalArgumentException when the text has no letter or digit to look for */
    static String of(String text) {
        List<String> parts = new ArrayList<>();
        String s = text == null ? "" : text;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '"') {
                int close = s.indexOf('"', i + 1);
                int end = close < 0 ? s.length() : close;
                add(parts, s.substring(i + 1, end), false);
                i = end + 1;
            } else {
                int end = i;
                while (end < s.length() && !Character.isWhitespace(s.charAt(end)) && s.charAt(end) != '"') {
                    end++;
                }
                String word = s.substring(i, end);
                boolean prefix = word.endsWith("*");
                add(parts, prefix ? word.substring(0, word.length() - 1) : word, prefix);
                i = end;
            }
        }
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("search text '" + s.strip() + "' has no word to look for; type"
                    + " at least one word of letters or digits");
        }
        return String.join(" ", parts);
    }

    private static void add(List<String> parts, String words, boolean prefix) {
        if (words.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return;
        }
        parts.add('"' + words.strip().replace("\"", "\"\"") + '"' + (prefix ? "*" : ""));
    }
}
