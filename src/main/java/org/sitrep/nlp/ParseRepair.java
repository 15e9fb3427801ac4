package org.sitrep.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

/**
 * Mends an attachment the dependency parser gets wrong in news copy with no comma after an opening time: in "On
 * Saturday Russian troops captured the village", it reads "Saturday Russian troops" as one noun phrase, the object of
 * "On", and the verb is left with no subject: the troops become a time, and whoever is named next the one who acted.
 * The day goes back to being the time of the verb, and the noun after it its subject. And "fired up to 50 drones" is
 * not the phrasal verb "fire up". And in "a day after Trump and Putin spoke" or "two days after Putin and Trump held a
 * call", the clause after the span of time is read as hanging off it: "day" becomes the subject of "spoke", or the
 * clause a loose dependent of "days"; the clause gets its own subject back and is a clause of time. Clauses the parser
 * runs together in long news sentences are told apart again: a clause said with no "that", a participle after a count
 * ("said 45 drones launched from Kursk were destroyed"), a passive hung off a noun joined by "and", an aside answering a
 * claim ("a charge Kyiv has denied"), what ", which" stands for, a second clause joined by "and" whose verb was read
 * as a participle, and a thing a tail attribution's speaker was given as a second subject ("destroyed a market in
 * Kharkiv, killing two, police said").
 */
final class ParseRepair {

    /** Spans of time that come before "after" or "before" in "a day after ...", "hours before ...". */
    private static final Set<String> TIME_UNITS = Set.of("minute", "minutes", "hour", "hours", "day", "days",
            "week", "weeks", "month", "months", "year", "years", "moments", "night", "nights");
    private static final Set<String> TIME_MARKS = Set.of("after", "before");

    /** Prepositions that open a sentence with a time: "On Saturday", "In March". */
    private static final Set<String> TIME_CASES = Set.of("on", "in");

    /** Verbs of saying whose clause may come with no "that": "officials say ten drones were downed". */
    private static final Set<String> SPEECH = Set.of("say", "report", "claim", "add", "state", "confirm", "estimate",
            "believe", "insist");

    private ParseRepair() {
    }

    /** The repairs, in the order they are applied: each sees the dependencies the ones before it left. */
    private static final List<BiFunction<List<Token>, List<Dependency>, List<Dependency>>> REPAIRS = List.of(
            ParseRepair::openingTime, ParseRepair::upTo, ParseRepair::subjectAfterTime, ParseRepair::clauseAfterTime,
            ParseRepair::subjectBesideTime,
            ParseRepair::saidSubject, ParseRepair::reducedRelative, ParseRepair::looseSubject, ParseRepair::claimAside,
            ParseRepair::nearestAntecedent, ParseRepair::joinedClause, ParseRepair::verbAsAuxiliary,
            ParseRepair::speakersSecondVerb, ParseRepair::tailSpeaker, ParseRepair::speakerAsApposition,
            ParseRepair::listedRegions, ParseRepair::summaryAfterSpeaker, ParseRepair::openingParticiple,
            ParseRepair::agentOfParticiple, ParseRepair::rankedSummaryAfterSpeaker,
            ParseRepair::participleAfterPreposition, ParseRepair::namedTailSpeaker, ParseRepair::clauseTakenForSubject,
            ParseRepair::adjectivesInfinitive);

    static List<Dependency> repair(List<Token> tokens, List<Dependency> dependencies) {
        List<Dependency> out = dependencies;
        for (BiFunction<List<Token>, List<Dependency>, List<Dependency>> r : REPAIRS) {
            out = r.apply(tokens, out);
        }
        return out;
    }

    private static boolean isTimeUnit(List<Token> tokens, int i) {
        return i >= 0 && TIME_UNITS.contains(tokens.get(i).word().toLowerCase(Locale.ROOT));
    }

    /**
     * "a day after Trump and Putin spoke": the parser makes "day" the subject of "spoke" and the speakers phrases
     * with "after" on it. The speakers become the subjects again, the span of time a modifier of the verb.
     */
    private static List<Dependency> subjectAfterTime(List<Token> tokens, List<Dependency> dependencies) {
        for (Dependency subject : dependencies) {
            int time = subject.dependent();
            int verb = subject.governor();
            if (!"nsubj".equals(subject.relation()) || verb < 0 || time > verb || !isTimeUnit(tokens, time)) {
                continue;
            }
            List<Dependency> doers = dependencies.stream().filter(d -> d.governor() == time
                    && TIME_MARKS.stream().anyMatch(m -> d.relation().equals("nmod:" + m))
                    && d.dependent() > time && d.dependent() < verb).toList();
            // Not "Hours after the strikes, Trump said": a phrase set off by a comma is the time of the clause after
            // it.
            if (doers.isEmpty() || tokens.subList(time, verb).stream().anyMatch(t -> ",".equals(t.word()))) {
                continue;
            }
            return rewritten(dependencies, c -> {
                if (c == subject) {
                    return new Dependency(verb, time, "obl:npmod");
                }
                if (doers.contains(c)) {
                    return new Dependency(verb, c.dependent(), "nsubj");
                }
                boolean mark = "case".equals(c.relation())
                        && doers.stream().anyMatch(d -> d.dependent() == c.governor())
                        && TIME_MARKS.contains(tokens.get(c.dependent()).word().toLowerCase(Locale.ROOT));
                return mark ? new Dependency(verb, c.dependent(), "mark") : c;
            });
        }
        return dependencies;
    }

    /**
     * "arrived two days after Putin and Trump held a call": the parser hangs the clause loosely off "days", itself a
     * phrase with "after" on the main verb. The clause becomes a clause of time of the main verb.
     */
    private static List<Dependency> clauseAfterTime(List<Token> tokens, List<Dependency> dependencies) {
        for (Dependency loose : dependencies) {
            int time = loose.governor();
            int clause = loose.dependent();
            if (!"dep".equals(loose.relation()) || !isTimeUnit(tokens, time) || clause < time
                    || !tokens.get(clause).pos().startsWith("VB")) {
                continue;
            }
            Dependency phrase = dependencies.stream().filter(d -> d.dependent() == time && d.governor() >= 0
                    && TIME_MARKS.stream().anyMatch(m -> d.relation().equals("obl:" + m))).findFirst().orElse(null);
            if (phrase == null) {
                continue;
            }
            String mark = phrase.relation().substring("obl:".length());
            Dependency adverbial = new Dependency(phrase.governor(), clause, "advcl:" + mark);
            return rewritten(dependencies, c -> c == loose ? adverbial : c);
        }
        return dependencies;
    }

    /**
     * "Hours after the supermarket strike, Russian forces shelled ...": the parser makes the span of time the subject
     * and the doers its apposition. The doers become the subject of every verb the time was subject of, the time a
     * modifier of the first.
     */
    private static List<Dependency> subjectBesideTime(List<Token> tokens, List<Dependency> dependencies) {
        for (Dependency apposition : dependencies) {
            int time = apposition.governor();
            int doers = apposition.dependent();
            if (!"appos".equals(apposition.relation()) || time < 0 || !isTimeUnit(tokens, time) || doers < time
                    || !",".equals(tokens.get(doers - 1).word()) && tokens.subList(time, doers).stream()
                    .noneMatch(t -> ",".equals(t.word()))
                    || dependencies.stream().noneMatch(d -> d.governor() == time
                    && TIME_MARKS.stream().anyMatch(m -> d.relation().equals("nmod:" + m)))) {
                continue;
            }
            int verb = dependencies.stream().filter(d -> d.dependent() == time && "nsubj".equals(d.relation())
                    && d.governor() > doers).mapToInt(Dependency::governor).min().orElse(-1);
            if (verb < 0) {
                continue;
            }
            return rewritten(dependencies, c -> {
                if (c == apposition) {
                    return new Dependency(verb, time, "obl:npmod");
                }
                if (c.dependent() == time && "nsubj".equals(c.relation())) {
                    return new Dependency(c.governor(), doers, "nsubj");
                }
                return c;
            });
        }
        return dependencies;
    }

    /**
     * "fired up to 50 drones", "destroyed up to a battalion": the parser takes "up" for the verb's particle and the
     * count for a phrase with "to", and the verb is left with no object. The count becomes the object again, and "up
     * to" its bound.
     */
    private static List<Dependency> upTo(List<Token> tokens, List<Dependency> dependencies) {
        for (Dependency prt : dependencies) {
            int up = prt.dependent();
            if (!"compound:prt".equals(prt.relation()) || !"up".equalsIgnoreCase(tokens.get(up).word())
                    || up + 2 >= tokens.size() || !"to".equalsIgnoreCase(tokens.get(up + 1).word())
                    || !Set.of("CD", "DT").contains(tokens.get(up + 2).pos())) {
                continue;
            }
            int verb = prt.governor();
            Dependency counted = dependencies.stream().filter(d -> d.governor() == verb
                    && "obl:to".equals(d.relation()) && d.dependent() > up).findFirst().orElse(null);
            if (counted == null || dependencies.stream().anyMatch(d -> d.governor() == verb
                    && "obj".equals(d.relation()))) {
                continue;
            }
            int noun = counted.dependent();
            return rewritten(dependencies, c -> {
                if (c == prt) {
                    return new Dependency(noun, up, "advmod");
                }
                if (c == counted) {
                    return new Dependency(verb, noun, "obj");
                }
                boolean to = c.governor() == noun && c.dependent() == up + 1 && "case".equals(c.relation());
                return to ? new Dependency(up, up + 1, "fixed") : c;
            });
        }
        return dependencies;
    }

    private static List<Dependency> openingTime(List<Token> tokens, List<Dependency> dependencies) {
        for (Dependency d : dependencies) {
            if (!d.relation().startsWith("obl:") || d.governor() < 0) {
                continue;
            }
            int noun = d.dependent();
            // "Later on Sunday Mr Zelensky told reporters": the name hung on the adverb before the day.
            int verb = tokens.get(d.governor()).pos().startsWith("VB") ? d.governor() : dependencies.stream()
                    .filter(a -> a.dependent() == d.governor() && "advmod".equals(a.relation()) && a.governor() >= 0
                            && tokens.get(a.governor()).pos().startsWith("VB"))
                    .mapToInt(Dependency::governor).findFirst().orElse(-1);
            // "On Monday Yuri Ushakov, his foreign policy aide, dismissed ...": the title after the name taken for the
            // subject is the name's apposition.
            Dependency titled = dependencies.stream().filter(a -> a.governor() == verb && verb > noun
                    && "nsubj".equals(a.relation()) && a.dependent() > noun + 1 && a.dependent() < verb
                    && ",".equals(tokens.get(noun + 1).word()) && ",".equals(tokens.get(verb - 1).word()))
                    .findFirst().orElse(null);
            if (verb < 0 || titled == null && hasSubject(dependencies, verb)) {
                continue;
            }
            int time = -1;
            int preposition = -1;
            for (Dependency c : dependencies) {
                if (c.governor() != noun) {
                    continue;
                }
                if ("compound".equals(c.relation()) && "DATE".equals(tokens.get(c.dependent()).ner())) {
                    time = c.dependent();
                } else if ("case".equals(c.relation())) {
                    preposition = c.dependent();
                }
            }
            if (time < 0 || preposition < 0 || preposition + 1 != time || time > noun
                    || "DATE".equals(tokens.get(noun).ner()) || !tokens.get(noun).pos().startsWith("NN")
                    || !TIME_CASES.contains(tokens.get(preposition).word().toLowerCase(Locale.ROOT))) {
                continue;
            }
            String on = "obl:" + tokens.get(preposition).word().toLowerCase(Locale.ROOT);
            int at = time;
            int before = preposition;
            return rewritten(dependencies, c -> {
                if (c == d) {
                    return new Dependency(verb, noun, "nsubj");
                }
                if (c == titled) {
                    return new Dependency(noun, c.dependent(), "appos");
                }
                if (c.governor() == noun && c.dependent() == at) {
                    return new Dependency(verb, at, on);
                }
                return c.governor() == noun && c.dependent() == before ? new Dependency(at, before, "case") : c;
            });
        }
        return dependencies;
    }

    /**
     * "The city authorities say eleven cruise missiles were shot down": with no "that", the parser makes the missiles
     * the object of "say" and leaves the reported verb with no subject, loosely hung off it. The missiles become the
     * reported verb's subject again, and its clause what was said.
     */
    private static List<Dependency> saidSubject(List<Token> tokens, List<Dependency> dependencies) {
        for (Dependency loose : dependencies) {
            int say = loose.governor();
            int verb = loose.dependent();
            if (!Set.of("dep", "ccomp").contains(loose.relation()) || say < 0 || verb < say
                    || !SPEECH.contains(tokens.get(say).lemma()) || !tokens.get(verb).pos().startsWith("VB")
                    || hasSubject(dependencies, verb)) {
                continue;
            }
            boolean passive = dependencies.stream().anyMatch(d -> d.governor() == verb
                    && "aux:pass".equals(d.relation()));
            boolean finite = passive || dependencies.stream().anyMatch(d -> d.governor() == verb
                    && "aux".equals(d.relation()) && d.dependent() < verb);
            List<Dependency> said = dependencies.stream().filter(d -> d.governor() == say
                    && "obj".equals(d.relation()) && d.dependent() > say && d.dependent() < verb
                    && tokens.get(d.dependent()).pos().startsWith("NN")).toList();
            if (!finite || said.isEmpty()) {
                continue;
            }
            String subject = passive ? "nsubj:pass" : "nsubj";
            return rewritten(dependencies, c -> {
                if (c == loose) {
                    return new Dependency(say, verb, "ccomp");
                }
                return said.contains(c) ? new Dependency(verb, c.dependent(), subject) : c;
            });
        }
        return dependencies;
    }

    /**
     * "said all 24 drones sent in overnight were destroyed", "said 45 drones launched from Kursk were destroyed over
     * Sumy": the parser reads the participle after the noun as the noun's own verb, and the passive verb after it as
     * a loose dependent of that verb, or as the sentence's root with the saying as its subject. A participle with a
     * subject and no auxiliary is no finite verb: the passive verb is the clause, the noun its subject, the participle
     * a phrase on the noun.
     */
    private static List<Dependency> reducedRelative(List<Token> tokens, List<Dependency> dependencies) {
        for (Dependency subject : dependencies) {
            int participle = subject.governor();
            int noun = subject.dependent();
            if (!"nsubj".equals(subject.relation()) || participle < 0 || noun > participle
                    || !"VBN".equals(tokens.get(participle).pos()) || !tokens.get(noun).pos().startsWith("NN")
                    || dependencies.stream().anyMatch(d -> d.governor() == participle
                    && d.relation().startsWith("aux"))) {
                continue;
            }
            Dependency head = dependencies.stream().filter(d -> d.dependent() == participle).findFirst().orElse(null);
            for (Dependency link : dependencies) {
                // the passive verb hangs off the participle, or off the participle's own head
                boolean loose = "dep".equals(link.relation()) && (link.governor() == participle
                        || head != null && link.governor() == head.governor() && head.governor() >= 0);
                int verb = loose ? link.dependent()
                        : head != null && link.dependent() == head.governor() && head.governor() >= 0
                        && link.relation().startsWith("csubj") ? link.governor() : -1;
                if (verb <= participle || !isPassive(dependencies, verb) || hasSubject(dependencies, verb)
                        || tokens.subList(participle, verb).stream().anyMatch(t -> ",".equals(t.word()))) {
                    continue;
                }
                if (loose) {
                    // the loose verb takes the participle's place under the saying
                    return rewritten(dependencies, c -> c == head ? new Dependency(head.governor(), verb,
                            head.relation()) : c == subject ? new Dependency(verb, noun, "nsubj:pass")
                            : c == link ? new Dependency(noun, participle, "acl") : c);
                }
                int say = link.dependent();
                return rewritten(dependencies, c -> c.dependent() == verb && c.governor() < 0
                        ? new Dependency(c.governor(), say, c.relation())
                        : c == link ? new Dependency(say, verb, "ccomp")
                        : c == head ? new Dependency(noun, participle, "acl")
                        : c == subject ? new Dependency(verb, noun, "nsubj:pass") : c);
            }
        }
        return dependencies;
    }

    /**
     * "... and a counterattack on Ukraine's flanks is widely expected": the parser joins the noun to the verb before
     * "and" and hangs the passive verb loosely off it. The passive verb with no subject is the joined clause, and the
     * noun its subject.
     */
    private static List<Dependency> looseSubject(List<Token> tokens, List<Dependency> dependencies) {
        for (Dependency loose : dependencies) {
            int verb = loose.dependent();
            if (!"dep".equals(loose.relation()) || loose.governor() < 0 || verb < loose.governor()
                    || !isPassive(dependencies, verb) || hasSubject(dependencies, verb)) {
                continue;
            }
            // The noun is the one the verb hangs off, or the last noun joined to it before the verb.
            int noun = tokens.get(loose.governor()).pos().startsWith("NN") ? loose.governor()
                    : dependencies.stream().filter(d -> d.governor() == loose.governor()
                    && d.relation().startsWith("conj") && d.dependent() < verb
                    && tokens.get(d.dependent()).pos().startsWith("NN"))
                    .mapToInt(Dependency::dependent).max().orElse(-1);
            if (noun < 0 || tokens.subList(noun, verb).stream().anyMatch(t -> ",".equals(t.word()))) {
                continue;
            }
            Dependency head = dependencies.stream().filter(d -> d.dependent() == noun).findFirst().orElse(null);
            if (head == null) {
                continue;
            }
            return rewritten(dependencies, c -> c == head ? new Dependency(head.governor(), verb, head.relation())
                    : c == loose ? new Dependency(verb, noun, "nsubj:pass") : c);
        }
        return dependencies;
    }

    /** Nouns for what one side says, that an aside after a comma can tell another side answered. */
    private static final Set<String> CLAIM_NOUNS = Set.of("charge", "claim", "accusation", "allegation", "assertion",
            "version", "account", "charges", "claims", "accusations", "allegations");

    /**
     * "Moscow accused Kyiv of shelling the city, a charge Kyiv has denied": the parser hangs the closing aside inside
     * the accusation, as if the denial were part of what was alleged. The aside is the writer's: the verb is a
     * relative clause on the claim, its subject the name before it, and the claim an aside on the sentence.
     */
    private static List<Dependency> claimAside(List<Token> tokens, List<Dependency> dependencies) {
        for (int comma = 1; comma + 4 < tokens.size(); comma++) {
            int noun = comma + 2;
            if (!",".equals(tokens.get(comma).word()) || !"DT".equals(tokens.get(comma + 1).pos())
                    || !CLAIM_NOUNS.contains(tokens.get(noun).word().toLowerCase(Locale.ROOT))) {
                continue;
            }
            int subject = noun + 1;
            while (subject + 1 < tokens.size() && tokens.get(subject + 1).pos().startsWith("NNP")) {
                subject++;
            }
            if (!tokens.get(noun + 1).pos().startsWith("NNP") && !"PRP".equals(tokens.get(noun + 1).pos())) {
                continue;
            }
            int verb = subject + 1;
            while (verb < tokens.size() && (tokens.get(verb).pos().startsWith("RB") || isAuxiliary(tokens, verb))
                    && !isLastVerb(tokens, verb)) {
                verb++;
            }
            if (verb >= tokens.size() || !isLastVerb(tokens, verb)) {
                continue;
            }
            int last = verb;
            // "Russia blamed Ukraine for the blast, an accusation Kyiv has denied": the denial may even be the root,
            // with the accusation as its subject.
            int root = dependencies.stream().filter(d -> d.governor() < 0).mapToInt(Dependency::dependent)
                    .map(r -> r != last ? r : dependencies.stream().filter(d -> d.governor() == last
                            && d.relation().startsWith("csubj")).mapToInt(Dependency::dependent).findFirst().orElse(-1))
                    .findFirst().orElse(-1);
            if (root < 0 || root >= comma) {
                continue;
            }
            int head = subject;
            List<Dependency> out = new ArrayList<>();
            for (Dependency d : dependencies) {
                boolean attachment = d.dependent() == noun || d.dependent() == verb || d.dependent() == head
                        || d.dependent() == root;
                if (!attachment) {
                    out.add(d);
                }
            }
            out.add(new Dependency(-1, root, "root"));
            out.add(new Dependency(root, noun, "parataxis"));
            out.add(new Dependency(noun, verb, "acl:relcl"));
            out.add(new Dependency(verb, head, "nsubj"));
            return out;
        }
        return dependencies;
    }

    private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "is", "are", "was", "were", "be",
            "been", "does", "do", "did");

    private static boolean isAuxiliary(List<Token> tokens, int i) {
        return AUXILIARIES.contains(tokens.get(i).word().toLowerCase(Locale.ROOT)) || "MD".equals(tokens.get(i).pos());
    }

    /** The word is a verb and only punctuation follows it to the sentence's end. */
    private static boolean isLastVerb(List<Token> tokens, int i) {
        if (!tokens.get(i).pos().startsWith("VB")) {
            return false;
        }
        for (int k = i + 1; k < tokens.size(); k++) {
            if (!Set.of(".", "!", "\"", "''").contains(tokens.get(k).word()) && !".".equals(tokens.get(k).pos())) {
                return false;
            }
        }
        return true;
    }

    /**
     * "no comment from Moscow, which denies targeting civilians": the parser may take an earlier noun for what ", which"
     * stands for. After a comma, it stands for the noun just before the comma.
     */
    private static List<Dependency> nearestAntecedent(List<Token> tokens, List<Dependency> dependencies) {
        for (Dependency ref : dependencies) {
            int pronoun = ref.dependent();
            int antecedent = pronoun - 2;
            if (!"ref".equals(ref.relation()) || antecedent < 0 || ref.governor() >= antecedent
                    || !",".equals(tokens.get(pronoun - 1).word())
                    || !tokens.get(antecedent).pos().startsWith("NN")) {
                continue;
            }
            int wrong = ref.governor();
            Dependency clause = dependencies.stream().filter(d -> d.governor() == wrong
                    && "acl:relcl".equals(d.relation()) && d.dependent() > pronoun).findFirst().orElse(null);
            if (clause == null) {
                continue;
            }
            int verb = clause.dependent();
            return rewritten(dependencies, c -> c == ref ? new Dependency(antecedent, pronoun, "ref")
                    : c == clause ? new Dependency(antecedent, verb, "acl:relcl")
                    : c.governor() == verb && c.dependent() == wrong && c.relation().startsWith("nsubj")
                    ? new Dependency(verb, antecedent, c.relation()) : c);
        }
        return dependencies;
    }

    /**
     * "drones killed 10 people on Monday, and an attack on June 17 killed 28": the parser joins the second subject to
     * the first verb and hangs the second verb, in the past tense, off it as if it were a participle. A past tense with
     * no subject is that noun's verb, and the joined clause.
     */
    private static List<Dependency> joinedClause(List<Token> tokens, List<Dependency> dependencies) {
        for (Dependency joined : dependencies) {
            int noun = joined.dependent();
            if (!joined.relation().startsWith("conj") || joined.governor() < 0
                    || !tokens.get(joined.governor()).pos().startsWith("VB") || !tokens.get(noun).pos().startsWith("NN")) {
                continue;
            }
            Dependency clause = dependencies.stream().filter(d -> d.governor() == noun && "acl".equals(d.relation())
                    && "VBD".equals(tokens.get(d.dependent()).pos()) && d.dependent() > noun
                    && !hasSubject(dependencies, d.dependent())).findFirst().orElse(null);
            if (clause == null
                    || tokens.subList(noun, clause.dependent()).stream().anyMatch(t -> ",".equals(t.word()))) {
                continue;
            }
            int verb = clause.dependent();
            return rewritten(dependencies, c -> c == joined ? new Dependency(joined.governor(), verb, joined.relation())
                    : c == clause ? new Dependency(verb, noun, "nsubj") : c);
        }
        return dependencies;
    }

    /**
     * "Ottawa stands ready to impose tougher sanctions": after a verb of being other than "be", the parser may hang
     * the infinitive loose ("dep") off the adjective. "to" and a bare verb right after an adjective are its
     * complement, as they are after "was ready".
     */
    private static List<Dependency> adjectivesInfinitive(List<Token> tokens, List<Dependency> dependencies) {
        for (Dependency loose : dependencies) {
            int adjective = loose.governor();
            int verb = loose.dependent();
            if (!"dep".equals(loose.relation()) || adjective < 0 || verb != adjective + 2
                    || !tokens.get(adjective).pos().startsWith("JJ") || !"VB".equals(tokens.get(verb).pos())
                    || !"TO".equals(tokens.get(adjective + 1).pos())) {
                continue;
            }
            return rewritten(dependencies, d -> d == loose ? new Dependency(adjective, verb, "xcomp") : d);
        }
        return dependencies;
    }

    private static boolean isPassive(List<Dependency> dependencies, int verb) {
        return verb >= 0 && dependencies.stream().anyMatch(d -> d.governor() == verb
                && "aux:pass".equals(d.relation()));
    }

    /** The dependencies with each one passed through {@code change}, in their order. */
    /** Verbs a speaker goes on with after saying something: "said ..., and accused Moscow of ...". */
    private static final Set<String> SPEAKERS_VERBS = Set.of("accuse", "urge", "call", "demand", "warn", "blame",
            "condemn", "vow", "promise", "ask", "add", "insist", "deny", "dismiss", "reject");

    /**
     * "Aliyev said the jet had been shot at from the ground, and accused Moscow of a cover-up": the parser joins the
     * speaker's second verb to the clause he said, whose subject it then shares. It is joined to the verb of saying
     * again, with the speaker as its subject.
     */
    private static List<Dependency> speakersSecondVerb(List<Token> tokens, List<Dependency> dependencies) {
        for (Dependency joined : dependencies) {
            int said = joined.governor();
            int verb = joined.dependent();
            if (!joined.relation().startsWith("conj") || said < 0 || verb < said
                    || !SPEAKERS_VERBS.contains(tokens.get(verb).lemma().toLowerCase(Locale.ROOT))
                    || !Set.of("VBD", "VBN").contains(tokens.get(verb).pos())
                    || dependencies.stream().anyMatch(d -> d.governor() == verb && d.relation().startsWith("aux"))) {
                continue;
            }
            Dependency clause = dependencies.stream().filter(d -> d.dependent() == said
                    && "ccomp".equals(d.relation()) && d.governor() >= 0 && d.governor() < said
                    && SPEECH.contains(tokens.get(d.governor()).lemma().toLowerCase(Locale.ROOT)))
                    .findFirst().orElse(null);
            if (clause == null) {
                continue;
            }
            int speech = clause.governor();
            List<Integer> speakers = dependencies.stream().filter(d -> d.governor() == speech
                    && "nsubj".equals(d.relation())).map(Dependency::dependent).toList();
            // Only a verb with no subject of its own: the one it shares came with the join.
            boolean ownSubject = dependencies.stream().anyMatch(d -> d.governor() == verb
                    && d.relation().startsWith("nsubj") && d.dependent() > said);
            if (speakers.isEmpty() || ownSubject) {
                continue;
            }
            List<Dependency> out = new ArrayList<>();
            for (Dependency c : dependencies) {
                if (c == joined) {
                    out.add(new Dependency(speech, verb, joined.relation()));
                } else if (c.governor() == verb && c.relation().startsWith("nsubj")) {
                    continue; // the said clause's subject, shared by the join
                } else if (c.governor() == speech && c.dependent() == verb && "ccomp".equals(c.relation())) {
                    continue; // the said clause's place, copied to its joined verb
                } else {
                    out.add(c);
                }
            }
            for (int speaker : speakers) {
                out.add(new Dependency(verb, speaker, "nsubj"));
            }
            return out;
        }
        return dependencies;
    }

    /**
     * A finite verb of saying told after the clause it says, which the parser hung loosely on that clause's verb
     * ("..., police said" as a dependent of "destroyed").
     */
    private static boolean isSayingHungOnClause(List<Token> tokens, Dependency hung, Set<String> saying) {
        int main = hung.governor();
        int say = hung.dependent();
        return main >= 0 && say > main && Set.of("ccomp", "dep", "parataxis").contains(hung.relation())
                && saying.contains(tokens.get(say).lemma().toLowerCase(Locale.ROOT))
                && Set.of("VBD", "VBZ", "VBP").contains(tokens.get(say).pos())
                && tokens.get(main).pos().startsWith("VB");
    }

    /**
     * "A missile strike destroyed a market in Kharkiv, killing two people, police said": the parser makes the market
     * a second subject of "said", as if the market said it, with the town and the toll hung off it, and "said" a
     * clause of "destroyed". The market is the object of the verb before it again, the town a phrase on the market,
     * the toll a clause of the verb, and the speaker's verb the root that says it all.
     */
    private static List<Dependency> tailSpeaker(List<Token> tokens, List<Dependency> dependencies) {
        for (Dependency hung : dependencies) {
            int main = hung.governor();
            int say = hung.dependent();
            if (!isSayingHungOnClause(tokens, hung, SPEECH)
                    || dependencies.stream().anyMatch(d -> d.governor() == main && "obj".equals(d.relation()))) {
                continue;
            }
            List<Integer> subjects = dependencies.stream().filter(d -> d.governor() == say
                    && "nsubj".equals(d.relation()) && d.dependent() > main && d.dependent() < say)
                    .map(Dependency::dependent).sorted().toList();
            // "destroyed a school in Chernihiv, the regional governor said": the speaker may instead be hung off the
            // stolen object as its apposition.
            Dependency apposed = subjects.size() != 1 ? null : dependencies.stream()
                    .filter(d -> d.governor() == subjects.get(0) && "appos".equals(d.relation())
                            && d.dependent() < say && tokens.subList(d.dependent() + 1, say).stream()
                            .noneMatch(t -> ",".equals(t.word()) || t.pos().startsWith("VB")))
                    .findFirst().orElse(null);
            if (subjects.size() != 2 && apposed == null) {
                continue;
            }
            int stolen = subjects.get(0);
            int speaker = apposed != null ? apposed.dependent() : subjects.get(1);
            int comma = -1;
            for (int i = stolen + 1; i < speaker; i++) {
                if (",".equals(tokens.get(i).word())) {
                    comma = i;
                }
            }
            // The object follows its verb with only its determiners and modifiers between.
            boolean adjacent = true;
            for (int i = main + 1; i < stolen; i++) {
                String pos = tokens.get(i).pos();
                adjacent &= pos.equals("DT") || pos.startsWith("JJ") || pos.equals("CD") || pos.startsWith("NN")
                        || pos.equals("HYPH") || pos.equals("PRP$");
            }
            if (comma < 0 || !adjacent) {
                continue;
            }
            int lastComma = comma;
            return rewritten(dependencies, c -> {
                if (c == hung) {
                    return new Dependency(say, main, "ccomp");
                }
                if (c == apposed) {
                    return new Dependency(say, speaker, "nsubj");
                }
                if (c.governor() == -1 && c.dependent() == main) {
                    return new Dependency(-1, say, "root");
                }
                if (c.governor() == say && c.dependent() == stolen) {
                    return new Dependency(main, stolen, "obj");
                }
                if (c.governor() == say && c.dependent() > stolen && c.dependent() < lastComma
                        && c.relation().startsWith("obl")) {
                    return new Dependency(stolen, c.dependent(), "nmod" + c.relation().substring(3));
                }
                if (c.dependent() > stolen && c.dependent() < speaker && c.governor() > main && c.governor() < speaker
                        && "VBG".equals(tokens.get(c.dependent()).pos()) && Set.of("acl", "dep", "advcl")
                        .contains(c.relation()) && ",".equals(tokens.get(c.dependent() - 1).word())) {
                    return new Dependency(main, c.dependent(), "advcl");
                }
                return c;
            });
        }
        return dependencies;
    }

    /** Plural nouns a list of region names ends on: "the Kursk, Bryansk and Belgorod regions". */
    private static final Set<String> REGION_NOUNS = Set.of("region", "oblast", "province", "district", "area");

    /**
     * "destroyed 27 drones over the Kursk, Bryansk and Belgorod regions overnight": after three names the parser may
     * take "regions" for a clause of the verb, with the drones as its subject and the names hung off the drones. The
     * regions are the phrase of place again, the names their modifiers, and the drones the verb's object.
     */
    private static List<Dependency> listedRegions(List<Token> tokens, List<Dependency> dependencies) {
        for (Dependency loose : dependencies) {
            int regions = loose.dependent();
            int verb = loose.governor();
            if (verb < 0 || !Set.of("ccomp", "dep", "parataxis").contains(loose.relation())
                    || !"NNS".equals(tokens.get(regions).pos())
                    || !REGION_NOUNS.contains(tokens.get(regions).lemma().toLowerCase(Locale.ROOT))
                    || !tokens.get(verb).pos().startsWith("VB")) {
                continue;
            }
            int first = regions;
            while (first > 0 && (tokens.get(first - 1).pos().startsWith("NNP") || ",".equals(tokens.get(first - 1).word())
                    || "CC".equals(tokens.get(first - 1).pos()))) {
                first--;
            }
            int from = first;
            List<Dependency> names = dependencies.stream().filter(d -> d.dependent() >= from && d.dependent() < regions
                    && tokens.get(d.dependent()).pos().startsWith("NNP") && d.relation().startsWith("nmod:")).toList();
            Dependency stolen = dependencies.stream().filter(d -> d.governor() == regions
                    && d.relation().startsWith("nsubj") && d.dependent() < from).findFirst().orElse(null);
            if (names.size() < 2 || stolen == null
                    || names.stream().anyMatch(d -> d.governor() != stolen.dependent()
                    || !d.relation().equals(names.get(0).relation()))) {
                continue;
            }
            String relation = names.get(0).relation();
            int noun = stolen.dependent();
            return rewritten(dependencies, c -> {
                if (c == loose) {
                    return new Dependency(noun, regions, relation);
                }
                if (c == stolen) {
                    return new Dependency(verb, noun, "obj");
                }
                if (names.contains(c)) {
                    return new Dependency(regions, c.dependent(), "compound");
                }
                boolean beforeList = c.dependent() < from && c.dependent() > noun
                        && Set.of("case", "det").contains(c.relation());
                if (beforeList && c.governor() >= from && c.governor() < regions) {
                    return new Dependency(regions, c.dependent(), c.relation()); // "over the"
                }
                if (c.governor() == regions && c.dependent() > regions) {
                    return new Dependency(verb, c.dependent(), c.relation()); // "overnight"
                }
                return c;
            });
        }
        return dependencies;
    }

    /** Verbs that close a sentence with who said it: "..., the minister said", "..., Wallace told parliament". */
    private static final Set<String> TAIL_SPEECH = Set.of("say", "tell", "report", "announce", "write", "state",
            "confirm", "add");

    /**
     * "Poland is sending 10,000 soldiers to its border with Belarus, Defence Minister Mariusz Blaszczak said", "is
     * supplying Ukraine with Storm Shadow missiles, Defence Secretary Ben Wallace told parliament": the parser hangs
     * the speaker off the noun before the comma as its apposition, and leaves the verb of saying with no subject. The
     * speaker is that verb's subject again.
     */
    private static List<Dependency> speakerAsApposition(List<Token> tokens, List<Dependency> dependencies) {
        for (Dependency appos : dependencies) {
            int speaker = appos.dependent();
            int noun = appos.governor();
            if (!"appos".equals(appos.relation()) || noun < 0 || speaker < noun || speaker + 1 >= tokens.size()) {
                continue;
            }
            int say = speaker + 1;
            while (say < tokens.size() && tokens.get(say).pos().startsWith("RB")) {
                say++;
            }
            if (say >= tokens.size() || !TAIL_SPEECH.contains(tokens.get(say).lemma().toLowerCase(Locale.ROOT))
                    || !Set.of("VBD", "VBZ", "VBP").contains(tokens.get(say).pos())
                    || tokens.subList(noun + 1, speaker).stream().noneMatch(t -> ",".equals(t.word()))) {
                continue;
            }
            int verb = say;
            // "A glide bomb struck a block ..., injuring 11, governor Ivan Fedorov said": the parser may even make the
            // clause said the subject of saying; it is what was said.
            List<Dependency> clauseAsSubject = dependencies.stream().filter(d -> d.governor() == verb
                    && d.relation().startsWith("nsubj")).toList();
            if (clauseAsSubject.stream().anyMatch(d -> d.dependent() > noun
                    || !tokens.get(d.dependent()).pos().startsWith("VB"))) {
                continue;
            }
            Dependency up = dependencies.stream().filter(d -> d.dependent() == verb).findFirst().orElse(null);
            // Said of a clause before it: the verb of saying hangs off an earlier verb, or is the root.
            if (up == null || up.governor() >= 0 && (up.governor() > noun
                    || !tokens.get(up.governor()).pos().startsWith("VB"))) {
                continue;
            }
            return rewritten(dependencies, c -> c == appos ? new Dependency(verb, speaker, "nsubj")
                    : clauseAsSubject.contains(c) ? new Dependency(verb, c.dependent(), "ccomp") : c);
        }
        return dependencies;
    }

    /**
     * "Russia launched 91 missiles at the grid overnight, the air force said, its second massive attack this month":
     * the parser makes the noun phrase after the comma the object of saying, so that the speaker would have made the
     * attack. A verb of saying told after its clause takes no object after a comma; the phrase sums up that clause.
     */
    private static List<Dependency> summaryAfterSpeaker(List<Token> tokens, List<Dependency> dependencies) {
        for (Dependency obj : dependencies) {
            int say = obj.governor();
            int noun = obj.dependent();
            if (!"obj".equals(obj.relation()) || say < 0 || noun <= say + 1 || !",".equals(tokens.get(say + 1).word())
                    || !TAIL_SPEECH.contains(tokens.get(say).lemma().toLowerCase(Locale.ROOT))
                    || !tokens.get(noun).pos().startsWith("NN")) {
                continue;
            }
            Dependency up = dependencies.stream().filter(d -> d.dependent() == say).findFirst().orElse(null);
            if (up == null || up.governor() < 0 || up.governor() > say || !up.relation().startsWith("parataxis")
                    || !tokens.get(up.governor()).pos().startsWith("VB")) {
                continue;
            }
            int clause = up.governor();
            return rewritten(dependencies, c -> c == obj ? new Dependency(clause, noun, "dep") : c);
        }
        return dependencies;
    }

    /** Prepositions of a phrase that sums up a clause: "in one of the deepest attacks yet", "with its largest ...". */
    private static final Set<String> SUMMING_UP = Set.of("obl:in", "obl:with");

    /**
     * "A rocket strike hit a building in Melitopol, officials said on Sunday, in one of the deepest Ukrainian attacks
     * yet": a phrase after the comma that follows a tail speaker, ranking what it names among its kind ("one of",
     * "the largest", "the second"), sums up the clause told, not the saying. It becomes a phrase of the clause, as
     * {@link #summaryAfterSpeaker} does for a bare noun phrase.
     */
    private static List<Dependency> rankedSummaryAfterSpeaker(List<Token> tokens, List<Dependency> dependencies) {
        for (Dependency phrase : dependencies) {
            int say = phrase.governor();
            int noun = phrase.dependent();
            if (!SUMMING_UP.contains(phrase.relation()) || say < 0 || noun <= say
                    || !TAIL_SPEECH.contains(tokens.get(say).lemma().toLowerCase(Locale.ROOT))
                    || !tokens.get(noun).pos().startsWith("NN") || !ranked(tokens, dependencies, noun)
                    || tokens.subList(say + 1, noun).stream().noneMatch(t -> ",".equals(t.word()))) {
                continue;
            }
            Dependency told = dependencies.stream().filter(d -> d.governor() == say && d.dependent() < say
                    && Set.of("ccomp", "parataxis").contains(d.relation())
                    && tokens.get(d.dependent()).pos().startsWith("VB")).findFirst().orElse(null);
            if (told == null) {
                continue;
            }
            int clause = told.dependent();
            return rewritten(dependencies, c -> c == phrase ? new Dependency(clause, noun, "dep") : c);
        }
        return dependencies;
    }

    /** The noun is ranked among its kind: "one of the ...", a superlative or an ordinal on it, or "latest". */
    private static boolean ranked(List<Token> tokens, List<Dependency> dependencies, int noun) {
        return dependencies.stream().filter(d -> d.governor() == noun).anyMatch(d -> "det:qmod".equals(d.relation())
                || "JJS".equals(tokens.get(d.dependent()).pos()) || "ORDINAL".equals(tokens.get(d.dependent()).ner())
                || "latest".equalsIgnoreCase(tokens.get(d.dependent()).word()));
    }

    /** Lemmas that may stand as a verb's auxiliary (a modal or a form of "have", "be", "do" or "get"). */
    private static final Set<String> AUXILIARY_LEMMAS = Set.of("be", "have", "do", "will", "would", "can", "could", "may",
            "might", "shall", "should", "must", "ought", "get", "need", "dare", "'ll", "'d", "wo", "ca", "use");

    /**
     * "Moscow, which denies deliberately targeting civilians": a finite verb that is no auxiliary, taken for the
     * auxiliary of the -ing or bare verb after it. It heads the clause again, with the subject and the clause's place,
     * and the other verb becomes its complement.
     */
    private static List<Dependency> verbAsAuxiliary(List<Token> tokens, List<Dependency> dependencies) {
        List<Dependency> out = dependencies;
        for (Dependency aux : dependencies) {
            int verb = aux.dependent();
            int complement = aux.governor();
            Token t = tokens.get(verb);
            if (!"aux".equals(aux.relation()) || complement < 0 || verb > complement
                    || !Set.of("VBZ", "VBD", "VBP").contains(t.pos())
                    || AUXILIARY_LEMMAS.contains(t.lemma().toLowerCase(Locale.ROOT))
                    || !Set.of("VBG", "VB").contains(tokens.get(complement).pos())) {
                continue;
            }
            out = rewritten(out, c -> {
                if (c.equals(aux)) {
                    return new Dependency(verb, complement, "xcomp");
                }
                if (c.dependent() == complement) {
                    return new Dependency(c.governor(), verb, c.relation());
                }
                if (c.governor() == complement && c.relation().startsWith("nsubj")) {
                    return new Dependency(verb, c.dependent(), "nsubj");
                }
                return c;
            });
        }
        return out;
    }

    /**
     * "Meeting Putin in St Petersburg on Sunday, Lukashenko said ...": the parser reads the opening participle as an
     * adjective on the man met and makes him a second subject of the main verb. The participle becomes a clause of
     * the main verb, the man its object, and what stands between them and the comma its phrases.
     */
    private static List<Dependency> openingParticiple(List<Token> tokens, List<Dependency> dependencies) {
        if (tokens.isEmpty() || !"VBG".equals(tokens.get(0).pos())) {
            return dependencies;
        }
        int comma = commaAfter(tokens, 1);
        Dependency modified = dependencies.stream().filter(d -> d.dependent() == 0 && "amod".equals(d.relation()))
                .findFirst().orElse(null);
        if (comma < 0 || modified == null || modified.governor() >= comma) {
            return dependencies;
        }
        int object = modified.governor();
        Dependency asSubject = dependencies.stream().filter(d -> d.dependent() == object
                && "nsubj".equals(d.relation())).findFirst().orElse(null);
        if (asSubject == null || asSubject.governor() < comma) {
            return dependencies;
        }
        int verb = asSubject.governor();
        boolean ownSubject = dependencies.stream().anyMatch(d -> d.governor() == verb && d.dependent() > comma
                && d.dependent() < verb && d.relation().startsWith("nsubj"));
        if (!ownSubject) {
            return dependencies;
        }
        return rewritten(dependencies, c -> {
            if (c == modified) {
                return new Dependency(verb, 0, "advcl");
            }
            if (c == asSubject) {
                return new Dependency(0, object, "obj");
            }
            if (c.governor() == object && c.relation().startsWith("nmod:")) {
                return new Dependency(0, c.dependent(), onTheVerb(c.relation()));
            }
            if (c.governor() == verb && c.dependent() > 0 && c.dependent() < comma && c.relation().startsWith("obl")) {
                return new Dependency(0, c.dependent(), c.relation());
            }
            return c;
        });
    }

    /**
     * "shipped grain under a deal signed in Istanbul by Russia and Ukraine": the parser hangs the passive's agent on
     * the active main verb. A "by" phrase after a participle that describes a noun, on a verb that is not passive
     * itself, is the participle's agent.
     */
    private static List<Dependency> agentOfParticiple(List<Token> tokens, List<Dependency> dependencies) {
        for (Dependency agent : dependencies) {
            int verb = agent.governor();
            if (!"obl:by".equals(agent.relation()) || verb < 0 || agent.dependent() < verb
                    || isPassive(dependencies, verb)) {
                continue;
            }
            Dependency participle = dependencies.stream().filter(d -> "acl".equals(d.relation())
                    && "VBN".equals(tokens.get(d.dependent()).pos()) && d.governor() > verb
                    && d.dependent() < agent.dependent()).reduce((a, b) -> b).orElse(null);
            if (participle == null) {
                continue;
            }
            int by = participle.dependent();
            return rewritten(dependencies, c -> c.governor() == verb && "obl:by".equals(c.relation())
                    && c.dependent() > by ? new Dependency(by, c.dependent(), "obl:by") : c);
        }
        return dependencies;
    }

    /** Prepositions that open a participle's clause of time: "after meeting Niinisto", "before visiting Kyiv". */
    private static final Set<String> CLAUSE_PREPOSITIONS = Set.of("after", "before", "while", "since", "during");

    /**
     * "said on March 17, after meeting Niinisto in Ankara, that ...": as with an opening participle, the parser reads
     * the participle as an adjective on the one met, whom "after" then makes a phrase of the main verb. The
     * participle becomes a clause of time of that verb, opened by the preposition, with the one met its object.
     */
    private static List<Dependency> participleAfterPreposition(List<Token> tokens, List<Dependency> dependencies) {
        for (Dependency modifier : dependencies) {
            int participle = modifier.dependent();
            int object = modifier.governor();
            if (!"amod".equals(modifier.relation()) || object != participle + 1 || participle < 1
                    || !"VBG".equals(tokens.get(participle).pos()) || !tokens.get(object).isProperNoun()
                    || !CLAUSE_PREPOSITIONS.contains(tokens.get(participle - 1).word().toLowerCase(Locale.ROOT))) {
                continue;
            }
            Dependency phrase = dependencies.stream().filter(d -> d.dependent() == object
                    && d.relation().startsWith("obl:")).findFirst().orElse(null);
            if (phrase == null) {
                continue;
            }
            int verb = phrase.governor();
            int preposition = participle - 1;
            String word = tokens.get(preposition).word().toLowerCase(Locale.ROOT);
            return rewritten(dependencies, c -> {
                if (c == modifier) {
                    return new Dependency(verb, participle, "advcl:" + word);
                }
                if (c == phrase) {
                    return new Dependency(participle, object, "obj");
                }
                if (c.dependent() == preposition && c.governor() == object) {
                    return new Dependency(participle, preposition, "mark");
                }
                if (c.governor() == object && c.relation().startsWith("nmod:")) {
                    return new Dependency(participle, c.dependent(), onTheVerb(c.relation()));
                }
                return c;
            });
        }
        return dependencies;
    }

    /**
     * "A missile struck the centre of Odesa, killing ten, the head of the regional administration, Oleh Kiper, said":
     * after a long clause the parser may leave the verb of saying with no subject and hang the speaker and his title
     * on the clause's verb, as its object and a conjunct, so that the missile struck him. The name just before the
     * verb of saying becomes its subject, the title before it his apposition, and the verb of saying the root that
     * says the clause.
     */
    private static List<Dependency> namedTailSpeaker(List<Token> tokens, List<Dependency> dependencies) {
        for (Dependency hung : dependencies) {
            int main = hung.governor();
            int say = hung.dependent();
            if (!isSayingHungOnClause(tokens, hung, TAIL_SPEECH) || say < main + 3 || hasSubject(dependencies, say)
                    || dependencies.stream().noneMatch(d -> d.governor() == -1 && d.dependent() == main)) {
                continue;
            }
            int name = ",".equals(tokens.get(say - 1).word()) ? say - 2 : say - 1;
            Dependency named = dependencies.stream().filter(d -> d.dependent() == name && d.governor() == main)
                    .findFirst().orElse(null);
            if (named == null || !tokens.get(name).isProperNoun() || !"PERSON".equals(tokens.get(name).ner())) {
                continue;
            }
            int start = name;
            while (start > 0 && tokens.get(start - 1).isProperNoun()) {
                start--;
            }
            int titleEnd = start - 1;
            Dependency title = titleEnd < 1 || !",".equals(tokens.get(titleEnd).word()) ? null
                    : dependencies.stream().filter(d -> d.governor() == main && d.dependent() < titleEnd
                            && d.dependent() > main && tokens.get(d.dependent()).pos().startsWith("NN")
                            && d.relation().startsWith("conj")
                            && tokens.subList(d.dependent(), titleEnd).stream().noneMatch(t -> ",".equals(t.word())))
                    .findFirst().orElse(null);
            return rewritten(dependencies, c -> {
                if (c == hung) {
                    return new Dependency(-1, say, "root");
                }
                if (c.governor() == -1 && c.dependent() == main) {
                    return new Dependency(say, main, "ccomp");
                }
                if (c == named) {
                    return new Dependency(say, name, "nsubj");
                }
                if (c == title) {
                    return new Dependency(name, c.dependent(), "appos");
                }
                return c;
            });
        }
        return dependencies;
    }

    /** A noun's phrase ("nmod:in") moved onto a verb ("obl:in"), when the participle it hung on becomes one. */
    private static String onTheVerb(String nmod) {
        return "obl:" + nmod.substring("nmod:".length());
    }

    /** The first comma at or after {@code from}, or -1. */
    private static int commaAfter(List<Token> tokens, int from) {
        for (int i = from; i < tokens.size(); i++) {
            if (",".equals(tokens.get(i).word())) {
                return i;
            }
        }
        return -1;
    }

    private static List<Dependency> rewritten(List<Dependency> dependencies, UnaryOperator<Dependency> change) {
        List<Dependency> out = new ArrayList<>(dependencies.size());
        for (Dependency c : dependencies) {
            out.add(change.apply(c));
        }
        return out;
    }

    /**
     * "He accused NATO of arming Kyiv, and said Western weapons would become legitimate targets", "Lavrov said Western
     * weapons would become ...": the parser makes the first clause the subject of the last verb, and what was said the
     * object of "said". The first verb, which has a subject of its own, heads the sentence again, the last verb's
     * clause is what was said, and the object its subject.
     */
    private static List<Dependency> clauseTakenForSubject(List<Token> tokens, List<Dependency> dependencies) {
        for (Dependency csubj : dependencies) {
            int last = csubj.governor();
            int first = csubj.dependent();
            if (!"csubj".equals(csubj.relation()) || last < 0 || first > last
                    || !Set.of("VBD", "VBZ").contains(tokens.get(first).pos()) || !hasSubject(dependencies, first)
                    || hasSubject(dependencies, last)
                    || dependencies.stream().noneMatch(d -> d.dependent() == last && d.governor() < 0)) {
                continue;
            }
            // The saying is the first verb itself ("Lavrov said Western weapons would become ..."), or joined to it.
            Dependency said = SPEECH.contains(tokens.get(first).lemma()) ? csubj
                    : dependencies.stream().filter(d -> d.governor() == first && d.relation().startsWith("conj")
                    && SPEECH.contains(tokens.get(d.dependent()).lemma()) && d.dependent() < last)
                    .findFirst().orElse(null);
            if (said == null) {
                continue;
            }
            int say = said.dependent();
            Dependency object = dependencies.stream().filter(d -> d.governor() == say && "obj".equals(d.relation())
                    && d.dependent() > say && d.dependent() < last).findFirst().orElse(null);
            if (object == null) {
                continue;
            }
            return rewritten(dependencies, c -> {
                if (c == csubj) {
                    return new Dependency(-1, first, "root");
                }
                if (c.dependent() == last && c.governor() < 0) {
                    return new Dependency(say, last, "ccomp");
                }
                return c == object ? new Dependency(last, c.dependent(), "nsubj") : c;
            });
        }
        return dependencies;
    }

    private static boolean hasSubject(List<Dependency> dependencies, int verb) {
        return dependencies.stream().anyMatch(d -> d.governor() == verb && d.relation().startsWith("nsubj"));
    }
}
