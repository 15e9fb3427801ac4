package org.sitrep.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sitrep.query.AttackTallies;
import org.sitrep.query.AttackTallies.Figure;

/** The sentences of a brief, shared by its Markdown and HTML forms, built through a {@link Markup}. */
final class BriefText {
    private final Markup m;

    BriefText(Markup m) {
        this.m = m;
    }

    static String title(Brief b) {
        return "Situation report — " + (b.from().equals(b.to()) ? EventWords.longDate(b.from())
                : EventWords.longDate(b.from()) + " to " + EventWords.longDate(b.to()));
    }

    String counts(Brief.Summary s) {
        if (s.events() == 0) {
            return m.text("No events that happened are recorded for this period.");
        }
        String text = plural(s.events(), "event") + " reported in " + plural(s.articles(), "article")
                + (s.outlets() > 0 ? " from " + plural(s.outlets(), "outlet") : "")
                + (s.disputed() > 0 ? "; " + s.disputed() + " with disputed details" : "") + ".";
        return m.text(text);
    }

    String byType(Brief.Summary s) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Integer> e : s.byType().entrySet()) {
            parts.add(e.getKey() + " " + e.getValue());
        }
        return m.text(String.join(" · ", parts));
    }

    /** "night of 20–21 Oct, Russia → Ukraine: 116 drones launched (per X; 2 sources; disputed: 110), ...". */
    String attackRow(AttackTallies.Row r, boolean withYear) {
        String who = (r.attacker() == null ? "attacker unknown" : r.attacker().name())
                + (r.target() == null ? "" : " → " + r.target().name());
        List<String> figures = new ArrayList<>();
        for (Figure f : r.figures()) {
            figures.add(figure(f));
        }
        return m.text(EventWords.when(r.period().toDate(), withYear) + ", " + who + ": "
                + String.join(", ", figures) + ".");
    }

    private static String figure(Figure f) {
        StringBuilder b = new StringBuilder();
        b.append(EventWords.count(f.count(), f.bound())).append(' ')
                .append(EventWords.thing(f.measure().item(), f.measure().subtype(), f.count()));
        if (f.measure().status() != null) {
            b.append(' ').append(f.measure().status().replace('_', ' '));
        }
        b.append(" (");
        if (!f.claimedBy().isEmpty()) {
            b.append("per ").append(EventWords.and(f.claimedBy())).append("; ");
        }
        b.append(f.independentSources() == 1 ? "1 source" : f.independentSources() + " sources");
        if (f.places().size() == 1) {
            b.append("; in ").append(f.places().get(0));
        } else if (f.places().size() > 1) {
            b.append("; added up over ").append(EventWords.and(f.places()));
        }
        List<String> others = Brief.otherValues(f);
        if (!others.isEmpty()) {
            b.append("; disputed: ").append(String.join(", ", others));
        }
        return b.append(')').toString();
    }

    /** "**night of 20–21 Oct** — Drone attack: Russia → Ukraine, Kyiv. 116 ... Per X. 2 sources. [1] [2]". */
    String line(Brief.Line l, boolean unconfirmed) {
        StringBuilder b = new StringBuilder();
        b.append(m.strong(m.text(l.when()))).append(m.text(" — " + l.what()));
        if (unconfirmed && l.factuality() != null) {
            b.append(m.text(" (" + l.factuality() + ")"));
        }
        b.append(m.text(": " + l.who() + (l.place() == null ? "" : ", " + l.place()) + "."));
        if (!l.counts().isEmpty()) {
            b.append(m.text(" " + capitalise(String.join(", ", l.counts())) + "."));
        }
        if (!l.claimedBy().isEmpty()) {
            b.append(m.text(" Per " + EventWords.and(l.claimedBy()) + "."));
        }
        b.append(m.text(" " + capitalise(EventWords.sources(l.sources())) + "."));
        if (!l.disputes().isEmpty()) {
            b.append(' ').append(m.flag(m.text("Disputed:"))).append(m.text(" " + String.join("; ", l.disputes())
                    + "."));
        }
        for (int n : l.citations()) {
            b.append(' ').append(m.cite(n));
        }
        return b.toString();
    }

    /** "Kyiv Independent, “Russia attacks Kyiv”, 21 October 2024 (001_kyiv)". */
    String source(Brief.Source s) {
        List<String> parts = new ArrayList<>();
        if (s.outlet() != null && !s.outlet().isBlank()) {
            parts.add(s.outlet());
        }
        if (s.title() != null && !s.title().isBlank()) {
            parts.add("“" + s.title() + "”");
        }
        if (s.published() != null) {
            parts.add(EventWords.longDate(s.published()));
        }
        String text = (parts.isEmpty() ? "" : String.join(", ", parts) + " ") + "(" + s.doc() + ")";
        return m.text(text);
    }

    private static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
