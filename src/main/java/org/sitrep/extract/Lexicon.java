package org.sitrep.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sitrep.model.EventType;
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
                default -> head.pos().startsWith("VB") || head.pos().startsWith("NN");
            };
        }
    }

    /** A word or phrase that names a counted thing, optionally with its subtype ("Shahed" is a drone). */
    public record Term(List<String> words, String item, String subtype, String assaultMode) {
    }

    /** A status phrase ("shoot down" -> shot_down). */
    public record StatusPhrase(List<String> lemmas, String status) {
    }

    private final Map<String, List<Cue>> cuesByFirstLemma;
    private final Map<String, List<Term>> termsByFirstWord;
    private final Map<String, List<StatusPhrase>> statusesByFirstLemma;
    private final Map<String, String> modifiers;
    private final Map<String, String> contexts;

    private Lexicon(Map<String, List<Cue>> cues, Map<String, List<Term>> terms,
                    Map<String, List<StatusPhrase>> statuses, Map<String, String> modifiers,
                    Map<String, String> contexts) {
        this.cuesByFirstLemma = cues;
        this.termsByFirstWord = terms;
        this.statusesByFirstLemma = statuses;
        this.modifiers = modifiers;
        this.contexts = contexts;
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
        // Longest phrases first, so "air strike" wins over "strike".
        cues.values().forEach(l -> l.sort((a, b) -> b.lemmas().size() - a.lemmas().size()));
        terms.values().forEach(l -> l.sort((a, b) -> b.words().size() - a.words().size()));
        statuses.values().forEach(l -> l.sort((a, b) -> b.lemmas().size() - a.lemmas().size()));
        return new Lexicon(cues, terms, statuses, modifiers, contexts);
    }

    /**
     * True if the sentence holds an event cue, judged exactly as {@link #cueAt} judges it (a phrase's part of speech
     * is its head's: "humanitarian aid" is a noun cue though "humanitarian" is an adjective). Only such sentences
     * are read for entities, times and dependencies, so this must never miss a cue extraction would find.
     */
    public boolean mightCarryEvent(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (cueAt(tokens, i).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** The longest cue starting at token {@code i} whose head part of speech fits, if any. */
    public Optional<Cue> cueAt(List<Token> tokens, int i) {
        List<Cue> cues = cuesByFirstLemma.get(key(tokens.get(i).lemma()));
        if (cues == null) {
            return Optional.empty();
        }
        for (Cue c : cues) {
            if (matchesLemmas(tokens, i, c.lemmas()) && c.posMatches(tokens.get(headOf(c, i)))) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** Index of the token that carries a cue's part of speech: the verb of "pull out", the noun of "air strike". */
    static int headOf(Cue c, int start) {
        return "N".equals(c.pos()) ? start + c.lemmas().size() - 1 : start;
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
        return modifiers.get(key(t.lemma()));
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
