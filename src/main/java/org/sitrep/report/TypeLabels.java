package org.sitrep.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;

/**
 * Words for PLOVER types ({@code /report/types.tsv}): a section heading per type ("Talks and visits"), a noun for
 * one event refined by its modes ("Visit"), and the order types appear in within a theatre. Immutable.
 */
public final class TypeLabels {
    private final List<EventType> order;
    private final Map<EventType, String> headings;
    private final Map<EventType, String> nouns;
    private final Map<EventType, List<ModeNoun>> modeNouns;

    /** A noun for events that have all of {@code modes}. */
    private record ModeNoun(Set<String> modes, String noun) {
    }

    private TypeLabels(List<EventType> order, Map<EventType, String> headings, Map<EventType, String> nouns,
                       Map<EventType, List<ModeNoun>> modeNouns) {
        this.order = List.copyOf(order);
        this.headings = Map.copyOf(headings);
        this.nouns = Map.copyOf(nouns);
        this.modeNouns = Map.copyOf(modeNouns);
    }

    public static TypeLabels loadDefault() {
        List<EventType> order = new ArrayList<>();
        Map<EventType, String> headings = new EnumMap<>(EventType.class);
        Map<EventType, String> nouns = new EnumMap<>(EventType.class);
        Map<EventType, List<ModeNoun>> modeNouns = new EnumMap<>(EventType.class);
        for (Tsv.Row r : Tsv.resource("/report/types.tsv", "type", "mode", "heading", "noun")) {
            EventType t;
            try {
                t = EventType.valueOf(r.get(0));
            } catch (IllegalArgumentException e) {
                throw r.error("unknown PLOVER type '" + r.get(0) + "'");
            }
            if (r.get(1).equals("*")) {
                if (headings.put(t, r.get(2)) != null) {
                    throw r.error(t + " has two * rows");
                }
                nouns.put(t, r.get(3));
                order.add(t);
            } else {
                modeNouns.computeIfAbsent(t, k -> new ArrayList<>())
                        .add(new ModeNoun(Set.of(r.get(1).split("\\+")), r.get(3)));
            }
        }
        for (EventType t : EventType.values()) {
            if (!headings.containsKey(t)) {
                throw new IllegalStateException("/report/types.tsv has no * row for " + t);
            }
        }
        modeNouns.replaceAll((k, v) -> List.copyOf(v));
        return new TypeLabels(order, headings, nouns, modeNouns);
    }

    /** Types in the order their groups appear in a brief. */
    public List<EventType> order() {
        return order;
    }

    public String heading(EventType t) {
        return headings.get(t);
    }

    /** The noun of the first mode row whose modes the event all has, else the type's. */
    public String noun(Event e) {
        for (ModeNoun m : modeNouns.getOrDefault(e.type(), List.of())) {
            if (e.modes().containsAll(m.modes())) {
                return m.noun();
            }
        }
        return nouns.get(e.type());
    }
}
