package org.sitrep.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.EventType;
import org.sitrep.model.Factuality;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.EntitySpan;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Decides whether a sentence asserts that an event happened, or only that it is planned, possible or denied.
 * Walks from the cue up the dependency tree: modals and negation on the cue or any governing verb, and governing
 * words like "expected", "plans", "permission", "denied", change what the sentence asserts. Reporting verbs
 * ("said") are transparent: reported speech keeps the factuality of what is reported.
 */
final class FactualityJudge {
    /** Verb tags with a tense of their own. */
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");


    /**
     * Relations through which a governing word changes what is asserted. Not obl/nmod: "after Monday's assault"
     * keeps its own factuality whatever the main verb says.
     */
    private static final Set<String> CLIMB = Set.of("xcomp", "ccomp", "acl", "advcl", "obj", "csubj",
            "nsubj:pass", "acl:relcl");

    /** Clauses that say when something else happened; what they report happened whatever the main clause says. */
    private static final Set<String> TEMPORAL = Set.of("advcl:after", "advcl:since", "advcl:following",
            "advcl:while", "advcl:as", "advcl:when", "acl:since", "acl:after");

    /** How a noun event hangs off what anticipates it: "eve of", "brace for", "fear" (object). */
    private static final Set<String> ANTICIPATION_LINKS = Set.of("nmod:of", "obl:for", "nmod:for", "obj",
            "obl:of", "obl:against", "nmod:against", "xcomp");

    private final Lexicon lexicon;

    FactualityJudge(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    Factuality judge(Sentence s, int trigger) {
        return judge(s, trigger, false);
    }

    /** Words that open a condition or an open question: "if", "unless", "whether". */
    private static final Set<String> CONDITIONS = Set.of("if", "unless", "whether");
    /** Adverbs that negate the verb they modify. */
    static final Set<String> NEGATING_ADVERBS = Set.of("not", "never", "n't");
    /** Auxiliaries of the plain past: "was hit", "had struck", "did strike"; any other (a modal, "to") is not. */
    private static final Set<String> PAST_AUXILIARIES = Set.of("be", "have", "do");
    /** Relations by which a verb is wanted, not told: "tried to strike", "to strike would be". */
    private static final Set<String> UNTOLD = Set.of("xcomp", "csubj");
    /** Classes of modifiers.tsv whose word above a noun event makes it less than told. */
    private static final Set<String> MARKS_UNTOLD = Set.of("future", "hypothetical", "negation", "prospect",
            "stalled", "attempt", "ability");
    /** Steps from a noun cue up to the verb that tells it: "the strike on the depot killed two". */
    private static final int NOUN_TO_VERB = 3;

    /**
     * True if the event is told in the plain past with nothing on it but reporting: "Kyiv was hit", "the strike killed
     * two", officials said. Stricter than {@link #judge}: for events with no actor, where a plan kept by mistake
     * ("is to chair a call", "such attacks would continue") would be an invented happening.
     */
    boolean plainlyPast(Sentence s, int cue) {
        if (!s.isParsed()) {
            return false;
        }
        int verb = cue;
        for (int steps = 0; !s.tokens().get(verb).pos().startsWith("VB"); steps++) {
            Dependency up = s.headOf(verb);
            if (steps == NOUN_TO_VERB || up == null || up.governor() < 0 || negates(s, verb)) {
                return false;
            }
            verb = up.governor();
            String cls = modifierOf(s, verb);
            if (cls != null && MARKS_UNTOLD.contains(cls)) {
                return false; // "a meeting he had hoped to hold", "the risk of an attack"
            }
        }
        String tag = s.tokens().get(verb).pos();
        boolean perfectOrPast = false;
        for (Dependency d : s.dependentsOf(verb)) {
            Token t = s.tokens().get(d.dependent());
            String lemma = t.lemma().toLowerCase(Locale.ROOT);
            if (d.relation().startsWith("aux")) {
                if (!PAST_AUXILIARIES.contains(lemma)) {
                    return false; // "will strike", "to strike", "could have struck"
                }
                // "had struck", "has launched", "was hit"; not "is expected", "are hit"
                perfectOrPast |= "have".equals(lemma) || "VBD".equals(t.pos());
            }
            if ("mark".equals(d.relation()) && !"that".equals(lemma)
                    || d.relation().startsWith("nsubj") && negates(s, d.dependent())) {
                return false; // "if Kyiv were hit", "no corridor was agreed"
            }
        }
        Dependency up = s.headOf(verb);
        boolean told = up == null || up.governor() < 0 || !UNTOLD.contains(up.relation());
        return told && !negates(s, verb) && ("VBD".equals(tag) || "VBN".equals(tag) && perfectOrPast);
    }

    /**
     * The head of {@code node} in its own clause. A noun with a relative clause is also the subject or object of the
     * relative clause's verb in the enhanced graph ("the summit that was meant to ... will not take place": "summit"
     * is the subject of "meant" too); that verb tells of the noun, it does not say whether the noun's event happened.
     */
    private static Dependency clauseHead(Sentence s, int node) {
        Dependency first = s.headOf(node);
        if (first == null || first.governor() < 0 || s.dependentsOf(node).stream().noneMatch(d ->
                d.dependent() == first.governor() && d.relation().startsWith("acl:relcl"))) {
            return first;
        }
        for (Dependency d : s.dependencies()) {
            if (d.dependent() == node && d != first && d.governor() != first.governor()
                    && !d.relation().contains("xsubj") && !"ref".equals(d.relation())) {
                return d;
            }
        }
        return first;
    }

    /** Verbs that, with "short of", say something was not done: "stopped short of", "fell short of". */
    private static final Set<String> SHORT_OF = Set.of("stop", "fall");

    /** True if {@code verb} is "stopped short" or "fell short", with or without what it fell short of. */
    static boolean stopsShort(Sentence s, int verb) {
        return SHORT_OF.contains(s.tokens().get(verb).lemma().toLowerCase(Locale.ROOT))
                && (hasShort(s, verb) || s.dependentsOf(verb).stream().anyMatch(d -> ofPhrase(s, d)
                        && hasShort(s, d.dependent())));
    }

    /**
     * True if {@code node} is what someone "stopped short of" or "fell short of" doing. The parser hangs "short" on
     * either verb, and the "of" phrase by advcl:of, obl:of or a loose dep: advcl:of(stopped, saying) with
     * advmod(saying, short), or advmod(stopped, short) with advcl:of(short, backing).
     */
    private static boolean stoppedShortOf(Sentence s, int node) {
        Dependency up = s.headOf(node);
        if (up == null || up.governor() < 0 || !ofPhrase(s, up)) {
            return false;
        }
        int above = up.governor();
        if ("short".equalsIgnoreCase(s.tokens().get(above).word())) {
            Dependency verb = s.headOf(above);
            return verb != null && verb.governor() >= 0 && stopsShort(s, verb.governor());
        }
        return stopsShort(s, above) && (hasShort(s, node) || hasShort(s, above));
    }

    /** A phrase with "of": advcl:of, obl:of, or a loose dependent with "of" as its case or mark. */
    private static boolean ofPhrase(Sentence s, Dependency d) {
        return d.relation().endsWith(":of") || "dep".equals(d.relation()) && s.dependentsOf(d.dependent()).stream()
                .anyMatch(c -> ("case".equals(c.relation()) || "mark".equals(c.relation()))
                        && "of".equalsIgnoreCase(s.tokens().get(c.dependent()).word()));
    }

    private static boolean hasShort(Sentence s, int node) {
        return s.dependentsOf(node).stream().anyMatch(d -> "advmod".equals(d.relation())
                && "short".equalsIgnoreCase(s.tokens().get(d.dependent()).word()));
    }

    /**
     * "had taken no hostages", "fired no missiles at the city": a deed done to no one and nothing did not happen. Not
     * a count ("no fewer than 50 drones").
     */
    private static boolean doneToNone(Sentence s, int trigger) {
        return s.tokens().get(trigger).pos().startsWith("VB") && Clause.dependents(s, trigger, Set.of("obj"))
                .stream().map(Dependency::dependent).anyMatch(o -> s.dependentsOf(o).stream()
                        .anyMatch(d -> "det".equals(d.relation()) && Set.of("no", "neither")
                                .contains(s.tokens().get(d.dependent()).lemma().toLowerCase(Locale.ROOT)))
                        && Clause.dependents(s, o, Set.of("nummod", "amod")).isEmpty());
    }

    /** Nouns that "no" turns into an assurance: "there was no doubt that Russia fired it", "no question that". */
    private static final Set<String> DOUBTS = Set.of("doubt", "question");

    /** True for "doubt" or "question", whose "no" asserts what follows ("no doubt that"). */
    private static boolean isDoubt(Sentence s, int node) {
        return DOUBTS.contains(s.tokens().get(node).lemma().toLowerCase(Locale.ROOT));
    }

    /** True if a word carries negation: "not", "never", "no corridor", "neither side". */
    private static boolean negates(Sentence s, int node) {
        if (isDoubt(s, node)) {
            return false;
        }
        for (Dependency d : s.dependentsOf(node)) {
            String lemma = s.tokens().get(d.dependent()).lemma().toLowerCase(Locale.ROOT);
            if ("neg".equals(d.relation()) || "advmod".equals(d.relation()) && NEGATING_ADVERBS.contains(lemma)
                    || "det".equals(d.relation()) && Set.of("no", "neither").contains(lemma)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param attemptIsAct true for attacks: "tried to storm the town" reports an assault, while "tried to meet"
     *                     does not report a meeting
     */
    Factuality judge(Sentence s, int trigger, boolean attemptIsAct) {
        if (!s.isParsed()) {
            return byWindow(s, trigger);
        }
        if (stalledAfter(s, trigger)) {
            return Factuality.HYPOTHETICAL; // "A US package of about $60 billion, which ..., remains stuck"
        }
        Dependency offeredBy = s.headOf(trigger);
        if (offeredBy != null && offeredBy.governor() >= 0 && Set.of("obl:for", "obl:to").contains(offeredBy.relation())
                && s.tokens().get(offeredBy.governor()).pos().startsWith("JJ")
                && lexicon.satisfies("readiness", s.tokens().get(offeredBy.governor()).lemma())
                && !Clause.dependents(s, offeredBy.governor(), Set.of("cop")).isEmpty()) {
            return Factuality.HYPOTHETICAL; // "was ready for a meeting with Trump", "is open to talks": offered
        }
        Factuality anticipated = anticipated(s, trigger);
        if (anticipated != null) {
            return anticipated;
        }
        Factuality ahead = ahead(s, trigger);
        if (ahead != null) {
            return ahead;
        }
        if (isPresent(s, trigger) && saidLater(s, trigger)) {
            return Factuality.FUTURE; // "NATO leaders meet in The Hague later in the month"
        }
        int node = trigger;
        boolean viaConj = false;
        // "said Germany would deliver": "would" in reported speech is the future seen from the past.
        boolean futureInThePast = false;
        boolean fromFinite = false;
        int below = trigger; // the node the walk came up from
        if (doneByNone(s, trigger) || stoppedShortOf(s, trigger) || doneToNone(s, trigger)) {
            return Factuality.NEGATED; // "stopped short of backing the ceasefire"
        }
        Dependency held = s.headOf(trigger);
        if (s.tokens().get(trigger).pos().startsWith("NN") && held != null && held.governor() >= 0
                && ("obj".equals(held.relation()) || "nsubj:pass".equals(held.relation()))
                && "negation".equals(classOf(s, held.governor()))) {
            // "claimed victory in Mariupol, but he called off the assault on the steelworks": what is called off,
            // whatever the clause is joined to, did not happen.
            return Factuality.NEGATED;
        }
        for (int depth = 0; depth < 6; depth++) {
            if (isSubjunctive(s, node)) {
                return Factuality.HYPOTHETICAL; // "proposed that Kyiv break off relations", "demanded Russia withdraw"
            }
            // "did not stop its offensive and attacked Kharkiv": a verb with a tense of its own is not denied by the
            // verb it is joined to, though it still shares a condition ("if Russia attacks and kills").
            Factuality own = markedOn(s, node, !fromFinite);
            int marked = node;
            if (own == null && !futureInThePast) {
                // "would cease fire and begin negotiations": the bare second verb has the first one's modal.
                int partner = sharesAuxiliaryWith(s, node);
                if (partner >= 0) {
                    own = markedOn(s, partner);
                    marked = partner;
                }
            }
            if (own == Factuality.HYPOTHETICAL && isPlainWould(s, marked)) {
                futureInThePast = true;
                own = null;
            }
            Dependency from = depth > 0 ? s.headOf(below) : null;
            if (own == Factuality.NEGATED && from != null && from.governor() == node
                    && from.relation().startsWith("ccomp") && "report".equals(modifierOf(s, node))) {
                // "has neither confirmed nor denied that it brought the plane down", "did not confirm that ...": a
                // report withheld leaves what it is about unsaid, not denied.
                return Factuality.HYPOTHETICAL;
            }
            if (own != null) {
                return own;
            }
            // A verb reached through coordination lends its markers, not its meaning: "pledged aid and sent tanks".
            if (depth > 0 && !viaConj) {
                String cls = classOf(s, node);
                // "should not be able to say that he had refused": a saying only supposed vouches for nothing.
                if ("report".equals(cls) && stoppedShortOf(s, node)) {
                    // "stopped short of saying that a Russian missile had struck": what was not said is left open.
                    return Factuality.HYPOTHETICAL;
                }
                if ("report".equals(cls) && calledUntrue(s, node)) {
                    // "said the claims that Russian forces had shelled the plant were untrue": a claim rebutted.
                    return Factuality.NEGATED;
                }
                if ("report".equals(cls) && !isToInfinitive(s, node)) {
                    return futureInThePast ? Factuality.FUTURE : Factuality.REPORTED;
                }
                if ("future".equals(cls)) {
                    return Factuality.FUTURE;
                }
                if ("hypothetical".equals(cls)) {
                    return Factuality.HYPOTHETICAL;
                }
                if ("negation".equals(cls)) {
                    return Factuality.NEGATED;
                }
                if ("attempt".equals(cls) && !attemptIsAct && isVerb(s, node)) {
                    return Factuality.HYPOTHETICAL;
                }
                if ("prospect".equals(cls) && isToInfinitive(s, below)) {
                    return Factuality.FUTURE; // "officials are likely to press them again"
                }
            }
            Dependency up = clauseHead(s, node);
            if (up != null && up.governor() >= 0 && Set.of("advcl", "acl:relcl").contains(up.relation())
                    && openedBy(s, node, TEMPORAL_WORDS) && (isPresent(s, node) || misreadPresent(s, node))
                    && (datesFuture(s, up.governor())
                    || !Set.of("VBD", "VBN").contains(s.tokens().get(up.governor()).pos()))) {
                // "The question will come up again on Tuesday, when the contact group meets": a present tense in a
                // clause of time is the future of the clause it dates. Under a clause not told in the past ("expected
                // to raise it when Putin visits Turkey", however the parser hangs it) it is ahead too.
                return Factuality.FUTURE;
            }
            if (up != null && up.governor() >= 0 && (up.relation().startsWith("advcl") || "dep".equals(up.relation()))
                    && openedBy(s, node, Set.of("once", "until")) && isPresent(s, node)) {
                // "ready to lead a mission once both Kyiv and Moscow cooperate", "will go on until Kyiv surrenders":
                // a present tense after "once" or "until" is a condition not yet met.
                return datesFuture(s, up.governor()) ? Factuality.FUTURE : Factuality.HYPOTHETICAL;
            }
            if (up == null || up.governor() < 0 || TEMPORAL.contains(up.relation())
                    || "advcl".equals(up.relation()) && openedBy(s, node, TEMPORAL_WORDS)) {
                // "After retreating 20km, Russian forces are likely to...": a temporal clause states a fact.
                break;
            }
            if ("acl:relcl".equals(up.relation()) && inPlainPast(s, node)
                    && !Clause.dependents(s, node, Set.of("nsubj", "nsubj:pass")).isEmpty()) {
                // "to dismiss Kuleba, who had handed in his resignation on Wednesday": a relative clause told in the
                // past with a subject of its own tells its own fact.
                break;
            }
            if (up.relation().endsWith(":without")) {
                // "left the White House without signing an agreement", "talks ended without a ceasefire".
                return Factuality.NEGATED;
            }
            if (up.relation().startsWith("nsubj") && !isVerb(s, node) && (isConditional(s, up.governor())
                    || s.dependentsOf(up.governor()).stream().anyMatch(d -> d.relation().startsWith("advcl")
                    && isConditional(s, d.dependent())))) {
                // "if Ukraine's counteroffensive succeeded in ...": a noun said of under a condition is part of it;
                // so is one whose clause holds only on a condition ("further sanctions were available if Russia went
                // further").
                return Factuality.HYPOTHETICAL;
            }
            if (CONDITIONS.contains(s.tokens().get(up.governor()).lemma().toLowerCase(Locale.ROOT))) {
                // "has yet to decide whether to send tanks": the parser may hang the clause on its conjunction.
                return Factuality.HYPOTHETICAL;
            }
            viaConj = up.relation().startsWith("conj") && isVerb(s, node) && isVerb(s, up.governor());
            fromFinite = viaConj && FINITE.contains(s.tokens().get(node).pos());
            // "signals for US military aid to resume": the noun is the subject of an infinitive.
            boolean subjectOfInfinitive = depth == 0 && "nsubj".equals(up.relation()) && !isVerb(s, node)
                    && isToInfinitive(s, up.governor());
            // "would begin moving weapons", "could keep Russian guns firing": a verb the parser hung loose off another
            // is most often its complement. Only right after it, or after words of its own clause: a participle
            // further on ("..., killing 50 people") is hung anywhere.
            boolean loose = "dep".equals(up.relation()) && isVerb(s, node) && isVerb(s, up.governor())
                    && up.governor() < node && onlyOwnWordsBetween(s, up.governor(), node)
                    // "officials are likely to press them": an infinitive hung loose off a predicate adjective.
                    || "dep".equals(up.relation()) && isToInfinitive(s, node)
                    && s.tokens().get(up.governor()).pos().startsWith("JJ")
                    && !Clause.dependents(s, up.governor(), Set.of("cop")).isEmpty();
            if (depth == 0 && "nmod:for".equals(up.relation()) && !isVerb(s, up.governor())
                    && "future".equals(modifierOf(s, up.governor()))) {
                // "Istanbul remained the agreed venue for a third round of talks", "plans for a summit": a meeting
                // something is arranged for is still to come.
                return Factuality.FUTURE;
            }
            // "will join Zelensky for talks", "flew to Ankara for a summit": what someone goes or comes for shares
            // the going's time.
            boolean purpose = depth == 0 && "obl:for".equals(up.relation()) && !isVerb(s, node)
                    && isVerb(s, up.governor());
            // "A third round of talks was due to begin on Monday", "the attack could resume": a noun event that is
            // the subject of its clause has that clause's tense and mood.
            // "could consider supplying weapons, depending on how far ... goes": a gerund the parser made a subject
            // is still a noun of its clause.
            boolean subject = depth <= 1 && "nsubj".equals(up.relation())
                    && (!isVerb(s, node) || "VBG".equals(s.tokens().get(node).pos()));
            // "a third round of talks", "a wave of strikes": the noun the event is counted in heads its phrase.
            boolean counted = depth == 0 && "nmod:of".equals(up.relation()) && !isVerb(s, node)
                    && !isVerb(s, up.governor());
            // "statements about the capture of Kupiansk": a noun event is what a report noun tells of.
            boolean toldOf = depth == 0 && "nmod:about".equals(up.relation()) && !isVerb(s, node)
                    && "report".equals(classOf(s, up.governor()));
            if (!climbs(up.relation()) && !viaConj && !subjectOfInfinitive && !loose && !purpose && !subject
                    && !counted && !toldOf) {
                break;
            }
            if (!viaConj && isToInfinitive(s, node) && "be".equals(s.tokens().get(up.governor()).lemma())
                    && up.relation().startsWith("xcomp")) {
                // "Austin is to host the meeting", "the leaders are to meet on Friday": a schedule, not a wish.
                return Factuality.FUTURE;
            }
            if (!viaConj && isToInfinitive(s, node) && orderedInThePast(s, up.governor()) && withdraws(s, node)) {
                // "had ordered troops to withdraw from Avdiivka", "were ordered on Friday to pull back": news of an
                // order to fall back is news of the withdrawal; an order to attack or to talk stays an order.
                return Factuality.REPORTED;
            }
            if (!viaConj && isToInfinitive(s, node) && pastAct(s, up.governor(), DECISIONS) && decidable(s, node)) {
                // "Germany has decided to send 14 Leopard tanks", "he had decided to pull units out": a state's
                // decision to give, withdraw or sanction is news of the act. Troops a state "has decided to send"
                // are still to go (a report's "had decided" is as often the same news told in reported speech).
                return deploys(s, node) ? Factuality.FUTURE : Factuality.REPORTED;
            }
            if (!viaConj && isToInfinitive(s, node) && !passesOn(s.tokens().get(up.governor()))
                    && !tripMade(s, up.governor()) && !enacted(s, up.governor())) {
                // "needed permission to strike", "waiting for them to start attacking": a purpose or a wish.
                return Factuality.HYPOTHETICAL;
            }
            below = node;
            node = up.governor();
        }
        if (futureInThePast) {
            return Factuality.HYPOTHETICAL;
        }
        return isUnfulfilledInfinitive(s, trigger) ? Factuality.HYPOTHETICAL : Factuality.REPORTED;
    }

    /**
     * A noun event looked forward to: "on the eve of a NATO summit", "bracing for a winter of Russian strikes",
     * "fears new attacks". Follows "of" and "for" phrases up to a word the lexicon classes as future or hypothetical.
     */
    private Factuality anticipated(Sentence s, int trigger) {
        if (isVerb(s, trigger)) {
            return null;
        }
        Dependency purpose = s.headOf(trigger);
        if (purpose != null && purpose.governor() >= 0 && purpose.relation().endsWith(":for")
                && (isMateriel(s, purpose.governor()) || s.dependentsOf(purpose.governor()).stream()
                .anyMatch(d -> "obj".equals(d.relation()) && isMateriel(s, d.dependent())))) {
            // "missiles for strikes on Kharkiv", "carry missiles for strikes": what the weapons are for.
            return Factuality.HYPOTHETICAL;
        }
        if (purpose != null && purpose.governor() >= 0 && "obl:for".equals(purpose.relation())
                && isPresent(s, purpose.governor())) {
            // "NATO leaders are gathering in Madrid for a summit", "heads to Washington for talks": what someone is
            // on the way to is still to come.
            return Factuality.FUTURE;
        }
        if (!Clause.dependents(s, trigger, Set.of("cop")).isEmpty()) {
            // "its key demands were an immediate ceasefire", "the plan is a ceasefire by Easter": what a demand or a
            // plan is, is only asked for or planned.
            for (Dependency subject : Clause.dependents(s, trigger, Set.of("nsubj"))) {
                String cls = modifierOf(s, subject.dependent());
                if ("future".equals(cls)) {
                    return Factuality.FUTURE;
                }
                if ("hypothetical".equals(cls) || lexicon.cueAt(s.tokens(), subject.dependent())
                        .filter(c -> c.type() == EventType.REQUEST).isPresent()) {
                    return Factuality.HYPOTHETICAL;
                }
            }
        }
        if (timetabled(s, trigger, purpose)) {
            return Factuality.FUTURE;
        }
        int node = trigger;
        boolean defending = false;
        boolean forIt = false;
        for (int steps = 0; steps < 3; steps++) {
            Dependency up = s.headOf(node);
            if (up == null || up.governor() < 0 || !ANTICIPATION_LINKS.contains(up.relation())
                    || "xcomp".equals(up.relation()) && !defending) {
                return null;
            }
            forIt |= up.relation().endsWith(":for");
            node = up.governor();
            String cls = modifierOf(s, node);
            if ("future".equals(cls)) {
                return Factuality.FUTURE;
            }
            if (forIt && isVerb(s, node) && markedOn(s, node, false) == Factuality.FUTURE) {
                // "Ministers are due to gather on Friday for a Council meeting": what one will gather for is ahead.
                return Factuality.FUTURE;
            }
            if ("hypothetical".equals(cls)) {
                return Factuality.HYPOTHETICAL;
            }
            if (isVerb(s, node)) {
                // "preparing to defend Pokrovsk against a Russian assault": the assault lies ahead when what
                // governs the defence does; "defended the town against an assault" reports one.
                if (steps > 0 || !up.relation().endsWith(":against")) {
                    return null;
                }
                defending = true;
            }
        }
        return null;
    }

    /**
     * "before the NATO summit that opens in Madrid on Tuesday", "talks, which begin on Monday": a noun event whose
     * clause is in the simple present with a day of its own is on a timetable, still to come.
     */
    private static boolean timetabled(Sentence s, int noun, Dependency up) {
        List<Integer> clauses = new ArrayList<>();
        Clause.dependents(s, noun, Set.of("acl:relcl")).forEach(d -> clauses.add(d.dependent()));
        if (up != null && up.governor() >= 0 && up.relation().startsWith("obl")) {
            clauses.add(up.governor());
        }
        for (int verb : clauses) {
            String tag = s.tokens().get(verb).pos();
            if (("VBZ".equals(tag) || "VBP".equals(tag)) && Clause.dependents(s, verb, Set.of("aux")).isEmpty()
                    && s.dependentsOf(verb).stream().anyMatch(d -> d.relation().startsWith("obl")
                    && isDay(s.entityAt(d.dependent())))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDay(EntitySpan e) {
        return e != null && ("DATE".equals(e.ner()) || "TIME".equals(e.ner()));
    }

    /** The class of a word, or of the phrasal verb it heads with its particle ("called off" the trip negates it). */
    private String classOf(Sentence s, int node) {
        Token t = s.tokens().get(node);
        List<Dependency> particles = Clause.dependents(s, node, Set.of("compound:prt"));
        for (Dependency d : particles) {
            String phrase = lexicon.modifier(t.lemma() + " " + s.tokens().get(d.dependent()).word());
            if (phrase != null) {
                return phrase;
            }
        }
        // A verb with a particle is another verb: "set off explosions" is not "set to visit".
        return particles.isEmpty() ? modifierOf(s, node) : null;
    }

    /**
     * A claim or report said to be untrue: the subject of "untrue", "false", "a lie" ("the claims ... were untrue"),
     * or what is dismissed or called so ("dismissed the reports as absurd", "called the claims false").
     */
    /**
     * True if the event at {@code trigger} is what a report called untrue tells of: "reports of the capture of
     * Pokrovsk are not true", "statements about the capture of Kupiansk are false".
     */
    boolean rebutted(Sentence s, int trigger) {
        int node = trigger;
        for (int steps = 0; steps < 3 && s.isParsed(); steps++) {
            Dependency up = s.headOf(node);
            if (up == null || up.governor() < 0 || !Set.of("nmod:of", "nmod:about").contains(up.relation())) {
                return false;
            }
            node = up.governor();
            if ("report".equals(classOf(s, node)) && calledUntrue(s, node)) {
                return true;
            }
        }
        return false;
    }

    /** Words that, denied, call a claim untrue: "not true", "not accurate". */
    private static final Set<String> TRUTHS = Set.of("true", "accurate", "correct");

    private boolean calledUntrue(Sentence s, int noun) {
        if (!s.tokens().get(noun).pos().startsWith("NN")) {
            return false;
        }
        Dependency up = s.headOf(noun);
        if (up == null || up.governor() < 0) {
            return false;
        }
        int above = up.governor();
        if (up.relation().startsWith("nsubj") && lexicon.satisfies("dismissal", s.tokens().get(above).lemma())) {
            return true;
        }
        if (up.relation().startsWith("nsubj") && TRUTHS.contains(Lexicon.key(s.tokens().get(above).lemma()))
                && Clause.dependents(s, above, Set.of("advmod", "neg")).stream().anyMatch(d -> NEGATING_ADVERBS
                .contains(s.tokens().get(d.dependent()).word().toLowerCase(Locale.ROOT)))) {
            return true; // "reports of the capture of Pokrovsk are not true"
        }
        return "obj".equals(up.relation()) && Clause.dependents(s, above, Set.of("obl:as", "xcomp")).stream()
                .anyMatch(d -> lexicon.satisfies("dismissal", s.tokens().get(d.dependent()).lemma()));
    }

    /** The lexicon's class of a word as this sentence uses it. */
    private String modifierOf(Sentence s, int node) {
        String cls = lexicon.modifier(s.tokens().get(node));
        return cls == null || doneToObject(s, node) ? null : cls;
    }

    /**
     * "set a tanker ablaze", "set fire to a depot": a verb that opens a deed of the lexicon's and acts on an object
     * is that deed, not the word of plans it is elsewhere ("is set to visit").
     */
    private boolean doneToObject(Sentence s, int node) {
        boolean actsOn = !Clause.dependents(s, node, Set.of("obj")).isEmpty()
                || Clause.dependents(s, node, Set.of("xcomp")).stream() // "set a tanker ablaze": a small clause
                .anyMatch(x -> !Clause.dependents(s, x.dependent(), Set.of("nsubj")).isEmpty());
        // Only a deed of force: "reserved the right to strike" keeps its "reserve", which makes the strike a prospect.
        return actsOn && lexicon.cuesAt(s.tokens(), node).stream()
                .anyMatch(m -> m.cue().lemmas().size() > 1 && m.cue().type() == EventType.ASSAULT);
    }

    /** What a temporal clause the parser left unlabelled opens with: "had not begun when the news arrived". */
    private static final Set<String> TEMPORAL_WORDS = Set.of("when");

    private static boolean openedBy(Sentence s, int clause, Set<String> words) {
        return s.dependentsOf(clause).stream().anyMatch(d -> ("advmod".equals(d.relation())
                || "mark".equals(d.relation())) && d.dependent() < clause
                && words.contains(s.tokens().get(d.dependent()).word().toLowerCase(Locale.ROOT)));
    }

    /** "will come up on Tuesday, when ...": the clause dated, or the verb the day dated is a phrase of, is ahead. */
    private boolean datesFuture(Sentence s, int dated) {
        if (markedOn(s, dated) == Factuality.FUTURE || isPlainWould(s, dated)) {
            return true; // "said the case would come up when ministers next discuss it": the future seen from the past
        }
        Dependency up = s.headOf(dated);
        return !isVerb(s, dated) && up != null && up.governor() >= 0 && up.relation().startsWith("obl")
                && markedOn(s, up.governor()) == Factuality.FUTURE;
    }

    /** Adverbs that put a verb in the present ahead of its telling: "meet later this month", "votes tomorrow". */
    private static final Set<String> AHEAD_ADVERBS = Set.of("later", "tomorrow");

    /** "later" or "tomorrow" on the verb, not counted back from something ("days later", "a week later"). */
    private static boolean saidLater(Sentence s, int verb) {
        return Clause.dependents(s, verb, Set.of("advmod", "obl:tmod", "obl:npmod")).stream()
                .map(Dependency::dependent)
                .filter(a -> AHEAD_ADVERBS.contains(s.tokens().get(a).word().toLowerCase(Locale.ROOT)))
                .anyMatch(a -> Clause.dependents(s, a, Set.of("obl:npmod", "nummod", "obl:tmod", "nmod:tmod")).isEmpty());
    }

    /** A verb in the present: "heads", "are gathering" (not "flew", "were gathering"). */
    private static boolean isPresent(Sentence s, int verb) {
        String tag = s.tokens().get(verb).pos();
        if ("VBZ".equals(tag) || "VBP".equals(tag)) {
            return true;
        }
        return "VBG".equals(tag) && s.dependentsOf(verb).stream().anyMatch(d -> "aux".equals(d.relation())
                && Set.of("VBZ", "VBP").contains(s.tokens().get(d.dependent()).pos()));
    }

    /** "when the Turkish leader visits Kyiv": a present verb with its subject that the tagger took for a plural noun. */
    private static boolean misreadPresent(Sentence s, int node) {
        return "NNS".equals(s.tokens().get(node).pos())
                && s.dependentsOf(node).stream().anyMatch(d -> "nsubj".equals(d.relation()) && d.dependent() < node);
    }

    private static boolean isVerb(Sentence s, int i) {
        return s.tokens().get(i).pos().startsWith("VB");
    }

    /** "would" on this verb with no condition anywhere in the sentence ("if", "unless", "whether"). */
    private static boolean isPlainWould(Sentence s, int node) {
        boolean would = false;
        for (Dependency d : s.dependentsOf(node)) {
            String lemma = s.tokens().get(d.dependent()).lemma().toLowerCase(Locale.ROOT);
            if (d.relation().startsWith("aux") && "would".equals(lemma)) {
                would = true;
            }
        }
        if (!would) {
            return false;
        }
        for (Token t : s.tokens()) {
            if (CONDITIONS.contains(t.lemma().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** Verbs after which a "to" infinitive did happen: "began to withdraw", "managed to strike", "voted to approve". */
    private static final Set<String> IMPLICATIVE = Set.of("begin", "start", "continue", "manage", "resume",
            "proceed", "keep", "go", "be", "have", "use", "move", "help", "lead", "force", "prompt", "cause", "compel",
            "vote");

    /**
     * "permission to strike", "a plan to deploy", "steps to attack": an infinitive states a purpose or a
     * possibility, not a fact, unless the verb above it implies it happened.
     */
    private boolean isUnfulfilledInfinitive(Sentence s, int trigger) {
        if (!isToInfinitive(s, trigger)) {
            return false;
        }
        Dependency up = s.headOf(trigger);
        if (up == null || up.governor() < 0) {
            return true;
        }
        if (enacted(s, up.governor())) {
            return false;
        }
        // "permission to use missiles to strike": an implicative verb passes on whether it happened itself.
        return !passesOn(s.tokens().get(up.governor())) && !tripMade(s, up.governor())
                || isUnfulfilledInfinitive(s, up.governor());
    }

    /**
     * "signed a decree to impose sanctions on Iran", "adopted a law to ban the church": an act signed or passed in the
     * past does what its infinitive says (requirements.tsv enactment, enact).
     */
    private boolean enacted(Sentence s, int governor) {
        Dependency up = s.headOf(governor);
        int verb = up != null && up.governor() >= 0 && "obj".equals(up.relation()) ? up.governor() : governor;
        Token v = s.tokens().get(verb);
        // The parser may hang the infinitive on the verb itself ("signed a decree to impose", xcomp of "signed").
        return lexicon.satisfies("enact", v.lemma()) && "VBD".equals(v.pos()) && s.dependentsOf(verb).stream()
                .anyMatch(d -> "obj".equals(d.relation())
                        && lexicon.satisfies("enactment", s.tokens().get(d.dependent()).lemma()));
    }

    private static boolean isToInfinitive(Sentence s, int node) {
        if (!"VB".equals(s.tokens().get(node).pos())) {
            return false;
        }
        if (hasToMark(s, node)) {
            return true;
        }
        // "decided to pull units out and move them": the second verb shares the first one's "to".
        for (Dependency d : s.dependencies()) {
            if (d.dependent() == node && d.relation().startsWith("conj") && hasToMark(s, d.governor())) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasToMark(Sentence s, int node) {
        for (Dependency d : s.dependentsOf(node)) {
            if (d.relation().equals("mark") && "to".equalsIgnoreCase(s.tokens().get(d.dependent()).word())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a word governing a "to" infinitive leaves its factuality to be decided further up: implicative verbs
     * ("began to withdraw") and words the lexicon classes as future, hypothetical, negation or report, which the
     * climb reads itself.
     */
    /** Ways of going somewhere, whose purpose ("flew in to visit the base") a trip made in the past carried out. */
    private static final Set<String> TRAVEL = Set.of("fly", "travel", "come", "arrive", "head", "return", "drive",
            "sail", "journey");

    /**
     * "Stoltenberg flew in to visit the base", "Zelensky came to ask for Tomahawks": news tells the purpose of a trip
     * already made as what was done on it. Not a trip that is planned ("will travel to Kyiv to meet").
     */
    private static boolean tripMade(Sentence s, int verb) {
        Token t = s.tokens().get(verb);
        return TRAVEL.contains(t.lemma().toLowerCase(Locale.ROOT)) && "VBD".equals(t.pos());
    }

    /** Verbs of giving an order. */
    private static final Set<String> ORDERS = Set.of("order", "command", "instruct");

    /** Verbs of deciding. */
    private static final Set<String> DECISIONS = Set.of("decide");
    /** Events a state's decision is news of. */
    private static final Set<EventType> DECIDED = EnumSet.of(EventType.AID, EventType.MOBILIZE, EventType.RETREAT,
            EventType.SANCTION);

    /** The word is a cue of giving, deploying, withdrawing or sanctioning. */
    private boolean decidable(Sentence s, int verb) {
        return lexicon.cuesAt(s.tokens(), verb).stream().anyMatch(m -> DECIDED.contains(m.cue().type()));
    }

    /** A cue of deploying whose object is troops: "send some 12,000 troops". */
    private boolean deploys(Sentence s, int verb) {
        return lexicon.cuesAt(s.tokens(), verb).stream().anyMatch(m -> m.cue().type() == EventType.MOBILIZE)
                && Clause.dependents(s, verb, Set.of("obj")).stream()
                .anyMatch(d -> lexicon.isTroops(s.tokens(), d.dependent()));
    }

    /** "ordered", "had ordered", "were ordered": an order given, not one that would, might or did not come. */
    private static boolean orderedInThePast(Sentence s, int verb) {
        return pastAct(s, verb, ORDERS);
    }

    /** The verb, one of {@code verbs}, told as done in the past: "decided", "has decided", not "would decide". */
    private static boolean pastAct(Sentence s, int verb, Set<String> verbs) {
        Token t = s.tokens().get(verb);
        if (!verbs.contains(t.lemma().toLowerCase(Locale.ROOT))
                || !Set.of("VBD", "VBN").contains(t.pos())) {
            return false;
        }
        List<Dependency> aux = Clause.dependents(s, verb, Set.of("aux", "aux:pass", "advmod"));
        boolean finite = "VBD".equals(t.pos()) || aux.stream().map(d -> s.tokens().get(d.dependent()))
                .anyMatch(a -> Set.of("VBD", "VBZ", "VBP").contains(a.pos()));
        return finite && aux.stream().map(d -> s.tokens().get(d.dependent()))
                .noneMatch(a -> "MD".equals(a.pos()) || NEGATING_ADVERBS.contains(a.word().toLowerCase(Locale.ROOT)));
    }

    /** The word is a cue of falling back: "withdraw", "pull back", "retreat", "leave". */
    private boolean withdraws(Sentence s, int verb) {
        return lexicon.cuesAt(s.tokens(), verb).stream().anyMatch(m -> m.cue().type() == EventType.RETREAT);
    }

    private boolean passesOn(Token governor) {
        return IMPLICATIVE.contains(governor.lemma().toLowerCase(Locale.ROOT)) || lexicon.modifier(governor) != null;
    }

    private static boolean climbs(String relation) {
        int colon = relation.indexOf(':');
        String base = colon > 0 ? relation.substring(0, colon) : relation;
        return CLIMB.contains(relation) || CLIMB.contains(base) && !"nsubj".equals(base) && !"advcl".equals(relation)
                || relation.startsWith("advcl:") || relation.startsWith("acl:");
    }

    /**
     * The verb a bare infinitive ("begin" in "would cease fire and begin talks") is joined to, whose auxiliary it
     * shares; -1 when the token is no such verb. Enhanced graphs may give the second verb the first one's head too,
     * so the link is looked for among all edges.
     */
    private static int sharesAuxiliaryWith(Sentence s, int node) {
        if (!"VB".equals(s.tokens().get(node).pos())
                || s.dependentsOf(node).stream().anyMatch(d -> d.relation().startsWith("aux"))) {
            return -1;
        }
        for (int k = 0; k < node; k++) {
            for (Dependency d : s.dependentsOf(k)) {
                // Parsers often hang the second verb loose ("dep"): "would begin handing ... and pull back".
                if (d.dependent() == node && (d.relation().startsWith("conj") || "dep".equals(d.relation()))
                        && isVerbToken(s, k)) {
                    return k;
                }
            }
        }
        return -1;
    }

    private static boolean isVerbToken(Sentence s, int i) {
        return s.tokens().get(i).pos().startsWith("VB");
    }

    /**
     * Modal auxiliaries, negation and conditional markers attached directly to a token. Negation wins over a modal
     * beside it: "would not supply weapons" is a refusal, not a plan.
     */
    /**
     * What a noun or a clause says lies ahead: "the next NATO meetings", "the planned offensive" (the noun's own
     * adjective); "such attacks would continue" (the noun is the subject of a modal verb); "before our forces capture
     * more" (a present tense after "before" tells of what has not happened yet). Null when none of these.
     */
    private Factuality ahead(Sentence s, int trigger) {
        Token cue = s.tokens().get(trigger);
        Dependency up = s.headOf(trigger);
        if ("VBG".equals(cue.pos()) && up != null && up.governor() >= 0) {
            // A gerund talked about ("talked about asking for consultations"), weighed ("the question of supplying
            // arms", not "days of shelling") or committed to ("committed themselves to banning imports") is not done
            // yet.
            boolean ofNoun = "nmod:of".equals(up.relation())
                    && lexicon.satisfies("prospect", s.tokens().get(up.governor()).lemma());
            if (up.relation().endsWith(":about") || ofNoun) {
                return Factuality.HYPOTHETICAL;
            }
            if (Set.of("obl:to", "advcl:to").contains(up.relation())) {
                return Factuality.FUTURE;
            }
            if ("xcomp".equals(up.relation())
                    && lexicon.satisfies("cessation", s.tokens().get(up.governor()).lemma())) {
                return Factuality.NEGATED; // "stopped sharing intelligence": no longer done
            }
        }
        if (cue.pos().startsWith("NN")) {
            Factuality predicated = predicatedAhead(s, trigger);
            if (predicated != null) {
                return predicated;
            }
            if (up != null && up.governor() >= 0 && "obj".equals(up.relation())
                    && "negation".equals(classOf(s, up.governor()))) {
                return Factuality.NEGATED; // "had called off a planned summit": planned once, now not to be
            }
            for (Dependency d : Clause.dependents(s, trigger, Set.of("amod"))) {
                String cls = modifierOf(s, d.dependent());
                if ("future".equals(cls)) {
                    return Factuality.FUTURE;
                }
                if ("hypothetical".equals(cls)) {
                    return Factuality.HYPOTHETICAL;
                }
            }
            if (up != null && up.governor() >= 0 && "compound".equals(up.relation())) {
                up = s.headOf(up.governor()); // "the aid package remained stuck": the phrase's head says
            }
            if (up != null && up.governor() >= 0 && "nmod:in".equals(up.relation())
                    && (s.tokens().get(up.governor()).isNumber()
                    || lexicon.satisfies("currency", s.tokens().get(up.governor()).lemma()))) {
                up = s.headOf(up.governor()); // "$60 billion in military aid remains stuck": the sum's head says
            }
            if (awaited(s, trigger)) {
                return Factuality.FUTURE; // "a package was expected to be announced", "talks are planned"
            }
            if (up != null && up.governor() >= 0 && REQUESTED_BY.contains(up.relation())
                    && lexicon.cueAt(s.tokens(), up.governor()).filter(c -> c.type() == EventType.REQUEST).isPresent()) {
                // "asked Congress for $33 billion", "the request for $61 billion": what is asked for is not given.
                return Factuality.HYPOTHETICAL;
            }
            if (up != null && up.governor() >= 0 && up.relation().startsWith("nsubj")
                    && lexicon.satisfies("occurrence", s.tokens().get(up.governor()).lemma())
                    && markedOn(s, up.governor(), true) == Factuality.NEGATED) {
                return Factuality.NEGATED; // "the meeting did not take place", "the talks never happened"
            }
            if (up != null && up.governor() >= 0 && IN_THE_FORM_OF.contains(up.relation())) {
                // "can make its contribution in military assistance", "will take part in the talks": what is done
                // in the form of, or as part of, something still to be done is still to come.
                int verb = up.governor();
                Dependency object = s.headOf(verb);
                if (!s.tokens().get(verb).pos().startsWith("VB") && object != null && object.governor() >= 0
                        && "obj".equals(object.relation())) {
                    verb = object.governor();
                }
                Factuality modal = s.tokens().get(verb).pos().startsWith("VB") ? markedOn(s, verb, false) : null;
                if (modal == Factuality.FUTURE || modal == Factuality.HYPOTHETICAL) {
                    return modal;
                }
            }
            if (up != null && up.governor() >= 0 && up.relation().startsWith("nsubj") && isStalled(s, up.governor())) {
                return Factuality.HYPOTHETICAL; // "the aid package remained stuck in the House": not (yet) given
            }
            if (up != null && up.governor() >= 0 && up.relation().startsWith("nsubj")) {
                Factuality modal = markedOn(s, up.governor(), false);
                if (modal == Factuality.HYPOTHETICAL && isPlainWould(s, up.governor())) {
                    return Factuality.FUTURE; // "said such attacks would continue": the future seen from the past
                }
                if (modal == Factuality.FUTURE || modal == Factuality.HYPOTHETICAL) {
                    return modal;
                }
                if ("prospect".equals(modifierOf(s, up.governor()))
                        && Clause.dependents(s, up.governor(), Set.of("xcomp")).stream()
                        .anyMatch(x -> hasToMark(s, x.dependent()))) {
                    // "the first strikes were likely to be aimed at ...": what is likely to come has not happened.
                    return Factuality.FUTURE;
                }
                if ("prospect".equals(modifierOf(s, up.governor()))
                        && !Clause.dependents(s, up.governor(), Set.of("cop")).isEmpty()) {
                    return Factuality.FUTURE; // "further strikes on the ports are likely"
                }
            }
        }
        if (cue.pos().startsWith("NN") && up != null && up.governor() >= 0 && SET_AT.contains(up.relation())) {
            // "will lead the delegation at the peace summit", "would be settled during the talks": a meeting at which
            // something is still to be done is still to come.
            Factuality modal = markedOn(s, up.governor(), false);
            if (modal == Factuality.FUTURE || modal == Factuality.HYPOTHETICAL) {
                return Factuality.FUTURE;
            }
        }
        if (("VBP".equals(cue.pos()) || "VBZ".equals(cue.pos())) && up != null && "advcl:before".equals(up.relation())) {
            return Factuality.FUTURE;
        }
        int timed = cue.pos().startsWith("NN") && up != null && up.governor() >= 0 && "obj".equals(up.relation())
                ? up.governor() : trigger; // "holds talks with Putin today": the noun's verb
        String tense = s.tokens().get(timed).pos();
        if (("VBP".equals(tense) || "VBZ".equals(tense)) && Clause.dependents(s, timed, Set.of("aux",
                "aux:pass")).isEmpty() && namesDayAhead(s, timed)) {
            // "NATO meets in Madrid from Tuesday", "the summit opens tomorrow": the present tense of a timetable.
            return Factuality.FUTURE;
        }
        if (cue.pos().startsWith("VB") && up != null && up.governor() >= 0 && up.relation().startsWith("acl")
                && !up.relation().startsWith("acl:relcl") && hasToMark(s, trigger)
                && "ability".equals(modifierOf(s, up.governor()))) {
            // "would be in a position to attack again", "a chance to retake the town": what could be done.
            return Factuality.HYPOTHETICAL;
        }
        return null;
    }

    /** Forms of "be" that link a noun event to what is said of it. */
    private static final Set<String> BE_FORMS = Set.of("is", "was", "are", "were", "be", "'s");
    /** How far after a noun event its "is possible" may come, past its own phrase ("a meeting between ... was"). */
    private static final int PREDICATE_REACH = 12;

    /**
     * "a meeting between Presidents Donald Trump and Vladimir Putin was possible", read from the words when the parser
     * lost the clause: a noun event that something "is possible", "likely" or "planned" is said of has not happened.
     * The scan stops at a comma or at a verb that is no form of "be".
     */
    private Factuality predicatedAhead(Sentence s, int noun) {
        List<Token> tokens = s.tokens();
        for (int i = noun + 1; i < Math.min(tokens.size() - 1, noun + PREDICATE_REACH); i++) {
            Token t = tokens.get(i);
            if (",".equals(t.word()) || ";".equals(t.word())) {
                return null;
            }
            boolean be = BE_FORMS.contains(t.word().toLowerCase(Locale.ROOT));
            if (t.pos().startsWith("VB") && !be || "MD".equals(t.pos())) {
                return null;
            }
            if (be) {
                String cls = lexicon.modifier(tokens.get(i + 1));
                if ("hypothetical".equals(cls) || "prospect".equals(cls)) {
                    return Factuality.HYPOTHETICAL;
                }
                return "future".equals(cls) ? Factuality.FUTURE : null;
            }
        }
        return null;
    }

    /**
     * True if an event is what others expect or plan: a noun that is the subject of "expected", "planned", "due" ("a
     * package was expected to be announced") or described by such a participle ("talks expected next week"), or a
     * deed, or its object, that others expect of its doer ("Washington was expected to announce a package").
     */
    boolean awaited(Sentence s, int cue) {
        if (!s.isParsed()) {
            return false;
        }
        int verb = cue;
        if (s.tokens().get(cue).pos().startsWith("NN")) {
            int head = cue;
            Dependency up = s.headOf(head);
            // "a package of military aid": the phrase's head noun is what the clause tells of.
            while (up != null && up.governor() >= 0 && ("compound".equals(up.relation())
                    || "nmod:of".equals(up.relation()) && s.tokens().get(up.governor()).pos().startsWith("NN"))) {
                head = up.governor();
                up = s.headOf(head);
            }
            if (up != null && up.governor() >= 0 && up.relation().startsWith("nsubj")
                    && "future".equals(classOf(s, up.governor()))) {
                return true;
            }
            if (Clause.dependents(s, head, Set.of("acl", "acl:*")).stream().anyMatch(d ->
                    !d.relation().startsWith("acl:relcl") && "future".equals(classOf(s, d.dependent())))) {
                return true;
            }
            if (up == null || up.governor() < 0 || !"obj".equals(up.relation())) {
                return false;
            }
            verb = up.governor();
        } else if (!isVerb(s, cue)) {
            return false;
        }
        // "Washington was expected to announce a package", "Berlin is set to send tanks".
        Dependency above = s.headOf(verb);
        return above != null && above.governor() >= 0 && "xcomp".equals(above.relation())
                && lexicon.satisfies("expectation", s.tokens().get(above.governor()).lemma());
    }

    /**
     * "A US package of about $60 billion, which would pay for interceptors, remains stuck in the House": a noun event
     * whose clause's verb, past any relative clause set off by commas, keeps it stalled. Read off the words, as the
     * parser often loses such a subject.
     */
    private boolean stalledAfter(Sentence s, int trigger) {
        List<Token> tokens = s.tokens();
        if (!tokens.get(trigger).pos().startsWith("NN")) {
            return false;
        }
        boolean aside = false;
        for (int i = trigger + 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (",".equals(t.word())) {
                // ", which would pay for interceptors," opens and closes an aside; any other comma ends the noun's
                // phrase ("After the strike, talks remain stalled" says nothing of the strike).
                boolean opens = !aside && i + 1 < tokens.size() && "WDT".equals(tokens.get(i + 1).pos());
                if (!opens && !aside) {
                    return false;
                }
                aside = opens;
                continue;
            }
            if (aside || !FINITE.contains(t.pos())) {
                continue;
            }
            boolean linking = Set.of("remain", "be", "stay").contains(t.lemma().toLowerCase(Locale.ROOT));
            return "stalled".equals(lexicon.modifier(t)) || linking && i + 1 < tokens.size()
                    && "stalled".equals(lexicon.modifier(tokens.get(i + 1)));
        }
        return false;
    }

    /** "has stalled", "remained stuck": the verb, or the state it keeps something in. */
    private boolean isStalled(Sentence s, int verb) {
        if ("stalled".equals(modifierOf(s, verb))) {
            return true;
        }
        return Clause.dependents(s, verb, Set.of("xcomp")).stream()
                .anyMatch(d -> "stalled".equals(modifierOf(s, d.dependent())));
    }

    /** How what is asked for hangs off the asking: "asked for", "a request for", "sought". */
    private static final Set<String> REQUESTED_BY = Set.of("obj", "obl:for", "nmod:for");

    /** How a noun event hangs off what it is the form or a part of: "in military assistance", "as aid". */
    private static final Set<String> IN_THE_FORM_OF = Set.of("nmod:in", "obl:in", "nmod:as", "obl:as");

    /** How a meeting noun hangs off the verb of what is done there. */
    private static final Set<String> SET_AT = Set.of("obl:at", "obl:during", "nmod:at", "nmod:during");
    /** Words of a time phrase that point ahead from the present tense. */
    private static final Set<String> DAY_AHEAD = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "tomorrow", "next", "today", "tonight");

    /** Tokens after a verb a time phrase the parser hung elsewhere may stand: "flies to Brussels on Thursday". */
    private static final int TIME_REACH = 6;

    /**
     * True if a time phrase hanging off the verb, or standing just after it, names a weekday, "tomorrow" or "next"
     * anything.
     */
    private static boolean namesDayAhead(Sentence s, int verb) {
        List<Integer> times = new ArrayList<>();
        for (Dependency d : s.dependentsOf(verb)) {
            if (d.relation().startsWith("obl")) {
                times.add(d.dependent());
            }
        }
        for (int k = verb + 1; k < Math.min(s.tokens().size(), verb + TIME_REACH); k++) {
            times.add(k);
        }
        for (int t : times) {
            EntitySpan time = s.entityAt(t);
            if (time != null && time.isTime()) {
                for (int i = time.tokenStart(); i < time.tokenEnd(); i++) {
                    if (DAY_AHEAD.contains(s.tokens().get(i).word().toLowerCase(Locale.ROOT))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * "no drone reached the city", "none of the missiles hit": the verb's subject says nothing did it. Only of the
     * cue's own verb: "nothing would move until they met" denies no meeting.
     */
    private static boolean doneByNone(Sentence s, int verb) {
        if (!isVerb(s, verb)) {
            return false;
        }
        for (Dependency d : s.dependentsOf(verb)) {
            String lemma = s.tokens().get(d.dependent()).lemma().toLowerCase(Locale.ROOT);
            boolean noneSubject = d.relation().startsWith("nsubj") && (NONE.contains(lemma)
                    || negates(s, d.dependent()));
            // "said no drone reached the city": the parser may hang the "no" on the verb, just before its subject.
            boolean looseNo = "discourse".equals(d.relation()) && "no".equals(lemma)
                    && Clause.dependents(s, verb, Set.of("nsubj")).stream()
                    .anyMatch(x -> x.dependent() == d.dependent() + 1);
            if (noneSubject || looseNo) {
                return true;
            }
        }
        return false;
    }

    /**
     * A verb in the simple past, or in a past made with "had", "has" or "was" (as {@link #plainlyPast} reads the
     * tense): not "is hit", "will strike".
     */
    private static boolean inPlainPast(Sentence s, int verb) {
        String pos = s.tokens().get(verb).pos();
        List<Token> auxiliaries = s.dependentsOf(verb).stream().filter(d -> d.relation().startsWith("aux"))
                .map(d -> s.tokens().get(d.dependent())).toList();
        if ("VBD".equals(pos)) {
            return auxiliaries.isEmpty();
        }
        if ("VBN".equals(pos) && auxiliaries.isEmpty()) {
            // "whom the SBU detained in April": a participle with an active subject and no auxiliary is a past verb
            // the tagger misread.
            return s.dependentsOf(verb).stream().anyMatch(d -> "nsubj".equals(d.relation()));
        }
        return "VBN".equals(pos) && !auxiliaries.isEmpty()
                && auxiliaries.stream().allMatch(t -> PAST_AUXILIARIES.contains(t.lemma().toLowerCase(Locale.ROOT)))
                && auxiliaries.stream().anyMatch(t -> "have".equalsIgnoreCase(t.lemma()) || "VBD".equals(t.pos()));
    }

    /** Subjects that say no one did it. */
    private static final Set<String> NONE = Set.of("none", "nothing", "nobody", "no one");

    private Factuality markedOn(Sentence s, int node) {
        return markedOn(s, node, true);
    }

    private Factuality markedOn(Sentence s, int node, boolean negation) {
        Factuality modal = null;
        for (Dependency d : s.dependentsOf(node)) {
            Token t = s.tokens().get(d.dependent());
            String lemma = t.lemma().toLowerCase(Locale.ROOT);
            String rel = d.relation();
            if (rel.startsWith("aux") && modal == null) {
                String cls = lexicon.modifier(t);
                if ("future".equals(cls)) {
                    modal = Factuality.FUTURE;
                }
                if ("hypothetical".equals(cls)) {
                    modal = Factuality.HYPOTHETICAL;
                }
            }
            if ("advmod".equals(rel) && NEGATING_ADVERBS.contains(lemma)
                    || rel.equals("neg") || ("det".equals(rel) && "no".equals(lemma)
                    && !isDoubt(s, node))
                    || rel.startsWith("cc") && ("neither".equals(lemma) || "nor".equals(lemma))) {
                if (!negation) {
                    continue;
                }
                return Factuality.NEGATED;
            }
            if ("mark".equals(rel) && modal == null
                    && CONDITIONS.contains(lemma)) {
                modal = Factuality.HYPOTHETICAL;
            }
        }
        return modal == null ? scheduled(s, node) : modal;
    }

    /**
     * "is to host", "are to meet": "be" with "to" on the verb itself sets a date, it voices no wish (future). "was to
     * have hosted": a plan told as one that did not come about (hypothetical). Null when neither.
     */
    private static Factuality scheduled(Sentence s, int node) {
        boolean be = false;
        boolean to = false;
        boolean have = false;
        for (Dependency d : s.dependentsOf(node)) {
            String word = s.tokens().get(d.dependent()).lemma().toLowerCase(Locale.ROOT);
            be |= (d.relation().startsWith("aux") || "cop".equals(d.relation())) && "be".equals(word);
            to |= "mark".equals(d.relation()) && "to".equals(word);
            have |= d.relation().startsWith("aux") && "have".equals(word);
        }
        return !be || !to ? null : have ? Factuality.HYPOTHETICAL : Factuality.FUTURE;
    }

    private boolean isMateriel(Sentence s, int i) {
        return lexicon.termAt(s.tokens(), i).filter(Lexicon.Term::isMateriel).isPresent();
    }

    /** True if every word between {@code left} and {@code node} belongs to the phrase {@code node} heads. */
    private static boolean onlyOwnWordsBetween(Sentence s, int left, int node) {
        for (int k = left + 1; k < node; k++) {
            int at = k;
            for (int step = 0; at != node && at >= 0 && step < s.tokens().size(); step++) {
                Dependency up = s.headOf(at);
                at = up == null ? -1 : up.governor();
            }
            if (at != node) {
                return false;
            }
        }
        return true;
    }

    /**
     * A bare verb with a subject of its own and no auxiliary, in what a word of demand governs: the mood of what is
     * proposed or demanded ("would propose that Kyiv break off relations"). Not a past tense the tagger took for the
     * base form ("bombs hit a store").
     */
    private boolean isSubjunctive(Sentence s, int verb) {
        if (!"VB".equals(s.tokens().get(verb).pos())
                || Clause.dependents(s, verb, Set.of("nsubj", "nsubj:pass")).isEmpty()
                || s.dependentsOf(verb).stream().anyMatch(d -> d.relation().startsWith("aux")) || hasToMark(s, verb)) {
            return false;
        }
        int node = verb;
        for (int steps = 0; steps < 2; steps++) {
            Dependency up = s.headOf(node);
            if (up == null || up.governor() < 0) {
                return false;
            }
            node = up.governor();
            if (lexicon.satisfies("mandative", s.tokens().get(node).lemma())) {
                return true;
            }
        }
        return false;
    }

    /**
     * True if a clause above the token is said under a condition ("if the trace were confirmed, it would point to
     * terrorism").
     */
    boolean underCondition(Sentence s, int token) {
        if (!s.isParsed()) {
            return false;
        }
        int node = token;
        for (int steps = 0; steps < 8 && node >= 0; steps++) {
            if (isVerb(s, node) && (isConditional(s, node) || s.dependentsOf(node).stream()
                    .anyMatch(d -> d.relation().startsWith("advcl") && isConditional(s, d.dependent())))) {
                return true;
            }
            Dependency up = s.headOf(node);
            node = up == null ? -1 : up.governor();
        }
        return false;
    }

    private static boolean isConditional(Sentence s, int verb) {
        return s.dependentsOf(verb).stream().anyMatch(d -> "mark".equals(d.relation())
                && CONDITIONS.contains(s.tokens().get(d.dependent()).lemma()
                .toLowerCase(Locale.ROOT)));
    }

    /** Without a parse: look a few tokens to the left of the cue. */
    private Factuality byWindow(Sentence s, int trigger) {
        List<Token> tokens = s.tokens();
        for (int i = Math.max(0, trigger - 4); i < trigger; i++) {
            String cls = lexicon.modifier(tokens.get(i));
            if ("negation".equals(cls)) {
                return Factuality.NEGATED;
            }
            if ("future".equals(cls)) {
                return Factuality.FUTURE;
            }
            if ("hypothetical".equals(cls)) {
                return Factuality.HYPOTHETICAL;
            }
        }
        return Factuality.REPORTED;
    }
}
