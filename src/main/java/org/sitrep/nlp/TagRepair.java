package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.Morphology;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Mends part-of-speech errors the tagger makes in news copy before the parser reads the tags:
 * <ul>
 * <li>a noun that is also a verb, in a noun's place, tagged as a bare verb: in "a Ukrainian drone struck an
 * ambulance", "a Ukrainian drone attack" or "Russia strike kills 10", "drone" and "strike" sit between a modifier and
 * the finite verb or the noun they modify, and tagged VB they make the parser take them for the main verb;</li>
 * <li>a place after "to" ("weapons to Kyiv") tagged as an infinitive;</li>
 * <li>the reverse, a verb after "is due to" ("is due to host a summit") tagged as a noun;</li>
 * <li>an approximation opening a sentence ("Around 40 missiles were ...") tagged as a preposition;</li>
 * <li>a participle in scare quotes after "had" or "been" ("its troops had "liberated" the village") tagged as an
 * adjective: the quotes distance the reporter from a side's word, they do not change its part of speech.</li>
 * </ul>
 */
final class TagRepair {

    /** What may stand just before a noun and not before a bare verb. */
    private static final Set<String> BEFORE_NOUN = Set.of("DT", "PRP$", "JJ", "JJS", "JJR", "CD", "NNP", "NNPS",
            "POS");
    /**
     * After the word, a finite verb or modal (the word heads their subject, it is no second verb), or a common noun
     * it modifies ("a Ukrainian drone attack").
     */
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "MD", "NN", "NNS");

    /** Tags after a noun (joined by "and", or after a participle) that a verb in its place would not take. */
    private static final Set<String> JOINED_NOUN_NEXT = Set.of("VBN", "VBD", "VBZ", "MD");

    /** Forms of "have" and "be" that make a perfect or a passive with a following participle. */
    private static final Set<String> AUXILIARY = Set.of("had", "has", "have", "having", "been", "be", "being", "was",
            "were", "is", "are");

    private static final Set<String> BE = Set.of("is", "are", "was", "were", "'s", "'re");
    /** Tags a verb's object may start with: a determiner, a possessive, a number or a name. */
    private static final Set<String> OBJECT_START = Set.of("DT", "PRP$", "CD", "NNP", "NNPS", "PRP");

    private TagRepair() {
    }

    static void repair(List<CoreLabel> tokens) {
        if (openingApproximation(tokens)) {
            // "Around 40 missiles were aimed at Kyiv": a sentence cannot open on a preposition whose object is a
            // count; read so, the count is a phrase of place and the verb loses its subject.
            tokens.get(0).setTag("RB");
        }
        if (openingParticiple(tokens)) {
            // "Meeting Putin in St Petersburg on Sunday, Lukashenko said ...": capitalised, an -ing word that opens
            // the sentence reads as a name, and the man met becomes the subject of "said".
            tokens.get(0).setTag("VBG");
            tokens.get(0).setLemma(new Morphology().lemma(tokens.get(0).word().toLowerCase(Locale.ROOT), "VBG"));
        }
        for (int i = 1; i < tokens.size(); i++) {
            CoreLabel t = tokens.get(i);
            boolean bare = "VB".equals(t.tag()) || "VBP".equals(t.tag());
            if (bare && i + 1 < tokens.size() && (BEFORE_NOUN.contains(tokens.get(i - 1).tag())
                    || modifiedBySingularNoun(tokens, i)) && FINITE.contains(tokens.get(i + 1).tag())) {
                t.setTag("NN");
            } else if (bare && i + 2 < tokens.size() && BEFORE_NOUN.contains(tokens.get(i - 1).tag())
                    && !AUXILIARY.contains(t.word().toLowerCase(Locale.ROOT)) && !"get".equalsIgnoreCase(t.word())
                    && "VBN".equals(tokens.get(i + 1).tag()) && "IN".equals(tokens.get(i + 2).tag())
                    && !"by".equalsIgnoreCase(tokens.get(i + 2).word())) {
                // "a Ukrainian drone slammed into a block": read as a verb, the noun drags the next verb into a
                // participle; both are put back (a participle followed by "by" is a passive and stays).
                t.setTag("NN");
                tokens.get(i + 1).setTag("VBD");
            } else if (bare && i >= 2 && i + 1 < tokens.size() && PARTICIPLES.contains(tokens.get(i - 1).tag())
                    && DETERMINERS.contains(tokens.get(i - 2).tag()) && JOINED_NOUN_NEXT.contains(tokens.get(i + 1).tag())) {
                // "a falling drone damaged a substation", "a downed drone hit a house": after a determiner, a
                // participle describes the noun that follows; read as a verb, the noun takes the next verb with it.
                tokens.get(i - 1).setTag("JJ");
                t.setTag("NN");
                if ("VBN".equals(tokens.get(i + 1).tag())) {
                    tokens.get(i + 1).setTag("VBD");
                }
            } else if (bare && i >= 2 && i + 1 < tokens.size() && "CC".equals(tokens.get(i - 1).tag())
                    && tokens.get(i - 2).tag().startsWith("NN") && JOINED_NOUN_NEXT.contains(tokens.get(i + 1).tag())) {
                // "every missile and drone aimed at the capital": a noun joined to a noun by "and", before what
                // follows a subject or a noun, is a noun too.
                t.setTag("NN");
            } else if (bare && (afterIndefiniteArticle(tokens, i) || "the".equalsIgnoreCase(tokens.get(i - 1).word()))) {
                // "shot down a Ukrainian drone over the region": after "a" and at most one modifier, a noun; "announced
                // the recapture of Urozhaine": right after "the", a noun.
                t.setTag("NN");
            } else if (bare && "TO".equals(tokens.get(i - 1).tag()) && Character.isUpperCase(t.word().charAt(0))) {
                // "shipments of weapons to Kyiv": a capitalised word after "to" inside a sentence is a name, and
                // "to" its preposition, not an infinitive's marker.
                tokens.get(i - 1).setTag("IN");
                t.setTag("NNP");
                t.setLemma(t.word());
            } else if (afterDueTo(tokens, i)) {
                // "is due to host a summit", "was due to visit Kyiv", "is to chair a call": a plan, whose verb the
                // tagger reads as a noun after the preposition "due to" ("due to bad weather") or after "is to".
                tokens.get(i - 1).setTag("TO");
                t.setTag("VB");
            } else if (demonymBeforeNoun(tokens, i)) {
                // "On Friday Ukrainian missiles struck": a nationality before a common noun describes it; tagged as a
                // name it joins the day before it into one noun phrase, and the parser makes the missiles a time.
                t.setTag("JJ");
            } else if (participleAfterNoun(tokens, i)) {
                // "issued a joint statement backing Trump's call": an -ing word between a noun and what a verb's
                // object starts with is a participle telling what the noun does.
                t.setTag("VBG");
                t.setLemma(new Morphology().lemma(t.word(), "VBG"));
            } else if (pastAfterSubject(tokens, i)) {
                // "said S-300 missiles hit energy facilities": a past form between a noun and its object, with no
                // auxiliary, is the noun's verb; read as a participle it makes the noun's clause a mere phrase.
                t.setTag("VBD");
            } else if (pastAfterFloatingQuantifier(tokens, i)) {
                // "Russia and Ukraine each freed 303 prisoners", "the two sides both accused": after a subject and
                // "each" or "both", a past form is the subject's verb, not a participle describing the count.
                t.setTag("VBD");
            } else if (participleBeforeModal(tokens, i)) {
                // "the IRIS-T systems promised to Kyiv would be delivered": a past form after a common noun, then
                // only a phrase of "to", "by" or time before a modal, describes the noun, which is the modal's subject.
                t.setTag("VBN");
            } else if (conditionsVerb(tokens, i)) {
                // "will continue until Kyiv surrenders", "unless Moscow withdraws": after a conjunction of condition
                // and a name, an -s word is the name's verb; read as a plural noun it makes a surrender of the
                // condition.
                t.setTag("VBZ");
                t.setLemma(new Morphology().lemma(t.word(), "VBZ"));
            } else if (verbBeforeCount(tokens, i)) {
                // "The new package lists 32 firms", "the army needs 20 brigades": an -s word between a singular noun
                // and a count, where the clause has no verb yet, is the noun's verb; read as a plural noun it makes a
                // compound of the subject and leaves the clause without a verb.
                t.setTag("VBZ");
                t.setLemma(new Morphology().lemma(t.word(), "VBZ"));
            } else if (quotedParticiple(tokens, i)) {
                t.setTag("VBN");
                // A lexer of its own: CoreNLP's shared static one is not safe beside the pipeline's other threads.
                t.setLemma(new Morphology().lemma(t.word(), "VBN"));
            }
        }
    }

    /**
     * "a long-range drone attack": a base form right after a singular common noun cannot be that noun's verb (it
     * would take -s), unless the noun is the object of a verb before it ("helped the army attack"), so it is a noun
     * the first one modifies, or that modifies the next.
     */
    private static boolean modifiedBySingularNoun(List<CoreLabel> tokens, int i) {
        if (!"VB".equals(tokens.get(i).tag()) || !"NN".equals(tokens.get(i - 1).tag())) {
            return false;
        }
        for (int k = i - 2; k >= Math.max(0, i - 4); k--) {
            if (tokens.get(k).tag().startsWith("VB") || "TO".equals(tokens.get(k).tag())
                    || "MD".equals(tokens.get(k).tag())) {
                return false;
            }
        }
        return true;
    }

    /** Words that open a clause a verb may follow: the start, a comma, "that" or a colon. */
    private static final Set<String> CLAUSE_OPENERS = Set.of(",", "that", ":", ";", "--", "-");

    /** A lower-case plural after a singular common noun and before a number, with no verb yet in its clause. */
    private static boolean verbBeforeCount(List<CoreLabel> tokens, int i) {
        CoreLabel t = tokens.get(i);
        if (i < 2 || i + 1 >= tokens.size() || !"NNS".equals(t.tag()) || !Character.isLowerCase(t.word().charAt(0))
                || !t.word().endsWith("s") || t.word().endsWith("ss") || !"NN".equals(tokens.get(i - 1).tag())
                || !"CD".equals(tokens.get(i + 1).tag())) {
            return false;
        }
        for (int k = i - 2; k >= 0 && !CLAUSE_OPENERS.contains(tokens.get(k).word().toLowerCase(Locale.ROOT)); k--) {
            String tag = tokens.get(k).tag();
            if (tag.startsWith("VB") || "MD".equals(tag) || "IN".equals(tag) || "CD".equals(tag)) {
                return false; // a verb already, or the noun sits in a phrase ("of the package lists")
            }
        }
        return true;
    }

    /** Participles, which after a determiner describe the noun that follows: "a falling drone", "a downed drone". */
    private static final Set<String> PARTICIPLES = Set.of("VBG", "VBN");
    private static final Set<String> DETERMINERS = Set.of("DT", "PRP$");

    /** Conjunctions that open a condition or a limit: a clause, with a subject and a verb, follows. */
    private static final Set<String> CONDITIONAL = Set.of("if", "unless", "until", "once");

    /** A lower-case plural noun right after "if", "unless", "until" or "once" and one name. */
    private static boolean conditionsVerb(List<CoreLabel> tokens, int i) {
        CoreLabel t = tokens.get(i);
        return i >= 2 && "NNS".equals(t.tag()) && Character.isLowerCase(t.word().charAt(0)) && t.word().endsWith("s")
                && "NNP".equals(tokens.get(i - 1).tag())
                && CONDITIONAL.contains(tokens.get(i - 2).word().toLowerCase(Locale.ROOT));
    }

    /** What follows an opening participle: its object or a phrase of place or time ("Meeting Putin", "Speaking in"). */
    private static final Set<String> AFTER_OPENING_PARTICIPLE = Set.of("DT", "PRP$", "NNP", "NNPS", "IN", "PRP");

    /**
     * "Meeting Putin in St Petersburg on Sunday, Lukashenko said": an -ing word tagged as a name or a noun opens the
     * sentence, its object or a preposition follows, and a comma later closes the participle's clause before the
     * subject. A place such as Beijing is followed by its verb, a comma or a possessive instead.
     */
    private static boolean openingParticiple(List<CoreLabel> tokens) {
        if (tokens.size() < 5) {
            return false;
        }
        CoreLabel first = tokens.get(0);
        String word = first.word();
        if (word.length() < 6 || !word.endsWith("ing") || !Character.isUpperCase(word.charAt(0))
                || !Set.of("NNP", "NN").contains(first.tag())
                || !AFTER_OPENING_PARTICIPLE.contains(tokens.get(1).tag())) {
            return false;
        }
        for (int i = 2; i < tokens.size() - 2; i++) {
            if (",".equals(tokens.get(i).word())) {
                return true;
            }
        }
        return false;
    }

    /** Words of approximation a tagger reads as prepositions: "Around 40 missiles", "About 300 drones". */
    private static final Set<String> APPROXIMATE = Set.of("around", "about", "over", "under");

    /** "Around 40 missiles ...": the sentence opens on an approximation, a count and a plural noun. */
    private static boolean openingApproximation(List<CoreLabel> tokens) {
        return tokens.size() > 3 && "IN".equals(tokens.get(0).tag())
                && APPROXIMATE.contains(tokens.get(0).word().toLowerCase(Locale.ROOT))
                && "CD".equals(tokens.get(1).tag()) && tokens.get(2).tag().startsWith("NNS");
    }

    /** "a drone", "an Iranian drone": "a" or "an" just before, or before one adjective or name. */
    private static boolean afterIndefiniteArticle(List<CoreLabel> tokens, int i) {
        int k = i - 1;
        if (Set.of("JJ", "NNP").contains(tokens.get(k).tag()) && k > 0) {
            k--;
        }
        String word = tokens.get(k).word().toLowerCase(Locale.ROOT);
        return "DT".equals(tokens.get(k).tag()) && ("a".equals(word) || "an".equals(word));
    }

    /** Endings of nationality words: Ukrainian, Russian, European, Chinese. */
    private static final List<String> DEMONYM_ENDINGS = List.of("ian", "ean", "ese");

    /** A capitalised word with a nationality's ending, tagged as a name, just before a lower-case common noun. */
    private static boolean demonymBeforeNoun(List<CoreLabel> tokens, int i) {
        CoreLabel t = tokens.get(i);
        if (!"NNP".equals(t.tag()) || i + 1 >= tokens.size() || t.word().length() < 5
                || !Character.isUpperCase(t.word().charAt(0)) || !Character.isLowerCase(t.word().charAt(1))
                || DEMONYM_ENDINGS.stream().noneMatch(t.word()::endsWith)) {
            return false;
        }
        CoreLabel next = tokens.get(i + 1);
        return ("NN".equals(next.tag()) || "NNS".equals(next.tag())) && Character.isLowerCase(next.word().charAt(0));
    }

    /** A lower-case "-ing" word tagged as a noun, right after a common noun and before an object's first word. */
    private static boolean participleAfterNoun(List<CoreLabel> tokens, int i) {
        CoreLabel t = tokens.get(i);
        String w = t.word();
        return "NN".equals(t.tag()) && w.length() > 5 && w.endsWith("ing") && Character.isLowerCase(w.charAt(0))
                && i + 1 < tokens.size() && "NN".equals(tokens.get(i - 1).tag())
                && OBJECT_START.contains(tokens.get(i + 1).tag());
    }

    /** A noun-tagged word after "is due to" or "is to", followed by what a verb's object starts with. */
    private static boolean afterDueTo(List<CoreLabel> tokens, int i) {
        if (i < 2 || i + 1 >= tokens.size() || !"NN".equals(tokens.get(i).tag())
                || !"to".equalsIgnoreCase(tokens.get(i - 1).word())
                || !OBJECT_START.contains(tokens.get(i + 1).tag())) {
            return false;
        }
        int be = "due".equalsIgnoreCase(tokens.get(i - 2).word()) ? i - 3 : i - 2;
        return be >= 0 && BE.contains(tokens.get(be).word().toLowerCase(Locale.ROOT));
    }

    /** Words that open a time phrase after a participle ("drones launched last night", "fired Sunday"). */
    private static final Set<String> TIME_WORDS = Set.of("last", "next", "this", "that", "overnight", "earlier",
            "later", "late", "early", "yesterday", "today", "tonight", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.");
    /** Nouns of time that a phrase after a participle may end on ("launched the previous night"). */
    private static final Set<String> TIME_NOUNS = Set.of("day", "night", "week", "month", "year", "morning",
            "evening", "afternoon", "weekend", "hour", "hours", "days", "weeks", "months", "years", "time");
    /** What a verb's object may open with. */
    private static final Set<String> OBJECT_OPENING = Set.of("DT", "PRP$", "NN", "NNS", "JJ", "CD", "NNP");

    /**
     * A past participle right after a lower-case common noun and before what opens an object that is no time phrase:
     * the past tense of the noun's verb ("missiles hit energy facilities"), not a participle describing the noun
     * ("drones launched overnight", "the missiles fired the previous day").
     */
    private static boolean pastAfterSubject(List<CoreLabel> tokens, int i) {
        CoreLabel t = tokens.get(i);
        CoreLabel before = tokens.get(i - 1);
        if (!"VBN".equals(t.tag()) || i + 1 >= tokens.size() || !Character.isLowerCase(t.word().charAt(0))
                || !("NNS".equals(before.tag()) || "NN".equals(before.tag()))
                || !Character.isLowerCase(before.word().charAt(0))
                || i >= 2 && AUXILIARY.contains(tokens.get(i - 2).word().toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int k = i + 1; k < tokens.size() && k <= i + 4; k++) {
            CoreLabel next = tokens.get(k);
            String word = next.word().toLowerCase(Locale.ROOT);
            if (!OBJECT_OPENING.contains(next.tag()) || TIME_WORDS.contains(word) || TIME_NOUNS.contains(word)) {
                return false;
            }
            if (next.tag().startsWith("NN")) {
                return true;
            }
        }
        return false;
    }

    /** Quantifiers that may float after a plural subject: "they each", "the two sides both". */
    private static final Set<String> FLOATING = Set.of("each", "both");

    /**
     * A past participle right after "each" or "both" that follows a name, a plural noun or a pronoun, with no
     * auxiliary before: the subject's own verb ("Russia and Ukraine each freed 303 prisoners").
     */
    private static boolean pastAfterFloatingQuantifier(List<CoreLabel> tokens, int i) {
        if (!"VBN".equals(tokens.get(i).tag()) || i < 2
                || !FLOATING.contains(tokens.get(i - 1).word().toLowerCase(Locale.ROOT))) {
            return false;
        }
        String subject = tokens.get(i - 2).tag();
        return Set.of("NNP", "NNPS", "NNS", "PRP").contains(subject)
                && !AUXILIARY.contains(tokens.get(i - 2).word().toLowerCase(Locale.ROOT));
    }

    /** Verbs of saying and thinking, whose past form before a phrase and a modal is the verb of a clause. */
    private static final Set<String> SAYING = Set.of("said", "told", "warned", "added", "claimed", "insisted",
            "stated", "declared", "announced", "confirmed", "reported", "wrote", "argued", "noted", "predicted",
            "believed", "thought", "hoped", "feared", "expected", "knew", "agreed", "signalled", "signaled",
            "indicated", "suggested", "acknowledged", "admitted", "replied", "responded", "explained");
    /** What a phrase between the participle's preposition and the modal may hold: a short noun phrase or a time. */
    private static final Set<String> PHRASE_TAGS = Set.of("DT", "JJ", "NNP", "NNPS", "NN", "NNS", "CD", "HYPH");

    /**
     * A lower-case past form (no verb of saying) right after a lower-case common noun, then a preposition and at most
     * four words of one noun phrase, then a modal: "systems promised to Kyiv would", "tanks pledged by Berlin will".
     */
    private static boolean participleBeforeModal(List<CoreLabel> tokens, int i) {
        CoreLabel t = tokens.get(i);
        CoreLabel before = tokens.get(i - 1);
        if (!"VBD".equals(t.tag()) || i + 3 >= tokens.size() || !Character.isLowerCase(t.word().charAt(0))
                || SAYING.contains(t.word().toLowerCase(Locale.ROOT))
                || !("NNS".equals(before.tag()) || "NN".equals(before.tag()))
                || !Character.isLowerCase(before.word().charAt(0))
                || !Set.of("IN", "TO").contains(tokens.get(i + 1).tag())
                || "that".equalsIgnoreCase(tokens.get(i + 1).word())) {
            return false;
        }
        for (int k = i + 2; k < tokens.size() && k <= i + 6; k++) {
            String tag = tokens.get(k).tag();
            if ("MD".equals(tag)) {
                return k > i + 2;
            }
            if (!PHRASE_TAGS.contains(tag) || "DT".equals(tag) && k > i + 2) {
                return false;
            }
        }
        return false;
    }

    /**
     * had "liberated", had been "completely liberated": an -ed word in quotes (after any adverbs inside them), straight
     * after a form of "have" or "be", taken for an adjective.
     */
    private static boolean quotedParticiple(List<CoreLabel> tokens, int i) {
        CoreLabel t = tokens.get(i);
        if (!"JJ".equals(t.tag()) || !t.word().endsWith("ed") || i + 1 >= tokens.size()
                || !"''".equals(tokens.get(i + 1).tag())) {
            return false;
        }
        int open = i - 1;
        while (open > 0 && tokens.get(open).tag().startsWith("RB")) {
            open--;
        }
        return open >= 1 && "``".equals(tokens.get(open).tag())
                && AUXILIARY.contains(tokens.get(open - 1).word().toLowerCase(Locale.ROOT));
    }
}
