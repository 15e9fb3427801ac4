package org.sitrep.report;

import java.util.regex.Pattern;

/**
 * Renders a {@link Brief} as Markdown. Text from articles has Markdown's special characters backslash-escaped
 * (so an outlet cannot inject links, emphasis, headings or raw HTML) and line breaks folded into spaces.
 */
final class BriefMarkdown {
    // Enough to stop links, emphasis, code, tables and raw HTML; text never starts a line, so # + - need none.
    private static final Pattern SPECIAL = Pattern.compile("([\\\\`*_\\[\\]<>|~])");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern SAFE_URL = Pattern.compile("https?://[^\\s<>\"'`]+");

    private static final Markup MARKDOWN = new Markup() {
        @Override
        public String text(String untrusted) {
            return escape(untrusted);
        }

        @Override
        public String strong(String markup) {
            return "**" + markup + "**";
        }

        @Override
        public String flag(String markup) {
            return "**" + markup + "**";
        }

        @Override
        public String cite(int n) {
            return "\\[" + n + "\\]";
        }
    };

    private BriefMarkdown() {
    }

    static String escape(String untrusted) {
        String oneLine = WHITESPACE.matcher(untrusted).replaceAll(" ");
        return SPECIAL.matcher(oneLine).replaceAll("\\\\$1");
    }

    static String render(Brief b) {
        BriefText t = new BriefText(MARKDOWN);
        boolean withYear = b.from().getYear() != b.to().getYear();
        StringBuilder out = new StringBuilder();
        out.append("# ").append(escape(BriefText.title(b))).append("\n\n");
        out.append(t.counts(b.summary())).append("\n\n");
        if (!b.summary().byType().isEmpty()) {
            out.append("By type: ").append(t.byType(b.summary())).append("\n\n");
        }
        if (!b.summary().attacks().rows().isEmpty()) {
            out.append("## Attack figures\n\n");
            b.summary().attacks().rows().forEach(r -> out.append("- ").append(t.attackRow(r, withYear)).append('\n'));
            out.append('\n');
        }
        for (Brief.Section s : b.sections()) {
            out.append("## ").append(escape(s.theatre())).append("\n\n");
            for (Brief.Group g : s.groups()) {
                out.append("### ").append(escape(g.heading())).append("\n\n");
                g.lines().forEach(l -> out.append("- ").append(t.line(l, false)).append('\n'));
                out.append('\n');
            }
        }
        if (!b.unconfirmed().isEmpty()) {
            out.append("## Planned, possible or denied\n\n");
            b.unconfirmed().forEach(l -> out.append("- ").append(t.line(l, true)).append('\n'));
            out.append('\n');
        }
        if (!b.sources().isEmpty()) {
            out.append("## Sources\n\n");
            for (Brief.Source s : b.sources()) {
                out.append(s.number()).append(". ").append(t.source(s));
                if (s.url() != null && SAFE_URL.matcher(s.url()).matches()) {
                    out.append(" <").append(s.url()).append('>');
                }
                out.append('\n');
            }
        }
        return out.toString();
    }
}
