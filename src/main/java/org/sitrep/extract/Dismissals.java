package org.sitrep.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.Actor;
import org.sitrep.model.Role;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Sentence;

/**
 * A proposal or a claim turned down in free words: someone quoted says it is unacceptable, unrealistic or untrue
 * ("Russia's foreign ministry said the proposal was unacceptable", "Peskov said those claims were absurd"). No cue of
 * REJECT names it; the speaker rejects, and whoever the proposal or claim is said to be from is rejected.
 */
final class Dismissals {

    /** Words that turn a proposal down, and words that call a claim untrue (requirements.tsv). */
    static final List<String> MARKERS = List.of("refusal", "dismissal");
    /** What can be turned down (requirements.tsv). */
    private static final String PROPOSITION = "proposition";
    /** Words that say whose a proposal is: "the American proposal", "Kyiv's plan", "the Kremlin plan". */
    private static final Set<String> OWNERS = Set.of("amod", "nmod:poss", "compound", "nmod:from", "nmod:by");

    /** Who turns down whose proposal (null when the text does not say), the word that does it, and the claim. */
    record Dismissal(Actor rejecter, Actor proposer, int marker, ClaimFinder.Claim claim) {
    }

    private final Lexicon lexicon;
    private final ActorLookup actors;
    private final ClaimFinder claims;

    Dismissals(Lexicon lexicon, ActorLookup actors, ClaimFinder claims) {
        this.lexicon = lexicon;
        this.actors = actors;
        this.claims = claims;
    }

    /** The first dismissal the sentence voices, or empty. */
    Optional<Dismissal> find(Sentence s, LocalDate asOf) {
        if (!s.isParsed()) {
            return Optional.empty();
        }
        for (int i = 0; i < s.tokens().size(); i++) {
            String lemma = s.tokens().get(i).lemma();
            if (MARKERS.stream().noneMatch(m -> lexicon.satisfies(m, lemma))
                    || Clause.dependents(s, i, Set.of("cop")).isEmpty()) {
                continue; // only a word said of something: "the plan was unrealistic"
            }
            Optional<Integer> proposal = Clause.dependents(s, i, Set.of("nsubj")).stream().map(Dependency::dependent)
                    .filter(n -> lexicon.satisfies(PROPOSITION, s.tokens().get(n).lemma())).findFirst();
            if (proposal.isEmpty() || negated(s, i)) {
                continue;
            }
            for (ClaimFinder.Claim c : claims.voicing(s, i)) {
                Optional<ActorLookup.Match> speaker = actors.resolve(c.text(), asOf);
                if (speaker.isEmpty()) {
                    continue;
                }
                Actor rejecter = new Actor(Role.ACTOR, speaker.get().name(), speaker.get().id(), List.of(c.text()));
                Actor proposer = ownerOf(s, proposal.get(), asOf)
                        .filter(m -> !sameSide(m, speaker.get()))
                        .map(m -> new Actor(Role.RECIPIENT, m.name(), m.id(), List.of())).orElse(null);
                return Optional.of(new Dismissal(rejecter, proposer, i, c));
            }
        }
        return Optional.empty();
    }

    private static boolean sameSide(ActorLookup.Match one, ActorLookup.Match other) {
        String side = Accusations.sideOf(one);
        return one.id().equals(other.id()) || side != null && side.equals(Accusations.sideOf(other));
    }

    /** "was not unrealistic": a negated dismissal is none. */
    private static boolean negated(Sentence s, int marker) {
        return Clause.dependents(s, marker, Set.of("advmod")).stream()
                .anyMatch(d -> Set.of("not", "n't", "never").contains(s.tokens().get(d.dependent()).lemma()));
    }

    private Optional<ActorLookup.Match> ownerOf(Sentence s, int proposal, LocalDate asOf) {
        for (Dependency d : Clause.dependents(s, proposal, OWNERS)) {
            Optional<ActorLookup.Match> named = Accusations.named(actors, s, d.dependent(), asOf);
            if (named.isPresent()) {
                return named;
            }
        }
        return Optional.empty();
    }
}
