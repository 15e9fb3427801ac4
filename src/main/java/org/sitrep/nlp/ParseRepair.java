package org.sitrep.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Mends an attachment the dependency parser gets wrong in news copy with no comma after an opening time: in "On
 * Saturday Russian troops captured the village", it reads "Saturday Russian troops" as one noun phrase, the object of
 * "On", and the verb is left with no subject: the troops become a time, and whoever is named next the one who acted.
 * The day goes back to being the time of the verb, and the noun after it its subject. And "fired up to 50 drones" is
 * not the phrasal verb "fire up".
 */
final class ParseRepair {

    /** Prepositions that open a sentence with a time: "On Saturday", "In March". */
    private static final Set<String> TIME_CASES = Set.of("on", "in");

    private ParseRepair() {
    }

    static List<Dependency> repair(List<Token> tokens, List<Dependency> dependencies) {
        return upTo(tokens, openingTime(tokens, dependencies));
    }

    /**
     * "fired up to 50 drones", "destroyed up to a battalion": the parser takes "up" for the verb's particle and the
     * count for a phrase with "to", and the verb is left with no object. The count becomes the object again, and "up
     * to" its bound.
     */
    private static List<Dependency> upTo(List<Token> tokens, List<Dependency> dependencies) {
        for (Dependency prt : dependencies) {
            int up = prt.dependent();
            if (!"compound:prt".equals(prt.relation()) || !"up".equalsIgnoreCase(tokens.get(up).word())
                    || up + 2 >= tokens.size() || !"to".equalsIgnoreCase(tokens.get(up + 1).word())
                    || !Set.of("CD", "DT").contains(tokens.get(up + 2).pos())) {
                continue;
            }
            int verb = prt.governor();
            Dependency counted = dependencies.stream().filter(d -> d.governor() == verb
                    && "obl:to".equals(d.relation()) && d.dependent() > up).findFirst().orElse(null);
            if (counted == null || dependencies.stream().anyMatch(d -> d.governor() == verb
                    && "obj".equals(d.relation()))) {
                continue;
            }
            int noun = counted.dependent();
            List<Dependency> out = new ArrayList<>(dependencies.size());
            for (Dependency c : dependencies) {
                if (c == prt) {
                    out.add(new Dependency(noun, up, "advmod"));
                } else if (c == counted) {
                    out.add(new Dependency(verb, noun, "obj"));
                } else if (c.governor() == noun && c.dependent() == up + 1 && "case".equals(c.relation())) {
                    out.add(new Dependency(up, up + 1, "fixed"));
                } else {
                    out.add(c);
                }
            }
            return out;
        }
        return dependencies;
    }

    private static List<Dependency> openingTime(List<Token> tokens, List<Dependency> dependencies) {
        for (Dependency d : dependencies) {
            if (!d.relation().startsWith("obl:") || d.governor() < 0
                    || !tokens.get(d.governor()).pos().startsWith("VB") || hasSubject(dependencies, d.governor())) {
                continue;
            }
            int noun = d.dependent();
            int time = -1;
            int preposition = -1;
            for (Dependency c : dependencies) {
                if (c.governor() != noun) {
                    continue;
                }
                if ("compound".equals(c.relation()) && "DATE".equals(tokens.get(c.dependent()).ner())) {
                    time = c.dependent();
                } else if ("case".equals(c.relation())) {
                    preposition = c.dependent();
                }
            }
            if (time < 0 || preposition < 0 || preposition + 1 != time || time > noun
                    || "DATE".equals(tokens.get(noun).ner()) || !tokens.get(noun).pos().startsWith("NN")
                    || !TIME_CASES.contains(tokens.get(preposition).word().toLowerCase(Locale.ROOT))) {
                continue;
            }
            String on = "obl:" + tokens.get(preposition).word().toLowerCase(Locale.ROOT);
            List<Dependency> out = new ArrayList<>(dependencies.size());
            for (Dependency c : dependencies) {
                if (c == d) {
                    out.add(new Dependency(d.governor(), noun, "nsubj"));
                } else if (c.governor() == noun && c.dependent() == time) {
                    out.add(new Dependency(d.governor(), time, on));
                } else if (c.governor() == noun && c.dependent() == preposition) {
                    out.add(new Dependency(time, preposition, "case"));
                } else {
                    out.add(c);
                }
            }
            return out;
        }
        return dependencies;
    }

    private static boolean hasSubject(List<Dependency> dependencies, int verb) {
        return dependencies.stream().anyMatch(d -> d.governor() == verb && d.relation().startsWith("nsubj"));
    }
}
