package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.Bound;
import org.sitrep.model.Quantity;
import org.sitrep.nlp.EntitySpan;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Finds counted things in a sentence: "three missiles and 116 Shahed drones", "at least 19 people were wounded",
 * "about 11,000 North Korean troops". Reads the token sequence, not the parse: parsers often misattach numbers in
 * coordinated counts, while news phrases a count as number, a few modifiers, then the noun.
 */
final class QuantityReader {

    private static final Set<String> PEOPLE = Set.of("people", "person", "civilian", "child", "resident",
            "adult", "woman", "man", "teenager", "worker", "passenger", "rescuer", "medic");
    private static final Set<String> KILLED = Set.of("kill", "dead", "death", "die", "killed", "slay", "perish");
    private static final Set<String> WOUNDED = Set.of("wound", "injure", "wounded", "injured", "hurt", "injury");
    private static final Set<String> SKIPPABLE_POS = Set.of("JJ", "JJR", "NNP", "NNPS", "CC", "IN", "HYPH", "NN", "VBN");

    /** A number found in a sentence, with the token range it covers. */
    private record Number(long value, Bound bound, int first, int last) {
    }

    private final Lexicon lexicon;

    QuantityReader(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<Quantity> read(Sentence s) {
        List<Quantity> out = new ArrayList<>();
        for (Number n : numbers(s)) {
            Optional<Quantity> q = counted(s, n);
            if (q.isEmpty() && !out.isEmpty() && refersBack(s.tokens(), n.last() + 1)) {
                // "100 drones, 80 of which were shot down": the count is of the thing just counted.
                Quantity previous = out.get(out.size() - 1);
                Token last = s.tokens().get(n.last());
                q = Optional.of(new Quantity(previous.item(), previous.subtype(), n.value(), n.bound(),
                        status(s, n, previous.item()), s.tokens().get(n.first()).begin(), last.end()));
            }
            q.ifPresent(out::add);
        }
        return out;
    }

    private Optional<Quantity> counted(Sentence s, Number n) {
        List<Token> tokens = s.tokens();
        String subtype = null;
        int limit = Math.min(tokens.size(), n.last() + 7);
        for (int j = n.last() + 1; j < limit; j++) {
            Token t = tokens.get(j);
            Optional<Lexicon.Term> term = lexicon.termAt(tokens, j);
            if (term.isPresent()) {
                Lexicon.Term m = term.get();
                int end = j + m.words().size() - 1;
                if (m.subtype() != null && subtype == null) {
                    subtype = m.subtype();
                }
                boolean modifiesNext = end + 1 < tokens.size() && lexicon.termAt(tokens, end + 1).isPresent()
                        && !tokens.get(end + 1).isNumber();
                if (modifiesNext || isCoordinatedSubtype(tokens, end, m)) {
                    // "Shahed drones", "howitzer artillery guns", "Shahed and decoy drones": the noun comes later.
                    j = end;
                    continue;
                }
                return Optional.of(new Quantity(m.item(), subtype, n.value(), n.bound(),
                        status(s, n, m.item()), tokens.get(n.first()).begin(), tokens.get(end).end()));
            }
            String lemma = Lexicon.key(t.lemma());
            if (PEOPLE.contains(lemma) || PEOPLE.contains(Lexicon.key(t.word()))) {
                String item = casualty(tokens, n.first(), j);
                if (item == null) {
                    return Optional.empty();
                }
                return Optional.of(new Quantity(item, null, n.value(), n.bound(), null,
                        tokens.get(n.first()).begin(), t.end()));
            }
            if (KILLED.contains(lemma) || WOUNDED.contains(lemma)) {
                if (j == n.last() + 1 || (j == n.last() + 2 && "VBD".equals(tokens.get(j - 1).pos()))) {
                    String item = KILLED.contains(lemma) ? "killed" : "wounded";
                    return Optional.of(new Quantity(item, null, n.value(), n.bound(), null,
                            tokens.get(n.first()).begin(), t.end()));
                }
                return Optional.empty();
            }
            if (!SKIPPABLE_POS.contains(t.pos()) && !"more".equals(lemma) && !"additional".equals(lemma)
                    && !"of".equals(lemma)) {
                return Optional.empty();
            }
            if (t.isNumber() || ",".equals(t.word())) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static boolean refersBack(List<Token> tokens, int i) {
        if (i + 1 >= tokens.size()) {
            return false;
        }
        String a = tokens.get(i).word().toLowerCase(Locale.ROOT);
        String b = tokens.get(i + 1).word().toLowerCase(Locale.ROOT);
        return "of".equals(a) && Set.of("which", "them", "these", "those").contains(b)
                || Set.of("were", "was", "had").contains(a);
    }

    private boolean isCoordinatedSubtype(List<Token> tokens, int end, Lexicon.Term m) {
        // "Shahed and decoy drones": the subtype is followed by a conjunction and more modifiers of one noun.
        return m.subtype() != null && end + 2 < tokens.size() && "CC".equals(tokens.get(end + 1).pos())
                && lexicon.termAt(tokens, end + 2).isPresent() && !tokens.get(end + 2).isNumber();
    }

    /** "killing at least two people", "two people were killed", "left 12 people dead". */
    private static String casualty(List<Token> tokens, int numberStart, int peopleIndex) {
        for (int k = Math.max(0, numberStart - 4); k < numberStart; k++) {
            String lemma = Lexicon.key(tokens.get(k).lemma());
            if (KILLED.contains(lemma)) {
                return "killed";
            }
            if (WOUNDED.contains(lemma)) {
                return "wounded";
            }
        }
        for (int k = peopleIndex + 1; k < Math.min(tokens.size(), peopleIndex + 5); k++) {
            Token t = tokens.get(k);
            String lemma = Lexicon.key(t.lemma());
            if (KILLED.contains(lemma)) {
                return "killed";
            }
            if (WOUNDED.contains(lemma)) {
                return "wounded";
            }
            if (t.isNumber() || ",".equals(t.word()) || ".".equals(t.word())) {
                break;
            }
        }
        return null;
    }

    /** The status cue nearest to the count, within the sentence; null when the sentence gives none. */
    private String status(Sentence s, Number n, String item) {
        List<Token> tokens = s.tokens();
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = 0; i < tokens.size(); i++) {
            if (i >= n.first() && i <= n.last()) {
                continue;
            }
            Optional<Lexicon.StatusPhrase> p = lexicon.statusAt(tokens, i);
            if (p.isEmpty() || !tokens.get(i).pos().startsWith("VB") && !"down".equals(Lexicon.key(tokens.get(i).word()))) {
                continue;
            }
            int distance = i < n.first() ? n.first() - i : i - n.last();
            // On a tie the verb after the count wins: "80 of which were shot down" is about the 80.
            if (distance < bestDistance || distance == bestDistance && i > n.last()) {
                bestDistance = distance;
                best = p.get().status();
            }
        }
        if ("shot_down".equals(best) && !("drone".equals(item) || "missile".equals(item) || "aircraft".equals(item))) {
            return "destroyed";
        }
        return bestDistance <= 12 ? best : null;
    }

    private static List<Number> numbers(Sentence s) {
        List<Number> out = new ArrayList<>();
        List<Token> tokens = s.tokens();
        for (EntitySpan e : s.entities()) {
            if (!"NUMBER".equals(e.ner()) || e.normalized() == null) {
                continue;
            }
            Long value = parse(e.normalized());
            if (value == null || value <= 0) {
                continue;
            }
            Bound bound = boundOf(e.normalized(), tokens, e.tokenStart());
            out.add(new Number(value, bound, e.tokenStart(), e.tokenEnd() - 1));
        }
        for (Token t : tokens) {
            // Digits the NER missed (it sometimes tags counts inside longer names as other entities).
            if ("CD".equals(t.pos()) && "O".equals(t.ner()) && t.word().matches("\\d[\\d,]*")) {
                long v = Long.parseLong(t.word().replace(",", ""));
                out.add(new Number(v, boundOf("", tokens, t.index()), t.index(), t.index()));
            }
        }
        out.sort((a, b) -> a.first() - b.first());
        return out;
    }

    private static Long parse(String normalized) {
        String v = normalized.replaceAll("^[~<>=]+", "");
        try {
            double d = Double.parseDouble(v);
            if (d != Math.rint(d) || d > 10_000_000) {
                return null;
            }
            return (long) d;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Bound boundOf(String normalized, List<Token> tokens, int first) {
        if (normalized.startsWith("~")) {
            return Bound.ABOUT;
        }
        if (normalized.startsWith(">")) {
            return Bound.AT_LEAST;
        }
        if (normalized.startsWith("<")) {
            return Bound.UP_TO;
        }
        String prev = first > 0 ? tokens.get(first - 1).word().toLowerCase(Locale.ROOT) : "";
        String prev2 = first > 1 ? tokens.get(first - 2).word().toLowerCase(Locale.ROOT) + " " + prev : "";
        if (Set.of("at least", "more than", "over", "upwards of", "than").contains(prev2)
                || Set.of("over", "least").contains(prev)) {
            return Bound.AT_LEAST;
        }
        if (Set.of("up to", "as many as").contains(prev2) || "many".equals(prev) && prev2.startsWith("as")) {
            return Bound.UP_TO;
        }
        if (Set.of("about", "around", "approximately", "roughly", "some", "nearly", "almost", "estimated",
                "~").contains(prev)) {
            return Bound.ABOUT;
        }
        return Bound.EXACT;
    }
}
