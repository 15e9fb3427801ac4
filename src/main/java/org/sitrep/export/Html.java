package org.sitrep.export;

/** HTML escaping for article-derived text written into HTML documents (briefs, TimelineJS). */
public final class Html {

    private Html() {
    }

    /** Escapes the five characters that matter in HTML text and in attribute values of either quote. */
    public static String escape(String untrusted) {
        StringBuilder b = new StringBuilder(untrusted.length() + 16);
        for (int i = 0; i < untrusted.length(); i++) {
            char c = untrusted.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
