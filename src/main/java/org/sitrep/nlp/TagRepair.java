package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.Morphology;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Mends one part-of-speech error the tagger makes in news copy before the parser reads the tags: a noun that is also a
 * verb, in a noun's place, tagged as a bare verb. In "a Ukrainian drone struck an ambulance", "a Ukrainian drone
 * attack" or "Russia strike kills 10", "drone" and "strike" sit between a determiner or modifier and the sentence's
 * finite verb or the noun they modify; tagged VB, they make
 * the parser take them for the main verb and the real one for a stray dependent. And a place after "to" ("weapons to
 * Kyiv") tagged as an infinitive. And a participle in scare quotes after "had" ("its troops had "liberated" the village")
 * tagged as an adjective: the quotes distance the reporter from a side's word, they do not change its part of speech.
 */
final class TagRepair {

    /** What may stand just before a noun and not before a bare verb. */
    private static final Set<String> BEFORE_NOUN = Set.of("DT", "PRP$", "JJ", "CD", "NNP", "NNPS", "POS");
    /**
     * After the word, a finite verb or modal (the word heads their subject, it is no second verb), or a common noun
     * it modifies ("a Ukrainian drone attack").
     */
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "MD", "NN", "NNS");

    /** Forms of "have" that make a perfect with a following participle. */
    private static final Set<String> PERFECT = Set.of("had", "has", "have", "having");

    private TagRepair() {
    }

    static void repair(List<CoreLabel> tokens) {
        for (int i = 1; i < tokens.size(); i++) {
            CoreLabel t = tokens.get(i);
            boolean bare = "VB".equals(t.tag()) || "VBP".equals(t.tag());
            if (bare && i + 1 < tokens.size() && BEFORE_NOUN.contains(tokens.get(i - 1).tag())
                    && FINITE.contains(tokens.get(i + 1).tag())) {
                t.setTag("NN");
            } else if (bare && "TO".equals(tokens.get(i - 1).tag()) && Character.isUpperCase(t.word().charAt(0))) {
                // "shipments of weapons to Kyiv": a capitalised word after "to" inside a sentence is a name, and
                // "to" its preposition, not an infinitive's marker.
                tokens.get(i - 1).setTag("IN");
                t.setTag("NNP");
                t.setLemma(t.word());
            } else if (quotedParticiple(tokens, i)) {
                t.setTag("VBN");
                t.setLemma(Morphology.lemmaStatic(t.word(), "VBN"));
            }
        }
    }

    /** had "liberated": an -ed word alone in quotes, straight after a form of "have", taken for an adjective. */
    private static boolean quotedParticiple(List<CoreLabel> tokens, int i) {
        CoreLabel t = tokens.get(i);
        return i >= 2 && i + 1 < tokens.size() && "JJ".equals(t.tag()) && t.word().endsWith("ed")
                && "``".equals(tokens.get(i - 1).tag()) && "''".equals(tokens.get(i + 1).tag())
                && PERFECT.contains(tokens.get(i - 2).word().toLowerCase(Locale.ROOT));
    }
}
