package org.sitrep.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.Actor;
import org.sitrep.model.EventType;
import org.sitrep.model.Mention;
import org.sitrep.model.Role;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.EntitySpan;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * What {@link ActorlessJudge} weighs of an event with no actor: its cue and how the sentence holds it, and what else
 * the event found. General signs, not words of the samples: a definite noun ("the attack") mostly restates, a verb
 * with a counted or dated result mostly reports, a cue hung on a verb of reaction ("condemned the strike") mostly
 * does not report the deed.
 */
public final class ActorlessFeatures {

    /** Sentences up to this index are the lede, where news says what happened. */
    private static final int LEDE = 2;
    private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:pass", "csubj");
    private static final Set<String> QUOTES = Set.of("\"", "“", "”", "``", "''");

    private ActorlessFeatures() {
    }

    /**
     * The features of an event and its sentence alone.
     *
     * @param head the token of the event's main cue
     * @param cue  that cue's lexicon entry
     */
    public static List<String> of(Sentence s, int head, Lexicon.Cue cue, Mention m) {
        Set<String> out = new LinkedHashSet<>();
        String type = m.type().name();
        Token h = s.tokens().get(head);
        String pos = h.pos().startsWith("VB") ? "V" : "N";
        out.add("type=" + type);
        out.add("cue=" + type + ":" + String.join("_", cue.lemmas()));
        out.add("pos=" + pos);
        out.add("type&pos=" + type + ":" + pos);
        out.add("tag=" + h.pos());
        out.add("fact=" + m.factuality().label());
        out.add("type&fact=" + type + ":" + m.factuality().label());
        if (cue.requires() != null) {
            out.add("requires=" + cue.requires());
        }
        out.add("date=" + (m.date() == null ? "none" : m.date().precision().name().toLowerCase(Locale.ROOT)));
        out.add("place=" + (m.location() == null ? "none" : m.location().precision().name().toLowerCase(Locale.ROOT)));
        if (m.quantities().isEmpty()) {
            out.add("counts=none");
        }
        for (var q : m.quantities()) {
            out.add("count=" + q.item());
            out.add("type&count=" + type + ":" + q.item());
        }
        out.add("claimed=" + !m.claimedBy().isEmpty());
        out.add("recipient=" + m.actors().stream().anyMatch(a -> a.role() == Role.RECIPIENT));
        out.add("lede=" + (s.index() <= LEDE));
        out.add("quoted=" + quoted(s, h));
        int n = s.tokens().size();
        out.add("length=" + (n < 15 ? "short" : n < 35 ? "medium" : "long"));
        for (EntitySpan e : s.entities()) {
            if (Set.of("PERSON", "ORGANIZATION", "LOCATION", "COUNTRY", "CITY").contains(e.ner())) {
                out.add("entity=" + e.ner());
            }
        }
        if (s.isParsed()) {
            syntax(s, head, type, pos, out);
        } else {
            out.add("parsed=false");
        }
        return new ArrayList<>(out);
    }

    /**
     * The features with what the rules found around the event: an event of its type in its sentence or earlier in
     * the article makes it likelier a restatement.
     *
     * @param found the rules' events of its sentence
     * @param told  the types of the rules' events in earlier sentences
     */
    public static List<String> inContext(List<String> features, Mention m, List<Mention> found, Set<EventType> told) {
        List<String> out = new ArrayList<>(features);
        out.add("same-type-here=" + found.stream().anyMatch(f -> f.type() == m.type()));
        out.add("others-here=" + Math.min(found.size(), 2));
        out.add("same-type-before=" + told.contains(m.type()));
        return out;
    }

    private static void syntax(Sentence s, int head, String type, String pos, Set<String> out) {
        Dependency up = s.headOf(head);
        if (up != null && up.governor() < 0) {
            up = null;
        }
        String rel = up == null ? "root" : bare(up.relation());
        out.add("rel=" + rel);
        out.add("pos&rel=" + pos + ":" + rel);
        if (up != null) {
            Token gov = s.tokens().get(up.governor());
            out.add("governor=" + gov.lemma().toLowerCase(Locale.ROOT));
            out.add("governor-tag=" + gov.pos().substring(0, Math.min(2, gov.pos().length())));
        }
        boolean subject = false;
        for (Dependency d : s.dependentsOf(head)) {
            String r = bare(d.relation());
            Token dep = s.tokens().get(d.dependent());
            if (SUBJECTS.contains(d.relation())) {
                subject = true;
                out.add("subject=" + (dep.pos().startsWith("PRP") ? "pronoun"
                        : dep.isProperNoun() ? "name" : dep.lemma().toLowerCase(Locale.ROOT)));
            } else if ("det".equals(r) || "nmod:poss".equals(d.relation())) {
                out.add("det=" + ("nmod:poss".equals(d.relation()) ? "possessive"
                        : dep.lemma().toLowerCase(Locale.ROOT)));
            } else if ("aux:pass".equals(d.relation())) {
                out.add("passive");
            } else if ("amod".equals(r)) {
                out.add("modifier=" + dep.lemma().toLowerCase(Locale.ROOT));
            } else if ("nummod".equals(r)) {
                out.add("counted");
            }
        }
        if ("V".equals(pos)) {
            out.add("subject=" + subject);
        }
    }

    private static String bare(String relation) {
        int colon = relation.indexOf(':');
        return colon < 0 || relation.startsWith("nsubj") || relation.startsWith("aux") ? relation
                : relation.substring(0, colon);
    }

    /** True if an odd number of quotation marks come before the cue in its sentence. */
    private static boolean quoted(Sentence s, Token head) {
        int marks = 0;
        for (Token t : s.tokens()) {
            if (t.index() >= head.index()) {
                break;
            }
            if (QUOTES.contains(t.word())) {
                marks++;
            }
        }
        return marks % 2 == 1;
    }
}
