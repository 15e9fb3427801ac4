package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.Span;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Finds who a sentence attributes its facts to: the subject of a reporting verb ("Ukraine's air force said",
 * "the Pentagon said in a statement") or the object of "according to".
 */
final class ClaimFinder {

    /** A claimant as written, with its span in the article. */
    /** @param verb the reporting verb ("said", "told"), or -1 for "according to" */
    record Claim(String text, Span span, int verb) {
    }

    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "you", "who", "which",
            "that", "this");

    private final Lexicon lexicon;

    ClaimFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * Claims that voice the word at {@code word} as someone's view of another: not those whose own words hold it (the
     * "terrorist regime's spokesman said" does not call anyone a terrorist).
     */
    List<Claim> voicing(Sentence s, int word) {
        Token t = s.tokens().get(word);
        return find(s, word).stream().filter(c -> !(c.span().start() <= t.begin() && t.end() <= c.span().end()))
                .toList();
    }

    /** Claims that apply to the event whose cue is token {@code cue}. */
    List<Claim> find(Sentence s, int cue) {
        List<Claim> out = new ArrayList<>();
        List<Token> tokens = s.tokens();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if ("according".equalsIgnoreCase(tokens.get(i).word()) && "to".equalsIgnoreCase(tokens.get(i + 1).word())) {
                int from = i + 2;
                int to = from;
                while (to < tokens.size() && !Clause.isPunct(tokens.get(to)) && !"CC".equals(tokens.get(to).pos())) {
                    to++;
                }
                add(out, s, from, to, -1);
            }
        }
        for (Token t : tokens) {
            if (!"report".equals(lexicon.modifier(t)) || !t.pos().startsWith("VB")) {
                continue;
            }
            if (s.isParsed()) {
                if (!attributes(s, t.index(), cue) || RESTATING.contains(Lexicon.key(t.lemma()))
                        && Clause.dependents(s, t.index(), Set.of("obj")).stream().anyMatch(d -> d.dependent() == cue)) {
                    continue; // "did not repeat his demand for a no-fly zone": the demand is no report of the demand
                }
                int dateline = DateResolver.datelineEnd(s);
                for (Dependency d : Clause.dependents(s, t.index(), Set.of("nsubj"))) {
                    int subject = d.dependent();
                    if (!canBeSource(s, subject)) {
                        // "..., the largest attack of the war, Ukraine's air force reported": parsers take the
                        // apposition before the speaker for the subject and hang the speaker off it.
                        subject = Clause.dependents(s, subject, Set.of("appos")).stream().map(Dependency::dependent)
                                .filter(a -> a > d.dependent() && canBeSource(s, a)).findFirst().orElse(-1);
                    }
                    // "KYIV, Nov 18 (Reuters) - ..., officials said": where the story was filed is no claimant.
                    if (subject < 0 || s.tokens().get(subject).end() <= dateline) {
                        continue;
                    }
                    int title = subject;
                    if (!s.tokens().get(title).isProperNoun() && s.dependentsOf(title).stream()
                            .noneMatch(p -> p.dependent() < title && s.tokens().get(p.dependent()).isProperNoun())) {
                        // "its spokesman, Dmitry Peskov, repeated": the name says who speaks, where the title does not
                        // say for whom ("Spain's foreign minister, Jose Manuel Albares,", "the Kyiv mayor" do).
                        subject = Clause.dependents(s, title, Set.of("appos")).stream().map(Dependency::dependent)
                                .filter(a -> "PERSON".equals(s.tokens().get(a).ner())).findFirst().orElse(title);
                    }
                    int[] np = Clause.nounPhrase(s, subject);
                    add(out, s, np[0], np[1], t.index());
                }
            } else if (t.index() > 0 && t.index() == lastWord(tokens)) {
                // ", Ukraine's air force said." without a parse: the words between the last comma and the verb.
                int from = t.index() - 1;
                while (from > 0 && !",".equals(tokens.get(from - 1).word())) {
                    from--;
                }
                add(out, s, from, t.index(), t.index());
            }
        }
        return out;
    }

    /**
     * "..., he said": the person pronoun that reports the event whose cue is token {@code cue}, as a claim of its own
     * (which {@link #find} leaves out, a pronoun being no attribution a reader can use), or empty.
     */
    Optional<Claim> pronounSpeaker(Sentence s, int cue) {
        for (Token t : s.tokens()) {
            if (!s.isParsed() || !"report".equals(lexicon.modifier(t)) || !t.pos().startsWith("VB")
                    || !attributes(s, t.index(), cue)) {
                continue;
            }
            for (Dependency d : Clause.dependents(s, t.index(), Set.of("nsubj"))) {
                Token subject = s.tokens().get(d.dependent());
                if (Set.of("he", "she").contains(subject.word().toLowerCase(Locale.ROOT))) {
                    return Optional.of(new Claim(subject.word(), new Span(subject.begin(), subject.end(),
                            "claim"), t.index()));
                }
            }
        }
        return Optional.empty();
    }

    /** "X said [the cue...]" or "[the cue...], X said": the reporting verb governs the cue or hangs off it. */
    private static boolean attributes(Sentence s, int report, int cue) {
        if (Clause.dominates(s, report, cue)) {
            return true;
        }
        // "..., the Ukrainian Air Force said on Telegram": a parenthetical report after the cue tells where all of it
        // comes from, wherever the parser hung it.
        Dependency up = s.headOf(report);
        boolean aside = up != null && (up.relation().startsWith("parataxis") || "dep".equals(up.relation()));
        return aside && (up.governor() == cue || Clause.dominates(s, up.governor(), cue) || report > cue);
    }

    /** Verbs of saying again, which also take what is said again as their object. */
    private static final Set<String> RESTATING = Set.of("repeat", "reiterate");

    /** A named entity, or a noun for someone who speaks for others: "authorities", "the air force". */
    /** Tags of words a parser may make the subject of "said" that are times: "Hours before ..., Trump said". */
    private static final Set<String> TIMES = Set.of("DATE", "TIME", "DURATION", "SET");

    private boolean canBeSource(Sentence s, int head) {
        Token t = s.tokens().get(head);
        if (TIMES.contains(t.ner())) {
            return false;
        }
        if (t.isProperNoun() || s.entityAt(head) != null && !"O".equals(t.ner())) {
            return true;
        }
        return "source".equals(lexicon.modifier(t));
    }

    private static int lastWord(List<Token> tokens) {
        int i = tokens.size() - 1;
        while (i > 0 && Clause.isPunct(tokens.get(i))) {
            i--;
        }
        return i;
    }

    private static void add(List<Claim> out, Sentence s, int from, int to, int verb) {
        List<Token> tokens = s.tokens();
        // "Tonight Mr Putin said": a time the parser took into the speaker's phrase is no part of who speaks.
        while (from < to - 1 && s.entityAt(from) != null && s.entityAt(from).isTime()) {
            from++;
        }
        if (from < to && "DT".equals(tokens.get(from).pos()) && to - from > 1) {
            from++;
        }
        if (from >= to || to - from > 12) {
            return;
        }
        String text = s.textOf(from, to).replace('\u2019', '\'').trim();
        if (text.isEmpty() || PRONOUNS.contains(text.toLowerCase(Locale.ROOT))) {
            return;
        }
        for (Claim c : out) {
            if (c.text().equals(text)) {
                return;
            }
        }
        out.add(new Claim(text, new Span(tokens.get(from).begin(), tokens.get(to - 1).end(), "claim"), verb));
    }
}
