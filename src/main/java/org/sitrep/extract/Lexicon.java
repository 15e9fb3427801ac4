package org.sitrep.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.EventType;
import org.sitrep.model.GeoPrecision;
import org.sitrep.model.Location;
import org.sitrep.nlp.Token;

/**
 * The domain vocabulary extraction reads with: event cues, weapons, statuses, modifiers and context words, all
 * loaded from the data files under {@code /lexicon} on the class path.
 */
public final class Lexicon {

    /** An event cue: a lemma sequence that signals an event of a PLOVER type. */
    public record Cue(List<String> lemmas, String pos, EventType type, String mode, String requires) {
        boolean posMatches(Token head) {
            return switch (pos) {
                case "V" -> head.pos().startsWith("VB");
                case "N" -> head.pos().startsWith("NN");
                case "J" -> head.pos().startsWith("JJ");
                default -> head.pos().startsWith("VB") || head.pos().startsWith("NN");
            };
        }
    }

    /** A word or phrase that names a counted thing, optionally with its subtype ("Shahed" is a drone). */
    public record Term(List<String> words, String item, String subtype, String assaultMode) {
        /** Weapons and equipment, as against troops, captives and the people or firms a sanction lists. */
        public boolean isMateriel() {
            return !PEOPLE.contains(item);
        }

        /** What is fired at a target and may be brought down on the way: drones and missiles. */
        public boolean isSent() {
            return SENT.contains(item);
        }

        private static final Set<String> PEOPLE = Set.of("troops", "target", "prisoners", "bodies");
        private static final Set<String> SENT = Set.of("drone", "missile", "aerial_weapon", "shell", "bomb");
    }

    /** A status phrase ("shoot down" -> shot_down). */
    public record StatusPhrase(List<String> lemmas, String status) {
    }

    private final Map<String, List<Cue>> cuesByFirstLemma;
    private final Map<String, List<Term>> termsByFirstWord;
    private final Map<String, List<StatusPhrase>> statusesByFirstLemma;
    private final Map<String, String> modifiers;
    private final Map<String, String> contexts;
    private final Map<String, Set<String>> requirementWords;
    private final Set<String> supportVerbs;
    private final Map<String, String> ordinalItems;
    private final Map<String, String> adversaries;
    private final Set<String> threatenAdversary;
    private final Map<String, String> backers;
    private final Map<String, String> referents;
    private final Set<String> nationwide;
    private final Map<String, String> operators;
    private final Map<String, Held> held;
    private final Map<String, Set<String>> blocWords;

    /** A region or town one side holds on the other's soil, from a day, until a day or still (lexicon/held.tsv). */
    private record Held(String holder, LocalDate since, LocalDate until) {
        boolean on(LocalDate day) {
            return day == null ? until == null : !day.isBefore(since) && (until == null || day.isBefore(until));
        }
    }

    private Lexicon(Map<String, List<Cue>> cues, Map<String, List<Term>> terms,
                    Map<String, List<StatusPhrase>> statuses, Map<String, String> modifiers,
                    Map<String, String> contexts, Map<String, Set<String>> requirementWords,
                    Set<String> supportVerbs, Map<String, String> ordinalItems, Map<String, String> adversaries,
                    Set<String> threatenAdversary,
                    Map<String, String> backers, Map<String, String> referents, Set<String> nationwide,
                    Map<String, String> operators, Map<String, Held> held, Map<String, Set<String>> blocWords) {
        this.cuesByFirstLemma = cues;
        this.termsByFirstWord = terms;
        this.statusesByFirstLemma = statuses;
        this.modifiers = modifiers;
        this.contexts = contexts;
        this.requirementWords = requirementWords;
        this.supportVerbs = supportVerbs;
        this.ordinalItems = ordinalItems;
        this.adversaries = adversaries;
        this.threatenAdversary = threatenAdversary;
        this.backers = backers;
        this.referents = referents;
        this.nationwide = nationwide;
        this.operators = operators;
        this.held = held;
        this.blocWords = blocWords;
    }

    public static Lexicon loadDefault() {
        Map<String, List<Cue>> cues = new HashMap<>();
        for (String[] row : rows("/lexicon/cues.tsv", 5)) {
            List<String> lemmas = words(row[0]);
            cues.computeIfAbsent(lemmas.get(0), k -> new ArrayList<>())
                    .add(new Cue(lemmas, row[1], EventType.valueOf(row[2]), dash(row[3]), dash(row[4])));
        }
        Map<String, List<Term>> terms = new HashMap<>();
        for (String[] row : rows("/lexicon/weapons.tsv", 4)) {
            List<String> words = words(row[0]);
            terms.computeIfAbsent(words.get(0), k -> new ArrayList<>())
                    .add(new Term(words, row[1], dash(row[2]), dash(row[3])));
            // The tokenizer splits a designation at a hyphen before a digit ("Kh-101" is "Kh", "-", "101"), and at
            // some others ("IRIS-T" is "IRIS", "-", "T").
            Set<List<String>> forms = new HashSet<>(List.of(words));
            for (String hyphen : List.of("-(?=\\d)", "-")) {
                List<String> split = Arrays.asList(String.join(" ", words).replaceAll(hyphen, " - ").split(" +"));
                if (forms.add(split)) {
                    terms.computeIfAbsent(split.get(0), k -> new ArrayList<>())
                            .add(new Term(split, row[1], dash(row[2]), dash(row[3])));
                }
            }
        }
        Map<String, List<StatusPhrase>> statuses = new HashMap<>();
        for (String[] row : rows("/lexicon/statuses.tsv", 2)) {
            List<String> lemmas = words(row[0]);
            statuses.computeIfAbsent(lemmas.get(0), k -> new ArrayList<>()).add(new StatusPhrase(lemmas, row[1]));
        }
        Map<String, String> modifiers = new HashMap<>();
        for (String[] row : rows("/lexicon/modifiers.tsv", 2)) {
            modifiers.put(row[0], row[1]);
        }
        Map<String, String> contexts = new HashMap<>();
        for (String[] row : rows("/lexicon/contexts.tsv", 2)) {
            contexts.put(row[0], row[1]);
        }
        Map<String, Set<String>> requirementWords = new HashMap<>();
        for (String[] row : rows("/lexicon/requirements.tsv", 2)) {
            requirementWords.computeIfAbsent(row[0], k -> new HashSet<>()).add(key(row[1]));
        }
        Set<String> supportVerbs = new HashSet<>();
        for (String[] row : rows("/lexicon/support-verbs.tsv", 1)) {
            supportVerbs.add(key(row[0]));
        }
        Map<String, String> ordinalItems = new HashMap<>();
        for (String[] row : rows("/lexicon/ordinals.tsv", 2)) {
            ordinalItems.put(key(row[0]), row[1]);
        }
        Map<String, String> adversaries = new HashMap<>();
        Set<String> threatenAdversary = new HashSet<>();
        for (String[] row : rows("/lexicon/adversaries.tsv", 3)) {
            adversaries.put(row[0], row[1]);
            if ("yes".equals(row[2])) {
                threatenAdversary.add(row[0]);
            }
        }
        Map<String, String> backers = new HashMap<>();
        for (String[] row : rows("/lexicon/backers.tsv", 2)) {
            backers.put(row[0], row[1]);
        }
        Map<String, String> referents = new HashMap<>();
        for (String[] row : rows("/lexicon/referents.tsv", 2)) {
            referents.put(key(row[0]), row[1]);
        }
        Set<String> nationwide = new HashSet<>();
        for (String[] row : rows("/lexicon/nationwide.tsv", 1)) {
            nationwide.add(key(row[0]));
        }
        Map<String, String> operators = new HashMap<>();
        for (String[] row : rows("/lexicon/operators.tsv", 2)) {
            operators.put(row[0], row[1]);
        }
        Map<String, Held> held = new HashMap<>();
        for (String[] row : rows("/lexicon/held.tsv", 3)) {
            LocalDate until = row.length > 3 && !row[3].isBlank() ? LocalDate.parse(row[3]) : null;
            held.put(row[0], new Held(row[1], LocalDate.parse(row[2]), until));
        }
        Map<String, Set<String>> blocWords = new HashMap<>();
        for (String[] row : rows("/lexicon/blocs.tsv", 2)) {
            blocWords.put(row[0], Set.copyOf(words(row[1].replace('|', ' '))));
        }
        // Longest phrases first, so "air strike" wins over "strike".
        cues.values().forEach(l -> l.sort((a, b) -> b.lemmas().size() - a.lemmas().size()));
        terms.values().forEach(l -> l.sort((a, b) -> b.words().size() - a.words().size()));
        statuses.values().forEach(l -> l.sort((a, b) -> b.lemmas().size() - a.lemmas().size()));
        return new Lexicon(cues, terms, statuses, modifiers, contexts, requirementWords, supportVerbs,
                ordinalItems, adversaries, threatenAdversary, backers, referents, nationwide, operators, held,
                blocWords);
    }

    /**
     * True if the sentence holds an event cue, gapped or not, judged exactly as {@link #cuesAt} judges it (a
     * phrase's part of speech is its head's: "humanitarian aid" is a noun cue though "humanitarian" is an
     * adjective). Only such sentences are read for entities, times and dependencies (a gapped phrase needs the parse
     * to hold), so this must never miss a cue extraction would look at.
     */
    public boolean mightCarryEvent(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            String lemma = tokens.get(i).lemma();
            if (!cuesAt(tokens, i).isEmpty() || satisfies(Accusations.MARKERS, lemma)
                    || Dismissals.MARKERS.stream().anyMatch(m -> satisfies(m, lemma))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A cue found in a sentence: tokens [start, end). Gapped when words stand between a verb and the rest of its
     * phrase ("pulled its troops back", "held direct talks"); whether they belong together is the parse's to say.
     */
    public record CueMatch(Cue cue, int start, int end, boolean gapped) {
        /** The token that carries the cue's part of speech: the verb of "pull out", the noun of "air strike". */
        public int head() {
            return "N".equals(cue.pos()) ? end - 1 : start;
        }
    }

    /** At most this many words may stand between a verb and the rest of its phrase. */
    private static final int MAX_GAP = 3;
    /** What may stand between a verb and the rest of its phrase: a short noun phrase or an adverb. */
    private static final Set<String> GAP_POS = Set.of("DT", "PRP$", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS",
            "CD", "RB");
    /**
     * A phrase that ends on a word of its own, not a preposition ("set ... ablaze", not "called ... for"), may hold a
     * longer noun phrase, with a phrase of place or a possessive: "set an oil depot in the Bryansk region ablaze".
     */
    private static final int MAX_LONG_GAP = 8;
    private static final Set<String> LONG_GAP_POS = Set.of("IN", "POS", "HYPH");
    private static final Set<String> PREPOSITION_POS = Set.of("IN", "TO", "RP");

    /** The longest cue starting at token {@code i} whose head part of speech fits, if any. */
    public Optional<Cue> cueAt(List<Token> tokens, int i) {
        for (CueMatch m : cuesAt(tokens, i)) {
            if (!m.gapped()) {
                return Optional.of(m.cue());
            }
        }
        return Optional.empty();
    }

    /**
     * Every cue starting at token {@code i} whose head part of speech fits, longest first, in lexicon order among
     * equals: a word can be a cue of several types, told apart by what each requires ("send aid", "send troops").
     */
    public List<CueMatch> cuesAt(List<Token> tokens, int i) {
        List<Cue> cues = cuesByFirstLemma.get(key(tokens.get(i).lemma()));
        if (cues == null) {
            return List.of();
        }
        List<CueMatch> out = new ArrayList<>();
        for (Cue c : cues) {
            int n = c.lemmas().size();
            if (matchesLemmas(tokens, i, c.lemmas())) {
                CueMatch m = new CueMatch(c, i, i + n, false);
                if (c.posMatches(tokens.get(m.head()))) {
                    out.add(m);
                }
                continue;
            }
            if (n < 2 || "N".equals(c.pos()) || !c.posMatches(tokens.get(i))) {
                continue;
            }
            // The gap may follow the verb or, in a longer phrase, its particle: "laid down their arms".
            boolean found = false;
            for (int before = 1; before < n && !found && matchesLemmas(tokens, i, c.lemmas().subList(0, before));
                 before++) {
                boolean longGap = false;
                for (int gap = 1; gap <= MAX_LONG_GAP && i + before - 1 + gap < tokens.size(); gap++) {
                    String pos = tokens.get(i + before - 1 + gap).pos();
                    longGap |= gap > MAX_GAP || LONG_GAP_POS.contains(pos);
                    if (!GAP_POS.contains(pos) && !LONG_GAP_POS.contains(pos)) {
                        break;
                    }
                    if (matchesLemmas(tokens, i + before + gap, c.lemmas().subList(before, n))
                            && !(longGap && PREPOSITION_POS.contains(tokens.get(i + gap + n - 1).pos()))) {
                        out.add(new CueMatch(c, i, i + gap + n, true));
                        found = true;
                        break;
                    }
                }
            }
        }
        return out;
    }

    /** The longest weapon/unit term starting at token {@code i}, matched on lowercased words or lemmas. */
    public Optional<Term> termAt(List<Token> tokens, int i) {
        List<Term> terms = termsByFirstWord.get(key(tokens.get(i).word()));
        if (terms == null) {
            terms = termsByFirstWord.get(key(tokens.get(i).lemma()));
        }
        if (terms == null) {
            String word = key(tokens.get(i).word());
            if (word.endsWith("s") && word.length() > 3) {
                terms = termsByFirstWord.get(word.substring(0, word.length() - 1));
            }
        }
        if (terms == null) {
            return Optional.empty();
        }
        for (Term t : terms) {
            if (t.words().size() == 1 || matchesWords(tokens, i, t.words())) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    public Optional<StatusPhrase> statusAt(List<Token> tokens, int i) {
        List<StatusPhrase> phrases = statusesByFirstLemma.get(key(tokens.get(i).lemma()));
        if (phrases == null) {
            return Optional.empty();
        }
        for (StatusPhrase p : phrases) {
            if (matchesLemmas(tokens, i, p.lemmas())) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** future, hypothetical, negation, report — or null. */
    public String modifier(Token t) {
        return modifier(t.lemma());
    }

    /** The class of a lemma or a phrasal verb ("call off"), or null. */
    public String modifier(String lemma) {
        return modifiers.get(key(lemma));
    }

    /** True if the lemma is one of the words that satisfy a cue's requirement (lexicon/requirements.tsv). */
    public boolean satisfies(String requirement, String lemma) {
        return requirementWords.getOrDefault(requirement, Set.of()).contains(key(lemma));
    }

    /**
     * Whether the noun at {@code i} is military equipment a side fields, as against what it fires: "a Su-34", "an air
     * defence system", "the cruiser" (requirement "equipment").
     */
    public boolean isEquipment(List<Token> tokens, int i) {
        // The term may end at the noun: "a Russian S-400 air defence system" heads on "system". The longest term
        // covering it decides: "unmanned aircraft" are drones, sent at a target, though "aircraft" alone is not.
        for (int from = Math.max(0, i - 3); from <= i; from++) {
            Optional<Term> t = termAt(tokens, from);
            if (t.isPresent() && from + t.get().words().size() > i) {
                if (t.get().isSent()) {
                    return false;
                }
                if (t.get().isMateriel()) {
                    return true;
                }
            }
        }
        return satisfies("equipment", tokens.get(i).lemma());
    }

    /** Whether the noun at {@code i} is troops: "Wagner fighters" are, "four MiG-29 fighters" are aircraft. */
    public boolean isTroops(List<Token> tokens, int i) {
        return termAt(tokens, i).filter(t -> "troops".equals(t.item())).isPresent() && !isEquipment(tokens, i);
    }

    /**
     * Whether the noun at {@code i}, or a term of several words from {@code phraseStart} ending on it, is a weapon sent
     * at a target ("unmanned aircraft" is a drone, "aircraft" alone is not).
     */
    public boolean isSentWeapon(List<Token> tokens, int phraseStart, int i) {
        for (int from = phraseStart; from <= i; from++) {
            Optional<Term> t = termAt(tokens, from);
            if (t.isPresent() && from + t.get().words().size() - 1 == i) {
                return t.get().isSent();
            }
        }
        return false;
    }

    /** True for a verb whose object noun names the event and whose subject acts: "launched an offensive". */
    public boolean isSupportVerb(Token t) {
        return t.pos().startsWith("VB") && supportVerbs.contains(key(t.lemma()));
    }

    /** Whether a verb with its particle carries the event its object names: "drew up a package of sanctions". */
    public boolean isSupportVerb(Token t, String particle) {
        return t.pos().startsWith("VB") && supportVerbs.contains(key(t.lemma() + " " + particle));
    }

    /** The item an ordinal counts when it precedes this noun ("third visit" counts visits), or null. */
    public String ordinalItem(Token t) {
        return ordinalItems.get(key(t.lemma()));
    }

    /**
     * The country (ISO 3166-1 alpha-2) holding a place on another's soil on a day ("Sevastopol" in 2022, "Donetsk"
     * in 2024: RU), by the town itself or else its region, or null.
     */
    public String holderOf(Location place, LocalDate asOf) {
        if (place == null) {
            return null;
        }
        Held town = place.admin1() == null ? null : held.get(place.name() + ", " + place.admin1());
        Held region = place.admin1() == null ? null : held.get(place.admin1());
        Held h = town != null && (place.precision() == GeoPrecision.CITY || place.precision() == GeoPrecision.POINT)
                ? town : region;
        return h == null || !h.on(asOf) ? null : h.holder();
    }

    /** The side an attack by {@code actorId} is against when the text names none, or null. */
    public String adversaryOf(String actorId) {
        return adversaries.get(actorId);
    }

    /** The side a threat by {@code actorId} is aimed at when the text names no one, or null (adversaries.tsv). */
    public String threatenedBy(String actorId) {
        return threatenAdversary.contains(actorId) ? adversaries.get(actorId) : null;
    }

    /** The side of the war (ISO 3166-1 alpha-2) this state or body backs, or null (backers.tsv). */
    public String sideBackedBy(String actorId) {
        return backers.get(actorId);
    }

    /** The side (ISO 3166-1 alpha-2) that fires weapons of this subtype ("Neptune": UA), or null (operators.tsv). */
    public String operatorOf(String subtype) {
        return operators.get(subtype);
    }

    /**
     * What a bare "the town", "the region", "the two sides" points back to: "city", "region", "parties" or "pair"
     * (lexicon/referents.tsv), or null.
     */
    public String referent(Token t) {
        return referent(t.lemma());
    }

    /** As {@link #referent(Token)}, for a lemma. */
    public String referent(String lemma) {
        return referents.get(key(lemma));
    }

    /** Kinds of place (referents.tsv) a common noun may stand for: "the city", "the capital", "the region". */
    private static final Set<String> PLACE_KINDS = Set.of("city", "capital", "region");

    /** True if the word stands for a kind of place: a town ("city", "village"), a capital or a region. */
    public boolean isPlaceKind(Token t) {
        String kind = referent(t);
        return kind != null && PLACE_KINDS.contains(kind);
    }

    /** The words ("bloc", "alliance") that stand for organisation {@code id} once named (lexicon/blocs.tsv). */
    Set<String> blocWords(String id) {
        return blocWords.getOrDefault(id, Set.of());
    }

    /** True for a cue whose event covers a whole country: an invasion, a mobilisation (lexicon/nationwide.tsv). */
    public boolean isNationwide(Token t) {
        return nationwide.contains(key(t.lemma()));
    }

    public String context(Token t) {
        return contexts.get(key(t.lemma()));
    }

    private static boolean matchesLemmas(List<Token> tokens, int start, List<String> lemmas) {
        if (start + lemmas.size() > tokens.size()) {
            return false;
        }
        for (int k = 0; k < lemmas.size(); k++) {
            if (!lemmas.get(k).equals(key(tokens.get(start + k).lemma()))) {
                return false;
            }
        }
        return true;
    }

    private static boolean matchesWords(List<Token> tokens, int start, List<String> words) {
        if (start + words.size() > tokens.size()) {
            return false;
        }
        for (int k = 0; k < words.size(); k++) {
            Token t = tokens.get(start + k);
            String w = words.get(k);
            String word = key(t.word());
            if (!w.equals(word) && !w.equals(key(t.lemma())) && !(w + "s").equals(word)) {
                return false;
            }
        }
        return true;
    }

    static String key(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }

    private static String dash(String s) {
        return "-".equals(s) ? null : s;
    }

    private static List<String> words(String s) {
        return Arrays.asList(s.trim().toLowerCase(Locale.ROOT).split("\\s+"));
    }

    private static List<String[]> rows(String resource, int columns) {
        InputStream in = Lexicon.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("lexicon file " + resource + " is missing from the class path; rebuild sitrep");
        }
        List<String[]> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (cols.length < columns) {
                    throw new IllegalStateException(resource + ":" + n + ": expected " + columns
                            + " tab-separated columns, found " + cols.length);
                }
                out.add(cols);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return out;
    }
}
