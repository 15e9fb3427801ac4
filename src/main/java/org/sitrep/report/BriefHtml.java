package org.sitrep.report;

import java.util.regex.Pattern;

/**
 * Renders a {@link Brief} as one standalone HTML document: inline CSS, no scripts, and a Content-Security-Policy
 * that forbids loading or running anything, so the file is safe to open and to pass on. Every text from
 * articles is HTML-escaped.
 */
final class BriefHtml {
    private static final Pattern SAFE_URL = Pattern.compile("https?://[^\\s<>\"'`]+");
    private static final String STYLE = String.join("\n",
            "body{font:16px/1.5 Georgia,'Times New Roman',serif;max-width:46rem;margin:2rem auto;padding:0 1rem;"
                    + "color:#1b1b1b;background:#fff}",
            "h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.25rem;border-bottom:1px solid #ccc;"
                    + "margin-top:2rem}h3{font-size:1.05rem;margin-bottom:.3rem}",
            ".meta{color:#555}ul{padding-left:1.2rem}li{margin:.35rem 0}",
            "strong.disputed{color:#8a1c1c}",
            "a.cite{text-decoration:none;font-size:.85em;vertical-align:super}",
            "ol.sources{font-size:.9rem;color:#333}",
            "@media print{body{margin:0}a{color:inherit}}");

    private static final Markup HTML = new Markup() {
        @Override
        public String text(String untrusted) {
            return escape(untrusted);
        }

        @Override
        public String strong(String markup) {
            return "<strong>" + markup + "</strong>";
        }

        @Override
        public String flag(String markup) {
            return "<strong class=\"disputed\">" + markup + "</strong>";
        }

        @Override
        public String cite(int n) {
            return "<a class=\"cite\" href=\"#src-" + n + "\">[" + n + "]</a>";
        }
    };

    private BriefHtml() {
    }

    /** Escapes the five characters that matter in HTML text and attribute values. */
    static String escape(String untrusted) {
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

    static String render(Brief b) {
        BriefText t = new BriefText(HTML);
        boolean withYear = b.from().getYear() != b.to().getYear();
        String title = escape(BriefText.title(b));
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
                .append("style-src 'unsafe-inline'\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"sitrep\">\n")
                .append("<title>").append(title).append("</title>\n<style>\n").append(STYLE)
                .append("\n</style>\n</head>\n<body>\n");
        out.append("<h1>").append(title).append("</h1>\n");
        out.append("<p class=\"meta\">").append(t.counts(b.summary())).append("</p>\n");
        if (!b.summary().byType().isEmpty()) {
            out.append("<p class=\"meta\">By type: ").append(t.byType(b.summary())).append("</p>\n");
        }
        if (!b.summary().attacks().rows().isEmpty()) {
            out.append("<h2>Attack figures</h2>\n<ul>\n");
            b.summary().attacks().rows().forEach(r -> out.append("<li>").append(t.attackRow(r, withYear))
                    .append("</li>\n"));
            out.append("</ul>\n");
        }
        for (Brief.Section s : b.sections()) {
            out.append("<h2>").append(escape(s.theatre())).append("</h2>\n");
            for (Brief.Group g : s.groups()) {
                out.append("<h3>").append(escape(g.heading())).append("</h3>\n<ul>\n");
                g.lines().forEach(l -> out.append("<li>").append(t.line(l, false)).append("</li>\n"));
                out.append("</ul>\n");
            }
        }
        if (!b.unconfirmed().isEmpty()) {
            out.append("<h2>Planned, possible or denied</h2>\n<ul>\n");
            b.unconfirmed().forEach(l -> out.append("<li>").append(t.line(l, true)).append("</li>\n"));
            out.append("</ul>\n");
        }
        if (!b.sources().isEmpty()) {
            out.append("<h2>Sources</h2>\n<ol class=\"sources\">\n");
            for (Brief.Source s : b.sources()) {
                out.append("<li id=\"src-").append(s.number()).append("\">").append(t.source(s));
                if (s.url() != null && SAFE_URL.matcher(s.url()).matches()) {
                    String url = escape(s.url());
                    out.append(" <a href=\"").append(url).append("\" rel=\"noopener noreferrer\">").append(url)
                            .append("</a>");
                }
                out.append("</li>\n");
            }
            out.append("</ol>\n");
        }
        out.append("</body>\n</html>\n");
        return out.toString();
    }
}
