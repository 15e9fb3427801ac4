package org.sitrep.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.Evidence;
import org.sitrep.report.EventWords;
import org.sitrep.report.TypeLabels;

/**
 * Writes events as a TimelineJS3 timeline (the JSON format of timeline.knightlab.com): a title slide and one
 * slide per dated event, grouped by type, with the event id as {@code unique_id}.
 *
 * <p>Dates keep their precision: a day gives year, month and day; a night or a week gives a start and an end
 * date; a month only year and month; a year only the year. Undated events cannot be placed and are left out.
 * TimelineJS renders {@code headline} and {@code text} as HTML, so every text from articles is HTML-escaped,
 * and {@code autolink} is off so that no link is made from article text.
 */
public final class TimelineJsExporter {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private final ObjectMapper json = new ObjectMapper();
    private final TypeLabels labels;

    public TimelineJsExporter() {
        this(TypeLabels.loadDefault());
    }

    public TimelineJsExporter(TypeLabels labels) {
        this.labels = labels;
    }

    /**
     * Writes the timeline as one JSON document and flushes, but does not close, {@code out}.
     *
     * @throws UncheckedIOException when writing fails
     */
    public void write(Collection<Event> events, String title, Writer out) {
        try {
            out.write(json.writerWithDefaultPrettyPrinter().writeValueAsString(toJson(events, title)));
            out.write('\n');
            out.flush();
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot write the TimelineJS file: " + ex.getMessage(), ex);
        }
    }

    /** The timeline: {@code {"title": {...}, "events": [...]}}. */
    public ObjectNode toJson(Collection<Event> events, String title) {
        ObjectNode root = NODES.objectNode();
        List<Event> dated = events.stream().filter(e -> e.date() != null).toList();
        LocalDate first = dated.stream().map(e -> e.date().start()).min(LocalDate::compareTo).orElse(null);
        LocalDate last = dated.stream().map(e -> e.date().end()).max(LocalDate::compareTo).orElse(null);
        String span = first == null ? "No dated events."
                : dated.size() + " event" + (dated.size() == 1 ? "" : "s") + ", " + EventWords.longDate(first)
                        + (first.equals(last) ? "" : " to " + EventWords.longDate(last))
                        + ". Each slide cites the articles it comes from.";
        root.putObject("title").putObject("text")
                .put("headline", escape(title))
                .put("text", "<p>" + escape(span) + "</p>");
        ArrayNode slides = root.putArray("events");
        for (Event e : dated) {
            slides.add(slide(e));
        }
        return root;
    }

    private ObjectNode slide(Event e) {
        ObjectNode s = NODES.objectNode();
        EventDate d = e.date();
        date(s.putObject("start_date"), d.start(), d.precision());
        if (!d.start().equals(d.end()) && d.precision() != DatePrecision.MONTH && d.precision() != DatePrecision.YEAR) {
            date(s.putObject("end_date"), d.end(), d.precision());
        }
        s.put("display_date", EventWords.when(d, true));
        String headline = labels.noun(e)
                + (e.factuality() != null && !e.factuality().happened() ? " (" + e.factuality().label() + ")" : "")
                + ": " + EventWords.who(e) + (e.location() == null ? "" : ", " + e.location().name());
        s.putObject("text").put("headline", escape(headline)).put("text", body(e));
        s.put("group", labels.heading(e.type()));
        s.put("unique_id", e.id());
        s.put("autolink", false);
        return s;
    }

    /** Strings, as in TimelineJS's own examples; month and day only as precise as the date is. */
    private static void date(ObjectNode target, LocalDate day, DatePrecision precision) {
        target.put("year", Integer.toString(day.getYear()));
        if (precision != DatePrecision.YEAR) {
            target.put("month", Integer.toString(day.getMonthValue()));
        }
        if (precision != DatePrecision.YEAR && precision != DatePrecision.MONTH) {
            target.put("day", Integer.toString(day.getDayOfMonth()));
        }
    }

    private static String body(Event e) {
        StringBuilder b = new StringBuilder();
        if (!e.quantities().isEmpty()) {
            b.append("<p>").append(escape(EventWords.quantities(e.quantities()))).append("</p>");
        }
        List<String> facts = new ArrayList<>();
        if (!e.claimedBy().isEmpty()) {
            facts.add("Per " + EventWords.and(e.claimedBy()) + ".");
        }
        facts.add(EventWords.sources(e.sources()) + ".");
        b.append("<p>").append(escape(String.join(" ", facts))).append("</p>");
        if (!e.disputes().isEmpty()) {
            List<String> ds = e.disputes().stream().map(EventWords::dispute).toList();
            b.append("<p><strong>Disputed:</strong> ").append(escape(String.join("; ", ds))).append("</p>");
        }
        if (!e.mentions().isEmpty()) {
            b.append("<blockquote>").append(escape(e.mentions().get(0).text())).append("</blockquote>");
        }
        Set<String> cited = new LinkedHashSet<>();
        for (Evidence ev : e.mentions()) {
            cited.add((ev.source() == null || ev.source().isBlank() ? "" : ev.source() + " ") + "(" + ev.doc() + ")");
        }
        if (!cited.isEmpty()) {
            b.append("<p>Sources: ").append(escape(String.join("; ", cited))).append("</p>");
        }
        return b.toString();
    }

    /** HTML-escapes text for TimelineJS, which inserts headline and text as HTML. */
    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
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
