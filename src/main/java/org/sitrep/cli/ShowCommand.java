package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.model.Actor;
import org.sitrep.model.Dispute;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Span;
import org.sitrep.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "show", description = "Show one event with every evidence sentence, the extracted parts marked.")
final class ShowCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @Parameters(paramLabel = "ID", description = "event id, as listed by 'sitrep events'")
    String id;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (EventStore store = database.open()) {
            Event e = store.event(id).orElseThrow(() -> new UserInputException(
                    "no event with id '" + id + "'; list ids with 'sitrep events'"));
            if (!e.id().equals(id)) {
                out.println("(" + id + " was merged into " + e.id() + ")");
            }
            out.println(e.id() + "  " + e.type() + "  " + e.factuality().label());
            out.println("  date:       " + (e.date() == null ? "unknown"
                    : e.date().start() + (e.date().end().equals(e.date().start()) ? "" : " .. " + e.date().end())
                    + " (" + e.date().precision().label() + ")"));
            for (Actor a : e.actors()) {
                out.println("  " + pad(a.role().label() + ":") + a.name() + " [" + a.id() + "] as " + a.aliases());
            }
            if (e.location() != null) {
                out.printf("  place:      %s, %s%s (%.4f, %.4f; %s)%n", e.location().name(), e.location().country(),
                        e.location().admin1() == null ? "" : ", " + e.location().admin1(), e.location().lat(),
                        e.location().lon(), e.location().precision().label());
            }
            if (!e.quantities().isEmpty()) {
                out.println("  counts:     " + Timeline.quantities(e.quantities()));
            }
            if (!e.claimedBy().isEmpty()) {
                out.println("  claimed by: " + String.join("; ", e.claimedBy()));
            }
            out.println("  modes:      " + e.modes() + "  contexts: " + e.contexts());
            out.println("  sources:    " + e.sources().articles() + " article(s), " + e.sources().independent()
                    + " independent");
            for (Dispute d : e.disputes()) {
                out.println("  DISPUTED " + DisputesCommand.describe(d));
            }
            out.println();
            for (Evidence ev : e.mentions()) {
                out.println("  [" + ev.doc() + (ev.source() == null ? "" : ", " + ev.source()) + ", chars "
                        + ev.start() + "-" + ev.end() + "]");
                out.println("    " + marked(ev));
            }
            out.println();
            out.println("  marks: [[cue]] {actor} <recipient> #count# @place@ ~date~ ^claim^");
        }
        out.flush();
        return 0;
    }

    private static String pad(String s) {
        return String.format("%-12s", s);
    }

    /** The sentence with each extracted part wrapped in a marker that names its role. */
    static String marked(Evidence ev) {
        StringBuilder b = new StringBuilder();
        String text = ev.text();
        int pos = 0;
        List<Span> spans = ev.highlights();
        for (Span s : spans) {
            int from = s.start() - ev.start();
            int to = s.end() - ev.start();
            if (from < pos || to > text.length() || from < 0) {
                continue;
            }
            String[] m = markers(s.label());
            b.append(text, pos, from).append(m[0]).append(text, from, to).append(m[1]);
            pos = to;
        }
        b.append(text.substring(pos));
        return b.toString();
    }

    private static String[] markers(String label) {
        return switch (label) {
            case "cue" -> new String[] {"[[", "]]"};
            case "actor" -> new String[] {"{", "}"};
            case "recipient" -> new String[] {"<", ">"};
            case "quantity" -> new String[] {"#", "#"};
            case "place" -> new String[] {"@", "@"};
            case "date" -> new String[] {"~", "~"};
            case "claim" -> new String[] {"^", "^"};
            default -> new String[] {"", ""};
        };
    }
}
