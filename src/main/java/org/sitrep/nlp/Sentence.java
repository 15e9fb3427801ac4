package org.sitrep.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * A sentence with its tokens and, when it was worth reading (it carries an event cue), its entities and
 * dependencies.
 *
 * @param begin        character offset of the sentence in the article text
 * @param tokens       with lemmas and parts of speech; with NER tags only when the sentence was worth reading
 * @param entities     empty when the sentence was not worth reading
 * @param dependencies empty when the sentence was not worth reading
 */
public record Sentence(int index, int begin, int end, String text, List<Token> tokens, List<EntitySpan> entities,
                       List<Dependency> dependencies) {

    public Sentence {
        tokens = List.copyOf(tokens);
        entities = List.copyOf(entities);
        dependencies = List.copyOf(dependencies);
    }

    public boolean isParsed() {
        return !dependencies.isEmpty();
    }

    /** The dependents of token {@code head}, in sentence order. */
    public List<Dependency> dependentsOf(int head) {
        List<Dependency> out = new ArrayList<>();
        for (Dependency d : dependencies) {
            if (d.governor() == head) {
                out.add(d);
            }
        }
        return out;
    }

    /** The index of the token a character offset of the article falls in, or -1 when it falls in none. */
    public int tokenAt(int offset) {
        for (Token t : tokens) {
            if (t.begin() <= offset && offset < t.end()) {
                return t.index();
            }
        }
        return -1;
    }

    /** The dependency that attaches token {@code dependent} to its head, or null for the root. */
    public Dependency headOf(int dependent) {
        Dependency fallback = null;
        for (Dependency d : dependencies) {
            if (d.dependent() == dependent) {
                // Enhanced graphs add extra heads (controlled subjects, relative pronouns); prefer the basic one.
                if (d.relation().contains("xsubj") || "ref".equals(d.relation())) {
                    fallback = fallback == null ? d : fallback;
                    continue;
                }
                return d;
            }
        }
        return fallback;
    }

    /** The entity covering token {@code tokenIndex}, or null. */
    public EntitySpan entityAt(int tokenIndex) {
        for (EntitySpan e : entities) {
            if (tokenIndex >= e.tokenStart() && tokenIndex < e.tokenEnd()) {
                return e;
            }
        }
        return null;
    }

    /** Text of tokens [from, to) as it stands in the sentence. */
    public String textOf(int from, int to) {
        if (from >= to) {
            return "";
        }
        return text.substring(tokens.get(from).begin() - begin, tokens.get(to - 1).end() - begin);
    }
}
