package org.sitrep.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.Actor;
import org.sitrep.model.EventType;
import org.sitrep.model.GeoPrecision;
import org.sitrep.model.Location;
import org.sitrep.model.Role;
import org.sitrep.model.Span;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.EntitySpan;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Finds who acts, who is acted on, and where, from the dependents of an event's cue: the subject acts ("Russia
 * fired"), the object or the target of "at/on/against" is acted on, and the passive turns these round ("Kyiv was
 * hit by drones"). A place in "in/at/on/near X" is where it happened; a country named as the target is both.
 */
final class Participants {

    record Found(List<Actor> actors, Location location, List<Span> spans) {
    }

    private static final Set<String> SUBJECT = Set.of("nsubj", "nsubj:xsubj", "obl:agent", "obl:by", "nmod:agent",
            "nmod:by", "nmod:poss", "amod", "compound");
    private static final Set<String> OBJECT = Set.of("obj", "iobj", "nsubj:pass", "obl:at", "obl:on", "obl:against",
            "obl:into", "obl:to", "obl:with", "nmod:on", "nmod:against", "nmod:at", "nmod:to", "nmod:with",
            "nmod:into", "obl:for", "nmod:for");
    private static final Set<String> PLACE = Set.of("obl:in", "obl:at", "obl:on", "obl:near", "obl:over",
            "obl:across", "obl:into", "obl:to", "obl:around", "nmod:in", "nmod:on", "nmod:at", "nmod:near",
            "nmod:across", "nmod:over", "nmod:to", "obj", "nsubj:pass", "obl:outside", "nmod:outside");
    /** Types for which a place in the sentence is where the event happened. */
    private static final Set<EventType> LOCATED = Set.of(EventType.ASSAULT, EventType.CONSULT, EventType.RETREAT,
            EventType.MOBILIZE, EventType.PROTEST, EventType.COERCE);

    private final ActorLookup actors;
    private final PlaceLookup places;

    Participants(ActorLookup actors, PlaceLookup places) {
        this.actors = actors;
        this.places = places;
    }

    private static final Set<String> PERSONAL_PRONOUNS = Set.of("it", "he", "she", "they", "we");

    /**
     * @param previous the actor of the article's previous event, for a pronoun subject ("It is also sending..."),
     *                 or null
     */
    Found find(Sentence s, EventType type, String mode, int cue, LocalDate asOf, Actor previous) {
        List<Actor> found = new ArrayList<>();
        List<Span> spans = new ArrayList<>();
        Location location = null;
        if (s.isParsed()) {
            boolean passive = Clause.dependents(s, cue, Set.of("nsubj:pass", "aux:pass")).size() > 0;
            for (Dependency d : s.dependentsOf(cue)) {
                String rel = d.relation();
                boolean subject = SUBJECT.contains(rel) && !(passive && rel.startsWith("nsubj"));
                boolean object = OBJECT.contains(rel) || passive && rel.startsWith("nsubj");
                if (subject && ("amod".equals(rel) || "compound".equals(rel)) && !isNoun(s, cue)) {
                    continue;
                }
                if (subject || object) {
                    addActor(s, d.dependent(), subject ? Role.ACTOR : Role.RECIPIENT, asOf, found, spans);
                }
            }
            if (LOCATED.contains(type)) {
                location = locate(s, cue, spans);
            }
            // The subject of a governing "expected/plans/was set" when the cue is its infinitive complement.
            if (found.stream().noneMatch(a -> a.role() == Role.ACTOR)) {
                Dependency up = s.headOf(cue);
                if (up != null && up.governor() >= 0 && (up.relation().startsWith("xcomp")
                        || up.relation().startsWith("advcl"))) {
                    for (Dependency d : Clause.dependents(s, up.governor(), Set.of("nsubj", "nsubj:pass"))) {
                        addActor(s, d.dependent(), Role.ACTOR, asOf, found, spans);
                    }
                }
            }
            if (found.stream().noneMatch(a -> a.role() == Role.ACTOR)) {
                resolvePronounSubject(s, cue, asOf, previous, found, spans);
            }
        } else if (LOCATED.contains(type)) {
            location = firstPlace(s, spans);
        }
        if (location != null && location.country() != null && found.stream().noneMatch(a -> a.role() == Role.RECIPIENT)
                && (type == EventType.ASSAULT || type == EventType.CONSULT && "visit".equals(mode))) {
            Optional<ActorLookup.Match> country = actors.country(location.country());
            if (country.isPresent() && found.stream().noneMatch(a -> a.id().equals(country.get().id()))) {
                found.add(new Actor(Role.RECIPIENT, country.get().name(), country.get().id(), List.of(location.name())));
            }
        }
        return new Found(found, location, spans);
    }

    /** "Britain said that it will provide": the pronoun is the reporting verb's subject, else the last actor. */
    private void resolvePronounSubject(Sentence s, int cue, LocalDate asOf, Actor previous, List<Actor> found,
                                       List<Span> spans) {
        List<Dependency> subjects = Clause.dependents(s, cue, Set.of("nsubj", "nsubj:xsubj"));
        if (subjects.isEmpty()) {
            return;
        }
        Token pronoun = s.tokens().get(subjects.get(0).dependent());
        if (!PERSONAL_PRONOUNS.contains(pronoun.word().toLowerCase(java.util.Locale.ROOT))) {
            return;
        }
        int node = cue;
        for (int depth = 0; depth < 4; depth++) {
            Dependency up = s.headOf(node);
            if (up == null || up.governor() < 0 || !up.relation().startsWith("ccomp")) {
                break;
            }
            node = up.governor();
            for (Dependency d : Clause.dependents(s, node, Set.of("nsubj"))) {
                addActor(s, d.dependent(), Role.ACTOR, asOf, found, spans);
            }
            if (found.stream().anyMatch(a -> a.role() == Role.ACTOR)) {
                return;
            }
        }
        if (previous != null && found.stream().noneMatch(a -> a.id().equals(previous.id()))) {
            found.add(new Actor(Role.ACTOR, previous.name(), previous.id(), previous.aliases()));
        }
    }

    private static boolean isNoun(Sentence s, int i) {
        return s.tokens().get(i).pos().startsWith("NN");
    }

    private void addActor(Sentence s, int head, Role role, LocalDate asOf, List<Actor> found, List<Span> spans) {
        Token h = s.tokens().get(head);
        if (h.pos().startsWith("PRP") || h.isNumber()) {
            return;
        }
        int[] np = Clause.nounPhrase(s, head);
        Optional<ActorLookup.Match> match = Optional.empty();
        int from = np[0];
        int to = np[1];
        String text = s.textOf(from, to);
        match = actors.resolve(text, asOf);
        if (match.isEmpty()) {
            EntitySpan e = s.entityAt(head);
            if (e != null && !e.isTime()) {
                from = e.tokenStart();
                to = e.tokenEnd();
                text = e.text();
                match = actors.resolve(text, asOf);
            }
        }
        if (match.isEmpty()) {
            // "Russian forces" failed as a whole? try the possessor or the adjective alone.
            for (Dependency d : Clause.dependents(s, head, Set.of("nmod:poss", "amod", "compound"))) {
                Token t = s.tokens().get(d.dependent());
                match = actors.resolve(t.word(), asOf);
                if (match.isPresent()) {
                    from = t.index();
                    to = t.index() + 1;
                    text = t.word();
                    break;
                }
            }
        }
        if (match.isEmpty()) {
            return;
        }
        ActorLookup.Match m = match.get();
        for (Actor a : found) {
            if (a.id().equals(m.id())) {
                return;
            }
        }
        found.add(new Actor(role, m.name(), m.id(), List.of(text.replace('\u2019', '\''))));
        spans.add(new Span(s.tokens().get(from).begin(), s.tokens().get(to - 1).end(), role.label()));
        // Conjoined participants: "Blinken and Lammy arrived".
        for (Dependency d : Clause.dependents(s, head, Set.of("conj:and", "conj:*"))) {
            addActor(s, d.dependent(), role, asOf, found, spans);
        }
    }

    /** The most specific place among the cue's dependents (and their possessors), else none. */
    private Location locate(Sentence s, int cue, List<Span> spans) {
        Location best = null;
        Span bestSpan = null;
        List<Integer> candidates = new ArrayList<>();
        for (Dependency d : Clause.dependents(s, cue, PLACE)) {
            candidates.add(d.dependent());
            for (Dependency p : Clause.dependents(s, d.dependent(), Set.of("nmod:poss", "nmod:of", "nmod:in"))) {
                candidates.add(p.dependent());
            }
        }
        for (int c : candidates) {
            EntitySpan entity = s.entityAt(c);
            if (entity != null && ("PERSON".equals(entity.ner()) || "ORGANIZATION".equals(entity.ner()))) {
                continue;
            }
            int[] np = Clause.nounPhrase(s, c);
            Optional<Location> loc = places.find(s.textOf(np[0], np[1]));
            int from = np[0];
            int to = np[1];
            if (loc.isEmpty()) {
                EntitySpan e = s.entityAt(c);
                if (e == null || !e.isPlaceLike()) {
                    continue;
                }
                loc = places.find(e.text());
                from = e.tokenStart();
                to = e.tokenEnd();
            }
            if (loc.isPresent() && (best == null || rank(loc.get().precision()) < rank(best.precision()))) {
                best = loc.get();
                bestSpan = new Span(s.tokens().get(from).begin(), s.tokens().get(to - 1).end(), "place");
            }
        }
        if (bestSpan != null) {
            spans.add(bestSpan);
        }
        return best;
    }

    private Location firstPlace(Sentence s, List<Span> spans) {
        for (EntitySpan e : s.entities()) {
            if (!e.isPlaceLike() || e.tokenStart() == 0) {
                continue;
            }
            String before = s.tokens().get(e.tokenStart() - 1).lemma();
            if (Set.of("in", "at", "on", "near", "over").contains(before)) {
                Optional<Location> loc = places.find(e.text());
                if (loc.isPresent()) {
                    spans.add(new Span(e.begin(), e.end(), "place"));
                    return loc.get();
                }
            }
        }
        return null;
    }

    private static int rank(GeoPrecision p) {
        return p.ordinal();
    }
}
