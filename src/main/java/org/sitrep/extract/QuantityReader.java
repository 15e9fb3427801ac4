package org.sitrep.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.model.Bound;
import org.sitrep.model.Quantity;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.EntitySpan;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Finds counted things in a sentence: "three missiles and 116 Shahed drones", "at least 19 people were wounded",
 * "about 11,000 North Korean troops". Reads the token sequence, not the parse: parsers often misattach numbers in
 * coordinated counts, while news phrases a count as number, a few modifiers, then the noun.
 */
final class QuantityReader {

    /** Who is counted among the dead or wounded (lexicon/requirements.tsv). */
    private static final String VICTIM = "victim";
    /** Auxiliaries that may stand between a count and its casualty verb: "25 were injured", "40 have been wounded". */
    private static final Set<String> AUXILIARIES = Set.of("be", "have");
    private static final Set<String> KILLED = Set.of("kill", "dead", "death", "die", "killed", "slay", "perish");
    private static final Set<String> WOUNDED = Set.of("wound", "injure", "wounded", "injured", "hurt", "injury");
    /** Verbs of taking people into custody: "police detained more than 1,300 people", "40 were arrested". */
    private static final Set<String> DETAINED = Set.of("detain", "arrest", "detained", "arrested");
    /** Counts of people with no status: the dead, the wounded and the detained. */
    private static final Set<String> CASUALTIES = Set.of("killed", "wounded", "detained");
    /** Drones and missiles counted together ("236 missiles and drones"). */
    static final String AERIAL_WEAPON = "aerial_weapon";
    private static final Set<String> AERIAL = Set.of("drone", "missile");
    /** Words that may stand between a casualty verb and its count: "killed at least 19", "wounded more than 60". */
    private static final Set<String> BOUND_WORDS = Set.of("at", "least", "more", "than", "about", "around", "some",
            "nearly", "almost", "over", "up", "to", "as", "many", "approximately", "roughly", "another", "a",
            "further");
    /** Dollars that are not US dollars, which CoreNLP normalizes to "$" all the same. */
    private static final Pattern OTHER_DOLLARS = Pattern.compile(
            "(?i)\\b(canadian|australian|new zealand|hong kong|singapore|taiwan)\\b|\\b(C|A|NZ|HK|S)\\$");
    /** The status of an ordinal count ("third visit"). */
    static final String ORDINAL = "ordinal";
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
            Optional<Quantity> q = deathToll(s, n).or(() -> counted(s, n));
            if (q.isEmpty() && !out.isEmpty() && refersBack(s.tokens(), n.last() + 1)) {
                Quantity previous = out.get(out.size() - 1);
                if (CASUALTIES.contains(previous.item())) {
                    // "killed 20 people, nine of them children": a part of the toll, not another count.
                    continue;
                }
                // "100 drones, 80 of which were shot down": the count is of the thing just counted; "shot down 337
                // drones, 91 of them over Moscow" is a part of the same count, not another.
                if (Objects.equals(status(s, n, previous.item(), -1), previous.status())) {
                    continue;
                }
                Token last = s.tokens().get(n.last());
                // "440 drones and 32 missiles ..., and 428 of them were shot down": of both kinds together.
                boolean both = out.size() >= 2 && AERIAL.contains(previous.item())
                        && AERIAL.contains(out.get(out.size() - 2).item())
                        && !previous.item().equals(out.get(out.size() - 2).item());
                String item = both ? AERIAL_WEAPON : previous.item();
                q = Optional.of(new Quantity(item, both ? null : previous.subtype(), n.value(), n.bound(),
                        status(s, n, item, -1), s.tokens().get(n.first()).begin(), last.end()));
            }
            if (q.isEmpty()) {
                q = bareCasualty(s, n);
            }
            q.ifPresent(out::add);
        }
        out.addAll(singleCasualties(s, out));
        out.addAll(singleWeapons(s, out));
        out.addAll(money(s));
        out.addAll(ordinalVisits(s));
        out.sort((a, b) -> a.start() - b.start());
        return out;
    }

    /** "wounded 117", "injuring at least 64": a count right after a casualty verb, with no noun of its own. */
    private static Optional<Quantity> bareCasualty(Sentence s, Number n) {
        List<Token> tokens = s.tokens();
        if (n.last() + 1 < tokens.size() && tokens.get(n.last() + 1).pos().startsWith("NN")) {
            return Optional.empty();
        }
        int k = n.first() - 1;
        while (k >= 0 && BOUND_WORDS.contains(Lexicon.key(tokens.get(k).word()))) {
            k--;
        }
        if (k < 0 || !tokens.get(k).pos().startsWith("VB")) {
            return Optional.empty();
        }
        String lemma = Lexicon.key(tokens.get(k).lemma());
        String item = KILLED.contains(lemma) ? "killed" : WOUNDED.contains(lemma) ? "wounded" : null;
        return item == null ? Optional.empty() : Optional.of(new Quantity(item, null, n.value(), n.bound(), null,
                tokens.get(n.first()).begin(), tokens.get(n.last()).end()));
    }

    /**
     * "The death toll rose to 20, including nine children", "the toll stood at at least 14", "the number of people
     * killed has risen to 24", "the number of injured rose to 40": the dead (or wounded) so far.
     */
    private static Optional<Quantity> deathToll(Sentence s, Number n) {
        List<Token> tokens = s.tokens();
        for (int k = n.first() - 1; k >= 0 && BOUND_WORDS.contains(Lexicon.key(tokens.get(k).word())); k--) {
            String item = Set.of("to", "at").contains(Lexicon.key(tokens.get(k).word())) ? tollOf(tokens, k) : null;
            if (item != null) {
                return Optional.of(new Quantity(item, null, n.value(), n.bound(), null,
                        tokens.get(n.first()).begin(), tokens.get(n.last()).end()));
            }
        }
        return Optional.empty();
    }

    private static boolean isPerUnit(List<Token> tokens, int after) {
        if (after + 1 >= tokens.size()) {
            return false;
        }
        String first = Lexicon.key(tokens.get(after).word());
        return ("a".equals(first) || "per".equals(first) || "an".equals(first))
                && tokens.get(after + 1).pos().startsWith("NN") && !tokens.get(after + 1).isNumber();
    }

    /**
     * "A 46-year-old woman was killed", "killing a man", "a child died": one person, told without a number. Only
     * with a parse, and only when the sentence gives no toll of that kind in figures.
     */
    private List<Quantity> singleCasualties(Sentence s, List<Quantity> counted) {
        List<Quantity> out = new ArrayList<>();
        if (!s.isParsed()) {
            return out;
        }
        Set<Integer> taken = new HashSet<>();
        for (Dependency d : s.dependencies()) {
            Token verb = d.governor() < 0 ? null : s.tokens().get(d.governor());
            Token person = s.tokens().get(d.dependent());
            if (verb == null || !verb.pos().startsWith("VB") || !lexicon.satisfies(VICTIM, person.lemma())
                    || "NNS".equals(person.pos())) {
                continue;
            }
            String lemma = Lexicon.key(verb.lemma());
            String item = KILLED.contains(lemma) ? "killed" : WOUNDED.contains(lemma) ? "wounded" : null;
            boolean passive = "nsubj:pass".equals(d.relation());
            boolean victim = passive || "obj".equals(d.relation()) || "nsubj".equals(d.relation()) && "die".equals(lemma);
            if (item == null || !victim || !hasArticleA(s, d.dependent()) || hasItem(counted, item)) {
                continue;
            }
            int[] np = {d.dependent(), d.dependent()};
            for (Dependency m : s.dependentsOf(d.dependent())) {
                np[0] = Math.min(np[0], m.dependent() < d.dependent() ? m.dependent() : np[0]);
            }
            // "killing a ten-year-old boy and his grandmother", "a man and a woman were injured": one each.
            List<Integer> joined = Clause.dependents(s, d.dependent(), Set.of("conj:and")).stream()
                    .map(Dependency::dependent).filter(j -> "NN".equals(s.tokens().get(j).pos())).toList();
            int victimNoun = d.dependent();
            if (taken.contains(victimNoun) || s.dependencies().stream()
                    .anyMatch(c -> c.dependent() == victimNoun && "conj:and".equals(c.relation()))) {
                continue; // counted with the first of the nouns joined
            }
            taken.addAll(joined);
            int last = joined.isEmpty() ? d.dependent() : joined.get(joined.size() - 1);
            out.add(new Quantity(item, null, 1 + joined.size(), Bound.EXACT, null, s.tokens().get(np[0]).begin(),
                    s.tokens().get(last).end()));
        }
        return out;
    }

    /**
     * "A drone had been shot down", "a Patriot shot down a Kinzhal": one drone or missile, told without a number,
     * that is brought down or launched. Not "a drone attack", where the weapon only names the kind of attack, and only
     * when the sentence counts none of that kind in figures.
     */
    private List<Quantity> singleWeapons(Sentence s, List<Quantity> counted) {
        List<Quantity> out = new ArrayList<>();
        if (!s.isParsed()) {
            return out;
        }
        List<Token> tokens = s.tokens();
        for (int noun = 0; noun < tokens.size(); noun++) {
            String tag = tokens.get(noun).pos();
            if (!"NN".equals(tag) && !"NNP".equals(tag) || !hasArticleA(s, noun)) {
                continue;
            }
            Lexicon.Term term = termEndingAt(tokens, noun);
            Dependency up = s.headOf(noun);
            if (term == null || !AERIAL.contains(term.item()) || up == null || up.governor() < 0
                    || !tokens.get(up.governor()).pos().startsWith("VB") || hasItem(counted, term.item())
                    || hasItem(out, term.item()) || namesKindOfStrike(tokens, noun)) {
                continue;
            }
            // Only one launched or brought down: "a Russian missile hit the building" tells of the strike, and
            // coders do not count the one weapon in it alike.
            String status = governingStatus(s, noun);
            if (status == null) {
                continue;
            }
            int first = noun;
            for (Dependency m : s.dependentsOf(noun)) {
                first = Math.min(first, m.dependent());
            }
            String subtype = term.subtype();
            for (int k = first; k < noun && subtype == null; k++) {
                subtype = lexicon.termAt(tokens, k).map(Lexicon.Term::subtype).orElse(null);
            }
            out.add(new Quantity(term.item(), subtype, 1, Bound.EXACT, status, tokens.get(first).begin(),
                    tokens.get(noun).end()));
        }
        return out;
    }

    /**
     * "a massive drone and missile attack": the weapon is the first of the kinds an attack is told by, however the
     * parser hangs it, when weapons and a word like "attack" follow it after "and" or "or".
     */
    private boolean namesKindOfStrike(List<Token> tokens, int noun) {
        int k = noun + 1;
        if (k >= tokens.size() || !Set.of("and", "or", "-").contains(Lexicon.key(tokens.get(k).word()))) {
            return false;
        }
        for (k++; k < tokens.size(); k++) {
            if (lexicon.satisfies("strikekind", tokens.get(k).lemma())) {
                return k > noun + 2;
            }
            if (lexicon.termAt(tokens, k).isEmpty() && !"-".equals(tokens.get(k).word())) {
                return false;
            }
        }
        return false;
    }

    /** The weapon term whose last word is token {@code end}, if any: "missile", "cruise missile", "Kinzhal". */
    private Lexicon.Term termEndingAt(List<Token> tokens, int end) {
        for (int k = Math.max(0, end - 3); k <= end; k++) {
            Optional<Lexicon.Term> t = lexicon.termAt(tokens, k);
            if (t.isPresent() && k + t.get().words().size() - 1 == end) {
                return t.get();
            }
        }
        return null;
    }

    private static boolean hasArticleA(Sentence s, int noun) {
        return s.dependentsOf(noun).stream().anyMatch(m -> "det".equals(m.relation())
                && Set.of("a", "an").contains(Lexicon.key(s.tokens().get(m.dependent()).word())));
    }

    private static boolean hasItem(List<Quantity> counted, String item) {
        return counted.stream().anyMatch(q -> q.item().equals(item));
    }

    /**
     * What a toll a few words before counts, with no other number in between: "the death toll from the strike rose
     * to" counts the dead, "the number of people killed in the shelling has risen to" too, "the number of injured"
     * the wounded; null when there is none.
     */
    private static String tollOf(List<Token> tokens, int to) {
        for (int k = to - 1; k >= Math.max(0, to - 25); k--) {
            Token t = tokens.get(k);
            if (t.isNumber()) {
                return null;
            }
            String lemma = Lexicon.key(t.lemma());
            if ("toll".equals(lemma)) {
                return "killed";
            }
            if ("number".equals(lemma) && k + 1 < to && "of".equals(Lexicon.key(tokens.get(k + 1).word()))) {
                // "the number of (people) killed", "the number of dead", "the number of injured"
                for (int m = k + 2; m < Math.min(to, k + 5); m++) {
                    String w = Lexicon.key(tokens.get(m).lemma());
                    if (KILLED.contains(w)) {
                        return "killed";
                    }
                    if (WOUNDED.contains(w)) {
                        return "wounded";
                    }
                }
            }
        }
        return null;
    }

    /** "$700 million": money, by currency, as CoreNLP normalizes it ("$7.0E8", "~\u20ac5.0E9"). */
    private static List<Quantity> money(Sentence s) {
        List<Quantity> out = new ArrayList<>();
        for (EntitySpan e : s.entities()) {
            if (!"MONEY".equals(e.ner()) || e.normalized() == null) {
                continue;
            }
            String v = e.normalized();
            int at = 0;
            while (at < v.length() && "~<>=".indexOf(v.charAt(at)) >= 0) {
                at++;
            }
            if (at >= v.length()) {
                continue;
            }
            if (OTHER_DOLLARS.matcher(e.text()).find()) {
                continue; // CoreNLP writes Canadian and Australian dollars as "$" too: not US dollars
            }
            if (isPerUnit(s.tokens(), e.tokenEnd())) {
                continue; // "a price cap of $60 a barrel": a price, not an amount
            }
            String item = switch (v.charAt(at)) {
                case '$' -> "usd";
                case '\u20ac' -> "eur";
                case '\u00a3' -> "gbp";
                default -> null;
            };
            Long value = parse(v.substring(at + 1), 1e13);
            if (item == null || value == null || value <= 0) {
                continue;
            }
            Bound bound = boundOf(v.substring(0, at), s.tokens(), e.tokenStart());
            out.add(new Quantity(item, null, value, bound, null, e.begin(), e.end()));
        }
        return out;
    }

    /**
     * "his third visit to Kyiv", "the fourth trip": which visit this is, as a count with status ordinal, so that
     * reports calling one visit the third and the fourth can be told apart or flagged as disputed.
     */
    private List<Quantity> ordinalVisits(Sentence s) {
        List<Quantity> out = new ArrayList<>();
        List<Token> tokens = s.tokens();
        for (EntitySpan e : s.entities()) {
            if (!"ORDINAL".equals(e.ner()) || e.normalized() == null) {
                continue;
            }
            Long value = parse(e.normalized());
            if (value == null || value <= 0 || isNone(tokens, e.tokenStart())) {
                continue;
            }
            // The noun may follow a few modifiers: "third official visit", "fourth unannounced trip".
            for (int j = e.tokenEnd(); j < Math.min(tokens.size(), e.tokenEnd() + 3); j++) {
                Token t = tokens.get(j);
                String item = lexicon.ordinalItem(t);
                if (item != null && t.pos().startsWith("NN")) {
                    out.add(new Quantity(item, null, value, Bound.EXACT, ORDINAL, e.begin(), t.end()));
                    break;
                }
                if (!Set.of("JJ", "VBN", "RB", "HYPH").contains(t.pos())) {
                    break;
                }
            }
        }
        return out;
    }

    private Optional<Quantity> counted(Sentence s, Number n) {
        List<Token> tokens = s.tokens();
        String subtype = null;
        int limit = Math.min(tokens.size(), n.last() + 7);
        for (int j = n.last() + 1; j < limit; j++) {
            Token t = tokens.get(j);
            if (isDesignation(tokens, j)) {
                continue; // "11 Kh-101 cruise missiles"
            }
            Optional<Lexicon.Term> term = lexicon.termAt(tokens, j);
            if (term.isPresent()) {
                Lexicon.Term m = term.get();
                int end = j + m.words().size() - 1;
                if (m.subtype() != null && subtype == null) {
                    subtype = m.subtype();
                }
                Optional<Lexicon.Term> other = combined(tokens, end, m);
                if (other.isPresent()) {
                    // "236 missiles and drones": one total of both kinds.
                    int last = end + 1 + other.get().words().size();
                    return Optional.of(new Quantity(AERIAL_WEAPON, null, n.value(), n.bound(),
                            status(s, n, AERIAL_WEAPON, end), tokens.get(n.first()).begin(), tokens.get(last).end()));
                }
                boolean modifiesNext = end + 1 < tokens.size() && lexicon.termAt(tokens, end + 1).isPresent()
                        && !tokens.get(end + 1).isNumber();
                if (modifiesNext || isCoordinatedSubtype(tokens, end, m)) {
                    // "Shahed drones", "howitzer artillery guns", "Shahed and decoy drones": the noun comes later,
                    // however long the designations before it ("50 Kh-101 and Kh-555 cruise missiles").
                    j = end;
                    limit = Math.min(tokens.size(), Math.max(limit, end + 5));
                    continue;
                }
                String item = m.item();
                if ("troops".equals(item)) {
                    // "killing more than 60 servicemen", "1,200 soldiers were wounded": a toll, not a force.
                    String toll = casualty(tokens, n.first(), end);
                    item = toll != null ? toll : item;
                }
                // Tolls and sanction targets have no status: nothing is launched or shot down.
                String status = CASUALTIES.contains(item) || "target".equals(item) ? null
                        // "37 of the 40 drones were destroyed": the 40 are all that came, the part was brought down.
                        : AERIAL.contains(item) && isTotalOfPart(tokens, n) ? "launched" : status(s, n, item, end);
                return Optional.of(new Quantity(item, subtype, n.value(), n.bound(), status,
                        tokens.get(n.first()).begin(), tokens.get(end).end()));
            }
            String lemma = Lexicon.key(t.lemma());
            if (lexicon.satisfies(VICTIM, lemma) || lexicon.satisfies(VICTIM, t.word())) {
                String item = casualty(tokens, n.first(), j);
                if (item == null) {
                    return Optional.empty();
                }
                return Optional.of(new Quantity(item, null, n.value(), n.bound(), null,
                        tokens.get(n.first()).begin(), t.end()));
            }
            if (KILLED.contains(lemma) || WOUNDED.contains(lemma)) {
                if (onlyAuxiliaries(tokens, n.last() + 1, j)) {
                    String item = KILLED.contains(lemma) ? "killed" : "wounded";
                    return Optional.of(new Quantity(item, null, n.value(), n.bound(), null,
                            tokens.get(n.first()).begin(), t.end()));
                }
                return Optional.empty();
            }
            // "43 of the missiles": a determiner right after "of" belongs to the counted noun; "62 of 88 drones":
            // the total right after "of" does too, and is counted on its own.
            boolean ofTotal = t.isNumber() && (j == n.last() + 2 && "of".equals(Lexicon.key(tokens.get(j - 1).word()))
                    || j == n.last() + 3 && "of".equals(Lexicon.key(tokens.get(j - 2).word()))
                    && Set.of("DT", "PRP$").contains(tokens.get(j - 1).pos()));
            if (ofTotal) {
                continue;
            }
            if (AUXILIARIES.contains(lemma) && t.pos().startsWith("VB") && onlyAuxiliaries(tokens, n.last() + 1, j)) {
                continue; // "around 25 were injured": the casualty verb comes next
            }
            boolean afterOf = j > 0 && "of".equals(Lexicon.key(tokens.get(j - 1).word()))
                    && Set.of("DT", "PRP$").contains(t.pos());
            if (!SKIPPABLE_POS.contains(t.pos()) && !"more".equals(lemma) && !"additional".equals(lemma)
                    && !"of".equals(lemma) && !afterOf) {
                return Optional.empty();
            }
            if (t.isNumber() || ",".equals(t.word())) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** True if every token from {@code from} up to {@code to} (exclusive) is a form of "be" or "have". */
    private static boolean onlyAuxiliaries(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!AUXILIARIES.contains(Lexicon.key(tokens.get(k).lemma())) || !tokens.get(k).pos().startsWith("VB")) {
                return false;
            }
        }
        return to - from <= 2;
    }

    /** "of 40" or "of the 40" right after another number: the whole a part was counted out of. */
    private static boolean isTotalOfPart(List<Token> tokens, Number n) {
        int k = n.first() - 1;
        if (k >= 0 && Set.of("DT", "PRP$").contains(tokens.get(k).pos())) {
            k--;
        }
        return k >= 1 && "of".equals(Lexicon.key(tokens.get(k).word())) && tokens.get(k - 1).isNumber();
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

    /** "missiles and drones", "drones and missiles": a count of two kinds of aerial weapon together. */
    private Optional<Lexicon.Term> combined(List<Token> tokens, int end, Lexicon.Term m) {
        if (!AERIAL.contains(m.item()) || end + 2 >= tokens.size()
                || !Set.of("and", "or").contains(Lexicon.key(tokens.get(end + 1).word()))
                || tokens.get(end + 2).isNumber()) {
            return Optional.empty();
        }
        Optional<Lexicon.Term> other = lexicon.termAt(tokens, end + 2);
        if (other.isEmpty() || !AERIAL.contains(other.get().item()) || other.get().item().equals(m.item())
                || other.get().subtype() != null && other.get().words().size() == 1
                && end + 3 < tokens.size() && lexicon.termAt(tokens, end + 3).isPresent()) {
            return Optional.empty();
        }
        return other;
    }

    private boolean isCoordinatedSubtype(List<Token> tokens, int end, Lexicon.Term m) {
        // "Shahed and decoy drones": the subtype is followed by a conjunction and more modifiers of one noun.
        return m.subtype() != null && end + 2 < tokens.size() && "CC".equals(tokens.get(end + 1).pos())
                && lexicon.termAt(tokens, end + 2).isPresent() && !tokens.get(end + 2).isNumber();
    }

    /** "killing at least two people", "two people were killed", "left 12 people dead", "detained 1,300 people". */
    private static String casualty(List<Token> tokens, int numberStart, int peopleIndex) {
        // Back to the nearest verb, not across "and" or a comma: "was killed and three people were injured".
        for (int k = numberStart - 1; k >= Math.max(0, numberStart - 4); k--) {
            Token t = tokens.get(k);
            String lemma = Lexicon.key(t.lemma());
            if (KILLED.contains(lemma)) {
                return "killed";
            }
            if (WOUNDED.contains(lemma)) {
                return "wounded";
            }
            if (DETAINED.contains(lemma)) {
                return "detained";
            }
            if ("CC".equals(t.pos()) || Clause.isPunct(t)) {
                break;
            }
        }
        int after = pastAside(tokens, peopleIndex + 1);
        for (int k = after; k < Math.min(tokens.size(), after + 4); k++) {
            Token t = tokens.get(k);
            String lemma = Lexicon.key(t.lemma());
            if (KILLED.contains(lemma)) {
                return "killed";
            }
            if (WOUNDED.contains(lemma)) {
                return "wounded";
            }
            if (DETAINED.contains(lemma)) {
                return "detained";
            }
            if (t.isNumber() || ",".equals(t.word()) || ".".equals(t.word())) {
                break;
            }
        }
        return null;
    }

    /** Words that open an aside on who is counted: "ten people, including a teenager, were injured". */
    private static final Set<String> ASIDE_OPENERS = Set.of("include", "including", "among");
    /** The longest such aside skipped. */
    private static final int ASIDE_WORDS = 8;

    /** The token after an aside between commas that opens at {@code i} ("including a teenager,"), else {@code i}. */
    private static int pastAside(List<Token> tokens, int i) {
        if (i + 1 >= tokens.size() || !",".equals(tokens.get(i).word())
                || !ASIDE_OPENERS.contains(Lexicon.key(tokens.get(i + 1).lemma()))) {
            return i;
        }
        for (int k = i + 2; k < Math.min(tokens.size(), i + 2 + ASIDE_WORDS); k++) {
            if (",".equals(tokens.get(k).word())) {
                return k + 1;
            }
        }
        return i;
    }

    /**
     * The status of a count: the status verb whose object (or subject, when passive) the counted noun is, by the
     * parse ("shot down 81 missiles, including 11 cruise missiles, and 80 drones": the 80 too); else the status
     * cue nearest to the count, within the sentence; null when the sentence gives none.
     *
     * @param noun the counted noun's token, or -1 when there is none of its own
     */
    private String status(Sentence s, Number n, String item, int noun) {
        List<Token> tokens = s.tokens();
        String best = governingStatus(s, noun);
        int bestDistance = best == null ? Integer.MAX_VALUE : 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (i >= n.first() && i <= n.last()) {
                continue;
            }
            Optional<Lexicon.StatusPhrase> p = lexicon.statusAt(tokens, i);
            boolean verb = tokens.get(i).pos().startsWith("VB") || "down".equals(Lexicon.key(tokens.get(i).word()));
            if (p.isEmpty() || !verb || actsOn(s, noun, i)) {
                continue;
            }
            int distance = i < n.first() ? n.first() - i : i - n.last();
            // On a tie the verb after the count wins: "80 of which were shot down" is about the 80.
            if (distance < bestDistance || distance == bestDistance && i > n.last()) {
                bestDistance = distance;
                best = p.get().status();
            }
        }
        boolean flies = AERIAL.contains(item) || AERIAL_WEAPON.equals(item) || "aircraft".equals(item);
        if ("shot_down".equals(best) && !flies) {
            return "destroyed";
        }
        if ("launched".equals(best) && "troops".equals(item)) {
            best = "deployed"; // troops "sent" are deployed, not launched
        }
        return bestDistance <= 12 ? best : null;
    }

    /** "eight missiles destroyed the airport": the counted noun is what does the verb's deed, not what it befalls. */
    private static boolean actsOn(Sentence s, int noun, int verb) {
        Dependency up = noun < 0 || !s.isParsed() ? null : s.headOf(noun);
        return up != null && up.governor() == verb && "nsubj".equals(up.relation());
    }

    /** The status verb the noun hangs off as object, passive subject or a conjunct of one, within three steps. */
    private String governingStatus(Sentence s, int noun) {
        if (noun < 0 || !s.isParsed()) {
            return null;
        }
        int node = noun;
        for (int steps = 0; steps < 3; steps++) {
            Dependency up = s.headOf(node);
            if (up == null || up.governor() < 0) {
                return null;
            }
            String rel = up.relation();
            if (!rel.equals("obj") && !rel.equals("nsubj:pass") && !rel.startsWith("conj")) {
                return null;
            }
            node = up.governor();
            Token t = s.tokens().get(node);
            if (t.pos().startsWith("VB")) {
                return lexicon.statusAt(s.tokens(), node).map(Lexicon.StatusPhrase::status).orElse(null);
            }
        }
        return null;
    }

    /** "one-way attack drones", "a two-seat trainer": a number hyphened to a word describes; it counts nothing. */
    private static boolean isCompoundAdjective(List<Token> tokens, EntitySpan e) {
        for (int i = e.tokenStart() + 1; i + 1 < tokens.size() && i <= e.tokenEnd(); i++) {
            if ("-".equals(tokens.get(i).word()) && tokens.get(i + 1).pos().startsWith("NN")) {
                return true;
            }
        }
        return false;
    }

    /** "14 Challenger 2 tanks", "Leopard 1": a number right after a named system is its mark, not a count. */
    private boolean isMarkOfNamedSystem(List<Token> tokens, int i) {
        if (i < 1 || !tokens.get(i).word().matches("\\d{1,3}")) {
            return false;
        }
        Token name = tokens.get(i - 1);
        return Character.isUpperCase(name.word().charAt(0))
                && lexicon.termAt(tokens, i - 1).filter(t -> t.subtype() != null).isPresent();
    }

    /** "Shahed-136", "Kh-101", "S-300": digits joined by a hyphen to a name are a model, not a count. */
    private static boolean isDesignation(List<Token> tokens, int i) {
        if (i < 2) {
            return false;
        }
        Token hyphen = tokens.get(i - 1);
        Token name = tokens.get(i - 2);
        return "-".equals(hyphen.word()) && hyphen.begin() == name.end() && tokens.get(i).begin() == hyphen.end()
                && Character.isLetter(name.word().charAt(name.word().length() - 1));
    }

    private List<Number> numbers(Sentence s) {
        List<Number> out = new ArrayList<>();
        List<Token> tokens = s.tokens();
        for (EntitySpan e : s.entities()) {
            if (!"NUMBER".equals(e.ner()) || e.normalized() == null || isDesignation(tokens, e.tokenStart())
                    || isMarkOfNamedSystem(tokens, e.tokenStart()) || isCompoundAdjective(tokens, e)) {
                continue;
            }
            Long value = parse(e.normalized());
            if (value == null || value <= 0 || isNone(tokens, e.tokenStart())) {
                continue;
            }
            Bound bound = boundOf(e.normalized(), tokens, e.tokenStart());
            out.add(new Number(value, bound, e.tokenStart(), e.tokenEnd() - 1));
        }
        for (Token t : tokens) {
            // Digits the NER missed (it sometimes tags counts inside longer names as other entities).
            if ("CD".equals(t.pos()) && "O".equals(t.ner()) && t.word().matches("\\d[\\d,]*")
                    && !isDesignation(tokens, t.index()) && !isMarkOfNamedSystem(tokens, t.index())) {
                long v = Long.parseLong(t.word().replace(",", ""));
                out.add(new Number(v, boundOf("", tokens, t.index()), t.index(), t.index()));
            }
        }
        out.sort((a, b) -> a.first() - b.first());
        return out;
    }

    /** "no one was hurt", "not one drone got through": a count of none. */
    private static boolean isNone(List<Token> tokens, int first) {
        return first > 0 && Set.of("no", "not").contains(Lexicon.key(tokens.get(first - 1).word()))
                && "one".equals(Lexicon.key(tokens.get(first).word()));
    }

    private static Long parse(String normalized) {
        return parse(normalized, 10_000_000);
    }

    /** A whole number from CoreNLP's normalized value, or null if it is not one or exceeds {@code max}. */
    private static Long parse(String normalized, double max) {
        String v = normalized.replaceAll("^[~<>=]+", "");
        try {
            double d = Double.parseDouble(v);
            if (d != Math.rint(d) || d > max) {
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
