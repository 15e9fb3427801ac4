package org.sitrep.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.Actor;
import org.sitrep.model.EventType;
import org.sitrep.model.Role;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Sentence;

/**
 * Blame told in free words: someone quoted says the other side did something the words of accusation mark ("Zelensky
 * said Russia had deliberately targeted civilians", "the ministry said the strike was an act of terror"). No cue of
 * ACCUSE names it; the speaker accuses whoever the claim is about.
 */
final class Accusations {

    /** The requirement group (requirements.tsv) of the words that make a claim an accusation. */
    static final String MARKERS = "accusation";
    private static final String PERSON_ID = "person:";
    private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:pass");
    /** Words that say whose a deed is: "the Russian strike", "Moscow's attack". */
    private static final Set<String> OWNERS = Set.of("amod", "nmod:poss", "compound");
    /** Steps from the marker up to the verb of its clause. */
    private static final int MAX_STEPS = 4;

    /** Who accuses whom, the word that makes it an accusation, and the claim that voices it. */
    record Accusation(Actor accuser, Actor accused, int marker, ClaimFinder.Claim claim) {
    }

    private final Lexicon lexicon;
    private final ActorLookup actors;
    private final ClaimFinder claims;

    Accusations(Lexicon lexicon, ActorLookup actors, ClaimFinder claims) {
        this.lexicon = lexicon;
        this.actors = actors;
        this.claims = claims;
    }

    /**
     * The first accusation the sentence voices, or empty.
     *
     * @param attackers the actors of the attack the article just told of: "the strike" said of with no owner is theirs
     * @param decider   who made the latest decision the article told, whose "move" or "decision" it is, or null
     */
    Optional<Accusation> find(Sentence s, LocalDate asOf, List<Actor> attackers, Actor decider) {
        if (!s.isParsed()) {
            return Optional.empty();
        }
        for (int i = 0; i < s.tokens().size(); i++) {
            if (!lexicon.satisfies(MARKERS, s.tokens().get(i).lemma()) || denied(s, i)) {
                continue;
            }
            for (ClaimFinder.Claim c : claims.voicing(s, i)) {
                Optional<ActorLookup.Match> speaker = actors.resolve(c.text(), asOf);
                if (speaker.isEmpty()) {
                    continue;
                }
                String side = sideOf(speaker.get());
                Actor accused = accusedIn(s, i, c, side, asOf, attackers, decider);
                if (accused == null) {
                    break;
                }
                Actor accuser = new Actor(Role.ACTOR, speaker.get().name(), speaker.get().id(), List.of(c.text()));
                return Optional.of(new Accusation(accuser, accused, i, c));
            }
        }
        return Optional.empty();
    }

    /**
     * Whom the claim is about: the subject of the marker's clause, or the owner of the deed that subject names, when
     * it is someone other than the speaker's side; else, for a speaker who takes a side of the war, the other side.
     */
    private Actor accusedIn(Sentence s, int marker, ClaimFinder.Claim c, String side, LocalDate asOf,
                            List<Actor> attackers, Actor decider) {
        int verb = marker;
        // "said the attack was abominable": a predicate with a copula heads its own clause.
        for (int steps = 0; steps < MAX_STEPS && !s.tokens().get(verb).pos().startsWith("VB")
                && Clause.dependents(s, verb, Set.of("cop")).isEmpty(); steps++) {
            Dependency up = s.headOf(verb);
            if (up == null || up.governor() < 0) {
                break;
            }
            verb = up.governor();
        }
        if (verb == c.verb()) {
            return null; // the marker describes the saying ("said bluntly"), not a deed
        }
        for (Dependency d : Clause.dependents(s, verb, SUBJECTS)) {
            Optional<ActorLookup.Match> subject = named(actors, s, d.dependent(), asOf);
            for (Dependency o : Clause.dependents(s, d.dependent(), OWNERS)) {
                subject = subject.or(() -> named(actors, s, o.dependent(), asOf));
            }
            if (subject.isPresent()) {
                return side != null && side.equals(sideOf(subject.get())) ? null
                        : new Actor(Role.RECIPIENT, subject.get().name(), subject.get().id(), List.of());
            }
            boolean attack = lexicon.cueAt(s.tokens(), d.dependent()).filter(x -> x.type() == EventType.ASSAULT)
                    .isPresent();
            Optional<Actor> attacker = attackers.stream().filter(a -> a.role() == Role.ACTOR).findFirst();
            if (attack && attacker.isPresent() && !attacker.get().id().equals(side)) {
                // "Scholz said the strike was a deliberate killing of civilians": the strike just told of.
                return new Actor(Role.RECIPIENT, attacker.get().name(), attacker.get().id(), List.of());
            }
            if (decider != null && lexicon.satisfies("deed", s.tokens().get(d.dependent()).lemma())
                    && (side == null || !side.equals(actors.resolve(decider.name(), asOf).map(Accusations::sideOf)
                    .orElse(decider.id())))) {
                // "Putin put the forces on alert ... Blinken said the move was reckless": the decision just told of.
                return new Actor(Role.RECIPIENT, decider.name(), decider.id(), List.of());
            }
        }
        String enemy = side == null ? null : lexicon.adversaryOf(side);
        return enemy == null ? null : actors.country(enemy)
                .map(m -> new Actor(Role.RECIPIENT, m.name(), m.id(), List.of())).orElse(null);
    }

    /** Words that deny what they modify: "was not reckless", "never illegal". */
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no");

    /** "the move was not reckless": a word of blame denied blames no one. */
    private static boolean denied(Sentence s, int marker) {
        return s.dependentsOf(marker).stream().anyMatch(d -> (d.relation().equals("neg")
                || d.relation().startsWith("advmod") || d.relation().equals("det"))
                && NEGATIONS.contains(s.tokens().get(d.dependent()).word().toLowerCase(Locale.ROOT)));
    }

    /** Who the noun phrase headed at {@code head} names, or its head word alone. */
    static Optional<ActorLookup.Match> named(ActorLookup actors, Sentence s, int head, LocalDate asOf) {
        int[] np = Clause.nounPhrase(s, head);
        return actors.resolve(s.textOf(np[0], np[1]), asOf).or(() -> actors.resolve(s.tokens().get(head).word(), asOf));
    }

    /** The state someone speaks for: a person's or a body's country, or the state itself. */
    static String sideOf(ActorLookup.Match m) {
        return m.id().startsWith(PERSON_ID) || m.country() != null && m.id().length() != 3 ? m.country() : m.id();
    }
}
