package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/** Small dependency-graph helpers over one parsed sentence. */
final class Clause {

    private static final Set<String> NP_PARTS = Set.of("compound", "flat", "amod", "nmod:poss", "case", "det",
            "nummod", "compound:prt", "flat:name", "appos");

    private Clause() {
    }

    /** The token range [from, to) of the noun phrase headed by {@code head}: its modifiers and possessors. */
    static int[] nounPhrase(Sentence s, int head) {
        int from = head;
        int to = head + 1;
        List<Integer> stack = new ArrayList<>(List.of(head));
        while (!stack.isEmpty()) {
            int h = stack.remove(stack.size() - 1);
            for (Dependency d : s.dependentsOf(h)) {
                String rel = d.relation();
                if (!NP_PARTS.contains(rel) || "appos".equals(rel) && h != head) {
                    continue;
                }
                if ("appos".equals(rel)) {
                    continue;
                }
                int dep = d.dependent();
                if (Math.abs(dep - h) > 6) {
                    continue;
                }
                from = Math.min(from, dep);
                to = Math.max(to, dep + 1);
                stack.add(dep);
            }
        }
        // Keep the range contiguous and free of punctuation at its edges.
        List<Token> tokens = s.tokens();
        // Nor the preposition that attaches it: "of Sumy" is the place Sumy.
        while (from < head && (isPunct(tokens.get(from)) || Set.of("IN", "TO").contains(tokens.get(from).pos()))) {
            from++;
        }
        while (to - 1 > head && isPunct(tokens.get(to - 1))) {
            to--;
        }
        return new int[] {from, to};
    }

    static boolean isPunct(Token t) {
        return t.pos().matches("[\\p{Punct}]+|``|''|-LRB-|-RRB-|HYPH");
    }

    /** Dependents of {@code head} whose relation is one of {@code relations} or starts with a "prefix:" given. */
    static List<Dependency> dependents(Sentence s, int head, Set<String> relations) {
        List<Dependency> out = new ArrayList<>();
        for (Dependency d : s.dependentsOf(head)) {
            String rel = d.relation();
            int colon = rel.indexOf(':');
            if (relations.contains(rel) || colon > 0 && relations.contains(rel.substring(0, colon) + ":*")) {
                out.add(d);
            }
        }
        return out;
    }

    /** Whether a word compounded before {@code head} passes {@code test}: "the landing ship Minsk". */
    static boolean compoundBefore(Sentence s, int head, IntPredicate test) {
        return dependents(s, head, Set.of("compound")).stream().map(Dependency::dependent)
                .anyMatch(d -> d < head && test.test(d));
    }

    /**
     * The verb a noun hangs below, at most {@code steps} heads up ("announced $2 billion in aid": "announced"), the
     * node itself if it is a verb; the node when no verb is reached.
     */
    static int verbAbove(Sentence s, int node, int steps) {
        int at = node;
        for (int step = 0; step < steps && !s.tokens().get(at).pos().startsWith("VB"); step++) {
            Dependency up = s.headOf(at);
            if (up == null || up.governor() < 0) {
                return node;
            }
            at = up.governor();
        }
        return at;
    }

    /** True if {@code ancestor} dominates {@code node} (following heads, at most 8 steps). */
    static boolean dominates(Sentence s, int ancestor, int node) {
        return stepsBelow(s, ancestor, node) > 0;
    }

    /** How many steps up the heads lead from {@code node} to {@code ancestor} (at most 8), or 0 if they do not. */
    static int stepsBelow(Sentence s, int ancestor, int node) {
        int current = node;
        for (int steps = 1; steps <= 8; steps++) {
            Dependency up = s.headOf(current);
            if (up == null || up.governor() < 0) {
                return 0;
            }
            if (up.governor() == ancestor) {
                return steps;
            }
            current = up.governor();
        }
        return 0;
    }

    /**
     * Whether {@code node} is said inside {@code ancestor}'s clause: dominated by it, not through a verb joined to it
     * ("accused Ukraine of the blast and warned that ...": the warning is a second act, not what was alleged).
     */
    static boolean embeds(Sentence s, int ancestor, int node) {
        int current = node;
        for (int steps = 0; steps < 8; steps++) {
            Dependency up = s.headOf(current);
            if (up == null || up.governor() < 0) {
                return false;
            }
            String pos = s.tokens().get(current).pos();
            if (up.relation().startsWith("xcomp") && FINITE.contains(pos)) {
                return false; // a verb with its own tense is no complement: the parse lost an "and"
            }
            if (up.governor() == ancestor) {
                // "At talks in Beijing, Sybiha asked for help": talks at which something is said are its occasion.
                return (!up.relation().startsWith("conj") || !pos.startsWith("VB"))
                        && !OCCASION.contains(up.relation());
            }
            current = up.governor();
        }
        return false;
    }

    /**
     * What a verb brings down or destroys: its object or passive subject, with those joined to them ("shot down 50
     * drones and two missiles"). Parsers sometimes hang the object off the particle: "shot down" as "down" -> "drones".
     */
    static List<Integer> broughtDown(Sentence s, int verb) {
        List<Dependency> brought = new ArrayList<>(dependents(s, verb, Set.of("obj", "nsubj:pass")));
        for (Dependency particle : dependents(s, verb, Set.of("compound:prt", "advmod"))) {
            brought.addAll(dependents(s, particle.dependent(), Set.of("obj", "obl:npmod")));
        }
        List<Integer> out = new ArrayList<>();
        for (Dependency d : brought) {
            out.add(partOf(s, d.dependent()));
            for (Dependency c : dependents(s, d.dependent(), Set.of("conj:*"))) {
                out.add(c.dependent());
            }
        }
        return out;
    }

    /**
     * Words besides numbers that name a share of what follows "of": "one of the fleet's landing ships" ("one" is not
     * always tagged a number), "dozens of tanks".
     */
    private static final Set<String> SHARES = Set.of("one", "some", "several", "dozen", "dozens", "many", "most",
            "part", "hundreds", "thousands");

    /** "one of the fleet's landing ships": the ships, whose kind the share is of. */
    private static int partOf(Sentence s, int noun) {
        Token t = s.tokens().get(noun);
        if (!("CD".equals(t.pos()) || SHARES.contains(t.word().toLowerCase(Locale.ROOT)))) {
            return noun;
        }
        return dependents(s, noun, Set.of("nmod:of")).stream().map(Dependency::dependent).findFirst().orElse(noun);
    }

    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");
    private static final Set<String> OCCASION = Set.of("obl:at", "obl:during", "obl:after", "obl:before");

    /** "had held", "had recaptured": a past participle with "had" as its auxiliary. */
    static boolean pastPerfect(Sentence s, int verb) {
        return s.isParsed() && perfectParticiple(s, verb) && dependents(s, verb, Set.of("aux")).stream()
                .anyMatch(a -> "had".equalsIgnoreCase(s.tokens().get(a.dependent()).word()));
    }

    /** A past participle, or a predicate whose copula is "been" ("has been in Russian hands since"). */
    private static boolean perfectParticiple(Sentence s, int verb) {
        return "VBN".equals(s.tokens().get(verb).pos()) || dependents(s, verb, Set.of("cop")).stream()
                .anyMatch(d -> "VBN".equals(s.tokens().get(d.dependent()).pos()));
    }

    /** "has demanded", "have sent": a past participle with a present "have" as its auxiliary. */
    static boolean presentPerfect(Sentence s, int verb) {
        return perfectParticiple(s, verb) && dependents(s, verb, Set.of("aux")).stream()
                .map(d -> s.tokens().get(d.dependent()))
                .anyMatch(t -> "have".equals(t.lemma()) && ("VBZ".equals(t.pos()) || "VBP".equals(t.pos())));
    }

    /**
     * "73 wounded": a verb whose subject is a number, a count of victims; with {@code counted}, also a noun with a
     * number ("20 people were killed"). Such a verb tells a toll, not an act of its own.
     */
    static boolean hasCountedSubject(Sentence s, int verb, boolean counted) {
        return dependents(s, verb, Set.of("nsubj", "nsubj:pass")).stream().anyMatch(d ->
                s.tokens().get(d.dependent()).isNumber()
                        || counted && !dependents(s, d.dependent(), Set.of("nummod")).isEmpty());
    }
}
