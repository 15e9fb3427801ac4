package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Set;

/**
 * Mends one part-of-speech error the tagger makes in news copy before the parser reads the tags: a noun that is also a
 * verb, in a noun's place, tagged as a bare verb. In "a Ukrainian drone struck an ambulance" or "Russia strike kills
 * 10", "drone" and "strike" sit between a determiner or modifier and the sentence's finite verb; tagged VB, they make
 * the parser take them for the main verb and the real one for a stray dependent.
 */
final class TagRepair {

    /** What may stand just before a noun and not before a bare verb. */
    private static final Set<String> BEFORE_NOUN = Set.of("DT", "PRP$", "JJ", "CD", "NNP", "NNPS", "POS");
    /** A finite verb or modal after the word: the word is its subject's head, not a second verb. */
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "MD");

    private TagRepair() {
    }

    static void repair(List<CoreLabel> tokens) {
        for (int i = 1; i + 1 < tokens.size(); i++) {
            CoreLabel t = tokens.get(i);
            if (("VB".equals(t.tag()) || "VBP".equals(t.tag())) && BEFORE_NOUN.contains(tokens.get(i - 1).tag())
                    && FINITE.contains(tokens.get(i + 1).tag())) {
                t.setTag("NN");
            }
        }
    }
}
