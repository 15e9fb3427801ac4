package org.sitrep.export;

import java.util.List;
import org.sitrep.model.Event;

/** ACLED's disorder type, event type and sub-event type for a PLOVER event; see docs/acled-mapping.md. */
record AcledType(String disorder, String event, String subEvent) {
    private static final String VIOLENCE = "Political violence";
    private static final String DEMONSTRATIONS = "Demonstrations";
    private static final String STRATEGIC = "Strategic developments";

    static AcledType of(Event e) {
        List<String> modes = e.modes();
        return switch (e.type()) {
            case ASSAULT -> {
                // Remote violence first: a drone strike that also names artillery is still a remote attack.
                if (modes.contains("drone") || modes.contains("aerial") || modes.contains("missile")) {
                    yield new AcledType(VIOLENCE, "Explosions/Remote violence", "Air/drone strike");
                }
                if (modes.contains("heavy-weapons")) {
                    yield new AcledType(VIOLENCE, "Explosions/Remote violence", "Shelling/artillery/missile attack");
                }
                if (modes.contains("abduct")) {
                    yield new AcledType(VIOLENCE, "Violence against civilians", "Abduction/forced disappearance");
                }
                yield new AcledType(VIOLENCE, "Battles", "Armed clash");
            }
            case PROTEST -> new AcledType(DEMONSTRATIONS, "Protests", "Peaceful protest");
            case AGREE, CONSULT, SUPPORT, COOPERATE -> new AcledType(STRATEGIC, STRATEGIC, "Agreement");
            // A released prisoner is not territory changing hands.
            case RETREAT -> new AcledType(STRATEGIC, STRATEGIC,
                    modes.contains("release") ? "Other" : "Non-violent transfer of territory");
            case COERCE -> new AcledType(STRATEGIC, STRATEGIC, modes.contains("arrest") ? "Arrests" : "Other");
            default -> new AcledType(STRATEGIC, STRATEGIC, "Other");
        };
    }
}
