package org.sitrep.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.sitrep.model.Actor;
import org.sitrep.model.EventDate;
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

    /**
     * Who a pronoun can stand for: the latest person ("he", "his") and the latest other actor ("it", "their")
     * the article has named as acting. Either may be null.
     */
    record Antecedents(Actor person, Actor other, Location place, List<Actor> parties, Meeting meeting,
                       Map<EventType, Actor> recipients, Actor attacker, List<Actor> group, String filedIn,
                       Map<String, ActorLookup.Match> bodies, ActorLookup.Match home,
                       Map<String, ActorLookup.Match> people, EventDate told, Actor voice,
                       Map<EventType, Actor> givers, Map<String, Actor> accusers, Actor decider,
                       List<Actor> named) {
        static final Antecedents NONE = new Antecedents(null, null, null, List.of(), null, Map.of(), null,
                List.of(), null, Map.of(), null, Map.of(), null, null, Map.of(), Map.of(), null, List.of());

        /**
         * @param place   the latest town or region the article's events happened in, for "the town", or null
         * @param parties the actor and recipient of the latest event between two parties, for "the two sides", or
         *                empty
         * @param meeting the latest visit or talks with a town named, or null
         * @param recipients by type, who the latest aid or sanctions went to ("new sanctions on Russia ... the EU
         *                   adopted its 13th package")
         * @param attacker   who the latest attack that happened was by, for attacks by unnamed missiles, or null
         * @param group      the latest two or more actors an event had in one role ("met Biden and Starmer"), for
         *                   "them", or empty
         * @param filedIn    the town of the article's dateline ("KYIV, April 3 -"), or null
         * @param bodies     by kind ("ministry", "military"), the state whose body of that kind the article last
         *                   named ("Russia's defence ministry"), for "the ministry"
         * @param home       the state at war the story is filed from, for "the defence ministry" with none named
         *                   before, or null
         * @param people     by lower-case surname, people named in full whom the actor tables do not know
         * @param told       when the latest event told that happened took place, for "Hours later, ...", or null
         * @param voice      who acts in the article's first sentence, the one a statement's "we" stands for when no
         *                   one else is quoted ("The Ministry of Foreign Affairs of Ukraine condemns ... We call on
         *                   our partners"), or null
         * @param givers     by type, who the latest aid or sanctions came from, for what "the package" does ("the EU
         *                   adopted its 18th package ... The package adds 105 vessels to the list")
         * @param accusers   by the id of a state accused, the state (or body) that last accused it, whom its denial
         *                   answers ("Sofia accused Russia of spying ... Moscow rejected the allegations")
         * @param decider    who made the latest decision told (aid, sanctions, a deployment, a withdrawal, an
         *                   agreement, done or announced), for what "the decision" or "the move" is a reaction to, or
         *                   null
         * @param named      the known people the latest sentence naming any named, in order, for a "him" or "her"
         *                   that is not the one acting ("Zelensky met Biden ... He asked him for more Patriots")
         */
        Antecedents {
            named = List.copyOf(named);
            bodies = Map.copyOf(bodies);
            people = Map.copyOf(people);
            parties = List.copyOf(parties);
            group = List.copyOf(group);
            recipients = Map.copyOf(recipients);
            givers = Map.copyOf(givers);
            accusers = Map.copyOf(accusers);
        }

        Actor forPronoun(String word) {
            return PERSON_PRONOUNS.contains(word.toLowerCase(Locale.ROOT)) ? person : other;
        }
    }

    /** Where and when (null if unknown) a visit or talks took place and who took part, by actor id. */
    record Meeting(Location place, EventDate date, Set<String> participants) {
        Meeting {
            participants = Set.copyOf(participants);
        }

        /**
         * True if one of these actors took part and the times do not differ: what they agree or discuss next is at
         * the same table.
         */
        boolean joins(List<Actor> actors, EventDate when) {
            boolean sameTime = when == null || date == null
                    || !when.end().isBefore(date.start()) && !date.end().isBefore(when.start());
            return sameTime && actors.stream().anyMatch(a -> participants.contains(a.id()));
        }
    }

    /** Verbs by which a deed draws blame from someone: "drew condemnation from", "earned a rebuke from". */
    private static final Set<String> DRAWING = Set.of("draw", "attract", "earn", "receive", "prompt", "provoke");
    private static final Set<String> SUBJECT = Set.of("nsubj", "nsubj:xsubj", "obl:agent", "obl:by", "nmod:agent",
            "nmod:by", "nmod:poss", "amod", "compound");
    private static final Set<String> OBJECT = Set.of("obj", "iobj", "nsubj:pass", "obl:at", "obl:on", "obl:against",
            "obl:into", "obl:to", "obl:with", "nmod:on", "nmod:against", "nmod:at", "nmod:to", "nmod:with",
            "nmod:into", "obl:for", "nmod:for");
    private static final Set<String> PLACE = Set.of("obl:in", "obl:at", "obl:on", "obl:near", "obl:over",
            "obl:across", "obl:into", "obl:onto", "obl:to", "obl:around", "nmod:in", "nmod:on", "nmod:at", "nmod:near",
            "nmod:across", "nmod:over", "nmod:to", "obj", "nsubj:pass", "obl:outside", "nmod:outside", "nmod:into");
    /** How a place hangs off the word that names where: "Ukraine's capital", "the town of X", "cities across X". */
    /** Where a thing stands: "a school in Chernihiv", "radars at Armavir", "a depot near Tikhoretsk". */
    private static final Set<String> STANDS_IN = Set.of("nmod:in", "nmod:at", "nmod:near", "nmod:outside");
    private static final Set<String> NESTED_PLACE = Set.of("nmod:poss", "nmod:of", "nmod:in", "nmod:across",
            "nmod:near");
    /** The same for a weapon, which is also where it flew: "drones over the Kursk region". */
    private static final Set<String> WEAPON_PLACE = Set.of("nmod:poss", "nmod:of", "nmod:in", "nmod:across",
            "nmod:near", "nmod:over");
    /**
     * "a summit on peace in Ukraine", "hosted talks on the war in Ukraine": a country after a talk's topic is the
     * topic's, however the parser hung it ("talks on security in Geneva" are held in Geneva).
     */
    private boolean topicsCountry(Sentence s, Dependency in) {
        if (!"nmod:in".equals(in.relation())) {
            return false;
        }
        boolean afterTopic = Clause.dependents(s, in.governor(), Set.of("nmod:on", "nmod:about", "nmod:over")).stream()
                .anyMatch(t -> t.dependent() < in.dependent());
        return afterTopic && places.find(s.tokens().get(in.dependent()).word())
                .filter(p -> p.precision() == GeoPrecision.COUNTRY).isPresent();
    }

    /** Types of words and talks, whose "on" and "over" phrases name a topic: "talks on the war in Ukraine". */
    private static final Set<EventType> SPOKEN_OF = Set.of(EventType.CONSULT, EventType.AGREE, EventType.SUPPORT,
            EventType.REQUEST, EventType.REJECT, EventType.ACCUSE, EventType.THREATEN, EventType.CONCEDE,
            EventType.COOPERATE);
    /** Types whose event happens where its troops, weapons or crowds are: their clause's one town is their place. */
    private static final Set<EventType> HAPPEN_ON_THE_GROUND = Set.of(EventType.ASSAULT, EventType.RETREAT,
            EventType.COERCE, EventType.PROTEST);
    /** Types for which a place in the sentence is where the event happened. */
    private static final Set<EventType> LOCATED = Set.of(EventType.ASSAULT, EventType.CONSULT, EventType.RETREAT,
            EventType.MOBILIZE, EventType.PROTEST, EventType.COERCE);

    private final ActorLookup actors;
    private final PlaceLookup places;
    private final Toponyms toponyms;
    private final Lexicon lexicon;
    private final ArticleContext context;

    Participants(ActorLookup actors, PlaceLookup places, Lexicon lexicon) {
        this(actors, places, lexicon, ArticleContext.NONE);
    }

    private Participants(ActorLookup actors, PlaceLookup places, Lexicon lexicon, ArticleContext context) {
        this.actors = actors;
        this.places = places;
        this.lexicon = lexicon;
        this.context = context;
        this.toponyms = new Toponyms(places, actors);
    }

    /** The same, reading "the ministry" and "the military" as the article means them. */
    Participants with(ArticleContext context) {
        return new Participants(actors, places, lexicon, context);
    }

    /** Tags of words the parser may make a subject that are times, not someone ("hours after Prigozhin said"). */
    private static final Set<String> TEMPORAL = Set.of("DATE", "TIME", "DURATION", "SET");
    private static final Set<String> RELATIVE = Set.of("who", "which", "that");
    private static final Set<String> FIRST_PERSON = Set.of("we", "our", "us");
    private static final Set<String> PERSONAL_PRONOUNS = Set.of("it", "he", "she", "they", "we", "its", "his",
            "her", "their", "our");
    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "his", "her");
    /**
     * Links by which a noun cue hangs inside the phrase a verb carries: its object, "of" and "in" phrases, the
     * verb's "with" phrase, a passive subject, and the loose "dep"/"xcomp" attachments parsers make of "cut short a
     * visit". Not "on", "after", "because of": "a meeting on the attacks" is not an attack by those who meet.
     */
    private static final Set<String> PHRASE_HOPS = Set.of("obj", "nmod:of", "nmod:in", "dep", "xcomp",
            "nsubj:pass", "obl:with");
    /**
     * How a visit or talks hang off what someone did meanwhile: "said during a visit", "on a trip to", "sat down for
     * talks", "told Erdogan in a phone call", "told him by phone".
     */
    private static final Set<String> DURING = Set.of("obl:during", "obl:on", "nmod:during", "obl:at", "obl:after",
            "obl:for", "obl:in", "obl:by");
    /** Spans of time or rounds a meeting is measured in: "after a day of talks", "after two rounds of talks". */
    private static final Set<String> SPANS = Set.of("day", "hour", "week", "night", "round", "session", "month");
    /** Of {@link #DURING}, the phrases that only a verb of saying or telling hangs a call or talks by. */
    private static final Set<String> SPOKEN_IN = Set.of("obl:in", "obl:by");
    /**
     * Types whose object is someone spoken to ("asked them", "met them"): there "them" stands for people or states;
     * after "deploy", "use" or "strike" it is more often weapons or troops.
     */
    private static final Set<EventType> ADDRESSED = Set.of(EventType.REQUEST, EventType.CONSULT, EventType.ACCUSE,
            EventType.THREATEN, EventType.SUPPORT, EventType.REJECT, EventType.COERCE, EventType.SANCTION);
    /** Types where two conjoined subjects act with each other: the first is the actor, the rest recipients. */
    private static final Set<EventType> MUTUAL = Set.of(EventType.AGREE, EventType.COOPERATE, EventType.CONSULT);

    /**
     * @param antecedents who pronouns can stand for ("It is also sending...", "He urged..."), from earlier
     *                    sentences
     */
    Found find(Sentence s, EventType type, String mode, int cue, LocalDate asOf, Antecedents antecedents) {
        List<Actor> found = new ArrayList<>();
        List<Span> spans = new ArrayList<>();
        Map<String, String> countryOf = new HashMap<>();
        Location location = null;
        if (s.isParsed()) {
            // Headlines drop the auxiliary: "Kyiv hit by Iranian-made drones" is passive all the same.
            boolean passive = !Clause.dependents(s, cue, Set.of("nsubj:pass", "aux:pass")).isEmpty()
                    || "VBN".equals(s.tokens().get(cue).pos())
                    && !Clause.dependents(s, cue, Set.of("obl:by", "obl:agent")).isEmpty()
                    && Clause.dependents(s, cue, Set.of("aux")).isEmpty();
            int speaker = ADDRESSED.contains(type) ? speakerJoinedBelow(s, cue) : -1;
            if (speaker >= 0) {
                addActor(s, speaker, Role.ACTOR, asOf, found, spans, countryOf);
            }
            // "Trump said he was disappointed in Putin", "was appalled by the attack": who is made to feel so blames
            // whom or what it is felt at.
            boolean feeling = type == EventType.ACCUSE && lexicon.satisfies("feeling", s.tokens().get(cue).lemma())
                    && !Clause.dependents(s, cue, Set.of("nsubj:pass")).isEmpty();
            if (feeling) {
                for (Dependency d : Clause.dependents(s, cue, Set.of("nsubj:pass"))) {
                    addActor(s, d.dependent(), Role.ACTOR, asOf, found, spans, countryOf);
                }
                for (Dependency d : Clause.dependents(s, cue, Set.of("obl:by", "obl:in", "obl:at", "obl:with"))) {
                    addActor(s, d.dependent(), Role.RECIPIENT, asOf, found, spans, countryOf);
                }
            }
            for (Dependency d : feeling ? List.<Dependency>of() : s.dependentsOf(cue)) {
                String rel = d.relation();
                // "a rebuke from Trump", "condemnation from Kyiv": who a word of blame comes from.
                boolean from = "nmod:from".equals(rel) && type == EventType.ACCUSE && isNoun(s, cue);
                boolean subject = (SUBJECT.contains(rel) || from) && !(passive && rel.startsWith("nsubj"))
                        && !(rel.startsWith("nsubj") && goesUnanswered(s, cue))
                        && speaker < 0
                        && !(rel.startsWith("nsubj") && targetWithClauseOfItsAttack(s, cue, d.dependent()));
                // "fired at Kyiv" names a target; "met Biden at the White House" names a place.
                // "lashed out at Colonel General Lapin": criticism aimed at someone named.
                // "Putin was responsible for the death": who a word of blame is said of is the accused.
                boolean charged = type == EventType.ACCUSE && rel.startsWith("nsubj")
                        && s.tokens().get(cue).pos().startsWith("JJ");
                subject &= !charged;
                boolean object = OBJECT.contains(rel) && (type == EventType.ASSAULT || !rel.endsWith(":at")
                        || type == EventType.ACCUSE && "PERSON".equals(s.tokens().get(d.dependent()).ner()))
                        || passive && rel.startsWith("nsubj") || charged;
                if (subject && ("amod".equals(rel) || "compound".equals(rel)) && !isNoun(s, cue)) {
                    continue;
                }
                if (subject && "compound".equals(rel) && type == EventType.ASSAULT
                        && places.find(s.tokens().get(d.dependent()).word())
                        .filter(l -> l.precision() == GeoPrecision.CITY).isPresent()) {
                    continue; // "the Kyiv strike", "the Sumy attack": a town before the attack is its target
                }
                if (object && type == EventType.AID && "obj".equals(rel)
                        && lexicon.satisfies("aid", s.tokens().get(d.dependent()).lemma())) {
                    continue; // "announced $700 million in American aid": what is given, and whose, is no recipient
                }
                if (passive && rel.startsWith("nsubj") && countedInApposition(s, d.dependent())) {
                    // "According to the regional governor, Oleh Syniehubov, 20 people were killed": parsers make the
                    // source's name the subject and the dead its apposition; the source is no victim.
                    continue;
                }
                if (subject || object) {
                    addActor(s, d.dependent(), subject ? Role.ACTOR : Role.RECIPIENT, asOf, found, spans, countryOf);
                }
                if (object && !subject && "obj".equals(rel)) {
                    // "pressed both sides to accept a plan": both parties are pressed.
                    addPartiesAsRecipients(s, d.dependent(), antecedents, found);
                    if (ADDRESSED.contains(type)) {
                        addGroupNamedBefore(s, d.dependent(), asOf, antecedents, found, spans, countryOf);
                    }
                }
            }
            if (type == EventType.SANCTION && noActor(found)) {
                // "Brussels also banned new investment in Russian LNG projects": the union's seat sanctioning stands for
                // the union (NATO does not sanction, and Belgium seldom alone); anywhere else it stays a place.
                for (Dependency d : Clause.dependents(s, cue, Set.of("nsubj"))) {
                    Token seat = s.tokens().get(d.dependent());
                    if (lexicon.satisfies("unionseat", seat.lemma())) {
                        actors.resolve("EU", asOf).ifPresent(m -> {
                            found.add(0, new Actor(Role.ACTOR, m.name(), m.id(), List.of(seat.word())));
                            spans.add(new Span(seat.begin(), seat.end(), Role.ACTOR.label()));
                        });
                    }
                }
            }
            if (EventExtractor.BLAMED.contains(type) && noRecipient(found)) {
                // "Moscow called the EU's restrictions unlawful": the parser makes what is judged the subject of the
                // judgement; whose it is takes the blame.
                for (Dependency j : Clause.dependents(s, cue, Set.of("xcomp"))) {
                    for (Dependency judged : Clause.dependents(s, j.dependent(), Set.of("nsubj"))) {
                        addActor(s, judged.dependent(), Role.RECIPIENT, asOf, found, spans, countryOf);
                    }
                }
            }
            if ((type == EventType.MOBILIZE || type == EventType.AID) && noRecipient(found)) {
                addHelped(s, cue, asOf, found, spans, countryOf);
            }
            if (type == EventType.AID && noActor(found)) {
                // "systems had arrived from the United States": who they come from gives them.
                for (Dependency d : Clause.dependents(s, cue, Set.of("obl:from"))) {
                    addActor(s, d.dependent(), Role.ACTOR, asOf, found, spans, countryOf);
                }
            }
            Dependency drawn = s.headOf(cue);
            if (type == EventType.ACCUSE && noActor(found) && isNoun(s, cue) && drawn != null && drawn.governor() >= 0
                    && "obj".equals(drawn.relation())
                    && DRAWING.contains(Lexicon.key(s.tokens().get(drawn.governor()).lemma()))) {
                // "an attack that drew a rare public rebuke from Trump": blame drawn from someone is theirs.
                for (Dependency d : Clause.dependents(s, drawn.governor(), Set.of("obl:from"))) {
                    addActor(s, d.dependent(), Role.ACTOR, asOf, found, spans, countryOf);
                }
            }
            if ((type == EventType.AID || type == EventType.SANCTION) && noRecipient(found)) {
                // "paused shipments of weapons to Kyiv": aid halted is a sanction on whom it was for.
                addEarmarked(s, cue, asOf, found, spans, countryOf);
            }
            if (MUTUAL.contains(type) && !isNoun(s, cue)) {
                // "held talks with Russia", "signed an agreement with Poland": the partner hangs off the object.
                for (Dependency o : Clause.dependents(s, cue, Set.of("obj"))) {
                    for (Dependency w : Clause.dependents(s, o.dependent(), Set.of("nmod:with"))) {
                        addActor(s, w.dependent(), Role.RECIPIENT, asOf, found, spans, countryOf);
                    }
                }
            }
            addRecipientsTold(s, type, cue, asOf, found, spans, countryOf);
            Dependency on = s.headOf(cue);
            if (MUTUAL.contains(type) && isNoun(s, cue) && noRecipient(found) && on != null && on.governor() >= 0
                    && ("obl:on".equals(on.relation()) || "obj".equals(on.relation()))) {
                // "an hour on the phone with Putin", "held a videoconference with Zelensky": the other end hangs off
                // the verb the phone is on, or that holds the talks.
                for (Dependency w : Clause.dependents(s, on.governor(), Set.of("obl:with"))) {
                    addActor(s, w.dependent(), Role.RECIPIENT, asOf, found, spans, countryOf);
                }
            }
            Dependency told = s.headOf(cue);
            if (noActor(found) && MUTUAL.contains(type) && isNoun(s, cue) && (told == null || told.governor() < 0
                    || Set.of("nsubj", "nsubj:pass", "obj", "nmod:of").contains(told.relation()))) {
                // "talks between Lavrov and Kuleba took place in Antalya", "a round of talks between": the parties
                // named are the talks' own, when the talks are what the clause tells of, not a phrase inside it ("a
                // date for a meeting between").
                for (Dependency d : Clause.dependents(s, cue, Set.of("nmod:between"))) {
                    addActor(s, d.dependent(), Role.ACTOR, asOf, found, spans, countryOf);
                }
            }
            if (noActor(found)) {
                for (Dependency d : Clause.dependents(s, cue, Set.of("nsubj", "nmod:between", "obl:between"))) {
                    if (addParties(s, d.dependent(), antecedents, found)) {
                        break;
                    }
                }
            }
            if (noActor(found) && !passive && hasLostItsSubject(s, cue)) {
                int named = nameBeforeAsides(s, cue);
                if (named >= 0) {
                    addSubjectTakenForObject(s, named, asOf, found, spans, countryOf);
                }
            }
            if (LOCATED.contains(type)) {
                location = locate(s, type, cue, passive, spans, antecedents);
                if (location == null) {
                    location = placeInPhrase(s, type, cue, spans);
                }
                if (location == null && type == EventType.MOBILIZE) {
                    location = whereTroopsAre(s, spans, antecedents);
                }
                if (location == null && HAPPEN_ON_THE_GROUND.contains(type) && s.tokens().get(cue).pos().startsWith("VB")) {
                    location = onlyPlaceBelow(s, cue, spans);
                    Dependency up = s.headOf(cue);
                    if (location == null && "VBG".equals(s.tokens().get(cue).pos()) && up != null
                            && up.governor() >= 0 && (up.relation().startsWith("advcl") || "acl".equals(up.relation())
                            || "dep".equals(up.relation())) && afterComma(s, cue)) {
                        // "a missile destroyed an apartment block in Dnipro, killing 46 people": the toll's clause
                        // is the attack's, however the parser hangs it; so is that of a clause whose subject is the
                        // attack ("a strike turned a shopping centre in Kyiv into a shell, killing eight").
                        int deed = verbAbove(s, up.governor());
                        boolean attack = lexicon.cueAt(s.tokens(), deed).filter(c -> c.type() == EventType.ASSAULT)
                                .isPresent() || Clause.dependents(s, deed, Set.of("nsubj")).stream()
                                .anyMatch(d -> lexicon.cueAt(s.tokens(), d.dependent())
                                        .filter(c -> c.type() == EventType.ASSAULT).isPresent());
                        location = attack ? onlyPlaceBelow(s, deed, spans) : null;
                    }
                }
            }
            if (type == EventType.CONSULT && isNoun(s, cue)) {
                // "announced the package at a meeting of the Ukraine Defense Contact Group": the body meets, whoever
                // spoke at it; "addressed a meeting of EU foreign ministers": the speaker meets the body.
                Dependency hung = s.headOf(cue);
                boolean setting = hung == null || hung.governor() < 0 || !hung.relation().startsWith("obj");
                for (Dependency d : Clause.dependents(s, cue, Set.of("nmod:of"))) {
                    List<Actor> body = new ArrayList<>();
                    addActor(s, d.dependent(), setting ? Role.ACTOR : Role.RECIPIENT, asOf, body, spans, countryOf);
                    body.stream().filter(a -> actors.resolve(a.name(), asOf)
                            .filter(m -> "organisation".equals(m.kind())).isPresent()).findFirst().ifPresent(a -> {
                                found.removeIf(f -> f.id().equals(a.id()) || setting && f.role() == Role.ACTOR);
                                found.add(setting ? 0 : found.size(), a);
                            });
                }
            }
            if (noActor(found) && type == EventType.CONSULT && isNoun(s, cue)
                    && !Clause.dependents(s, cue, Set.of("nmod:with")).isEmpty()) {
                // "Zelensky spoke a day after a meeting with JD Vance": the clause's subject met the one named.
                int met = subjectAbove(s, cue);
                if (met >= 0) {
                    addActor(s, met, Role.ACTOR, asOf, found, spans, countryOf);
                }
            }
            if (noActor(found) && isNoun(s, cue)) {
                // "Russia launched an invasion", "the EU adopted a package of sanctions": the verb's subject acts.
                int verb = supportVerb(s, cue);
                if (verb >= 0) {
                    for (Dependency d : Clause.dependents(s, verb, Set.of("nsubj", "obl:agent", "obl:by"))) {
                        addActor(s, d.dependent(), Role.ACTOR, asOf, found, spans, countryOf);
                    }
                    if (type == EventType.SANCTION && noRecipient(found)) {
                        // "imposed a travel ban on three Iranian officials": the sanction falls on the verb's "on".
                        List<Dependency> fallsOn = new ArrayList<>(Clause.dependents(s, verb, Set.of("obl:on")));
                        // "a travel ban and an asset freeze on four officials": or on the last of the sanctions.
                        for (Dependency c : Clause.dependents(s, cue, Set.of("conj:and"))) {
                            fallsOn.addAll(Clause.dependents(s, c.dependent(), Set.of("nmod:on")));
                        }
                        for (Dependency d : fallsOn) {
                            addActor(s, d.dependent(), Role.RECIPIENT, asOf, found, spans, countryOf);
                        }
                    }
                }
            }
            if (noActor(found) && isNoun(s, cue) && type == EventType.CONSULT) {
                // "Trudeau said during a visit to Kyiv", "spoke on a trip to Warsaw", "At talks in Istanbul, Russia
                // promised ...", "after talks with Xi, Macron said": who speaks was there.
                // Only for visits and talks: "said during the attack" makes no attacker of the speaker.
                Dependency up = s.headOf(cue);
                Dependency measured = up != null && up.governor() >= 0 && "nmod:of".equals(up.relation())
                        && SPANS.contains(Lexicon.key(s.tokens().get(up.governor()).lemma()))
                        ? s.headOf(up.governor()) : null;
                if (measured != null && measured.governor() >= 0 && Clause.dependents(s, measured.governor(),
                        Set.of("nsubj")).stream().anyMatch(d -> !s.tokens().get(d.dependent()).pos().startsWith("PRP"))) {
                    up = measured; // "negotiators signed it after a day of talks", "after eight hours of talks"
                }
                if (up != null && up.governor() >= 0 && DURING.contains(up.relation())
                        && (!SPOKEN_IN.contains(up.relation())
                        || lexicon.satisfies("partaking", s.tokens().get(up.governor()).lemma())
                        || ("phone".equals(mode) || "talk".equals(Lexicon.key(s.tokens().get(cue).lemma())))
                        && lexicon.satisfies("conversing", s.tokens().get(up.governor()).lemma()))) {
                    // "took part in the summit"; "told Erdogan in a phone call". Not "an official involved in the
                    // talks said", nor a commander reporting to his minister "in a meeting shown on state television".
                    for (Dependency d : Clause.dependents(s, up.governor(), Set.of("nsubj"))) {
                        addActor(s, d.dependent(), Role.ACTOR, asOf, found, spans, countryOf);
                    }
                    if (!noActor(found) && noRecipient(found) && lexicon.satisfies("telling",
                            s.tokens().get(up.governor()).lemma())) {
                        // "Putin told Erdogan in a phone call that ...": who is told was on the call.
                        for (Dependency d : Clause.dependents(s, up.governor(), Set.of("obj", "iobj"))) {
                            addActor(s, d.dependent(), Role.RECIPIENT, asOf, found, spans, countryOf);
                        }
                    }
                    // "Speaking after talks in the Kremlin with ..., Putin said": a participle's subject is that of
                    // the clause it opens.
                    Dependency opened = s.headOf(up.governor());
                    if (noActor(found) && "VBG".equals(s.tokens().get(up.governor()).pos()) && opened != null
                            && opened.governor() >= 0 && opened.relation().startsWith("advcl")) {
                        for (Dependency d : Clause.dependents(s, opened.governor(), Set.of("nsubj"))) {
                            addActor(s, d.dependent(), Role.ACTOR, asOf, found, spans, countryOf);
                        }
                    }
                    // "Zelensky, who was in Ankara for talks with Erdogan, said": the one the relative clause is of.
                    Dependency relative = s.headOf(up.governor());
                    if (noActor(found) && relative != null && relative.governor() >= 0
                            && "acl:relcl".equals(relative.relation())) {
                        addActor(s, relative.governor(), Role.ACTOR, asOf, found, spans, countryOf);
                    }
                }
            }
            // The subject of a governing "expected/plans/was set" when the cue is its infinitive complement.
            int governing = -1;
            if (noActor(found)) {
                Dependency up = s.headOf(cue);
                // "said that ... and urged the United States to respond": a verb joined by "and" with no subject of
                // its own shares the subject of the verb it hangs off, however the parser attached it.
                // Not a passive, nor a verb whose subject is a count: "said 50 prisoners had been killed and 73
                // wounded" makes no killer of who said it.
                boolean joined = !Clause.dependents(s, cue, Set.of("cc")).isEmpty() && !passive
                        && !Clause.hasCountedSubject(s, cue, false) && s.tokens().get(cue).pos().startsWith("VB")
                        && (up != null && (up.relation().startsWith("ccomp") || up.relation().startsWith("conj")));
                // "The Treasury took action against Russia's energy sector, imposing sanctions": a participle the
                // parser hung off a noun still tells what the clause's subject did.
                // Only after a comma: "reporters travelling with the president" are the ones who travel.
                // The parser may leave it loose ("dep"): '..., Zelensky wrote on Sunday, calling on the United States'.
                boolean participle = up != null && up.governor() >= 0
                        && ("acl".equals(up.relation()) || "dep".equals(up.relation()) && isRoot(s, verbAbove(s,
                        up.governor())))
                        && "VBG".equals(s.tokens().get(cue).pos()) && (afterComma(s, cue)
                        // "posted messages calling the images fake": what a message says, its poster says; "signed a
                        // law denouncing the treaty": what a law does, its signer does (not "a decree approving the
                        // doctrine", "a resolution endorsing the decision": what it approves is its content).
                        || lexicon.satisfies("message", s.tokens().get(up.governor()).lemma())
                        || lexicon.satisfies("enactment", s.tokens().get(up.governor()).lemma())
                        && type != EventType.AGREE && type != EventType.SUPPORT);
                // Not an adverbial clause with a subject of its own that the parser hung on the verb of saying after
                // it: "were killed when shell fragments tore through their car, Gladkov said" makes no attacker of
                // the speaker.
                if (up != null && up.governor() >= 0 && (up.relation().startsWith("xcomp")
                        || up.relation().startsWith("advcl") && !(hasNounSubject(s, cue) && up.governor() > cue
                        && "report".equals(lexicon.modifier(s.tokens().get(up.governor()))))
                        || up.relation().startsWith("ccomp") && hasTo(s, cue)
                        || joined || participle)) {
                    governing = participle ? verbAbove(s, up.governor()) : up.governor();
                    // "sentenced the sergeant to life for killing a civilian", "praised Kyiv for holding the line",
                    // "was jailed for attacking": what one is sentenced, blamed or praised for is one's own doing.
                    boolean deedOfTheObject = "advcl:for".equals(up.relation())
                            && "VBG".equals(s.tokens().get(cue).pos());
                    // "An official was killed when his car blew up": a clause of time or cause with a subject of its
                    // own does not share the other's, and a passive's subject is who it was done to.
                    boolean adverbial = up.relation().startsWith("advcl") && !deedOfTheObject;
                    Set<String> doers = adverbial && hasNounSubject(s, cue) ? Set.of()
                            : adverbial ? Set.of("nsubj")
                            : !deedOfTheObject ? Set.of("nsubj", "nsubj:pass")
                            : Clause.dependents(s, governing, Set.of("nsubj:pass")).isEmpty() ? Set.of("obj")
                            : Set.of("nsubj:pass");
                    for (Dependency d : Clause.dependents(s, governing, doers)) {
                        addActor(s, d.dependent(), Role.ACTOR, asOf, found, spans, countryOf);
                    }
                }
            }
            if (noActor(found) && hasTo(s, cue)) {
                // "Germany has yet to decide whether to send tanks": an infinitive with no subject of its own is done
                // by the subject of the verbs it hangs below, however many steps up.
                int doer = subjectOfInfinitiveChain(s, cue);
                if (doer >= 0) {
                    addActor(s, doer, Role.ACTOR, asOf, found, spans, countryOf);
                }
            }
            Dependency saidIn = s.headOf(cue);
            if (type == EventType.THREATEN && noActor(found) && saidIn != null && saidIn.governor() >= 0
                    && saidIn.relation().startsWith("ccomp")
                    && "report".equals(lexicon.modifier(s.tokens().get(saidIn.governor())))) {
                // "The Kremlin said the attack would not go unanswered": a threat whose subject is the deed is the
                // speaker's; "He called the plan theft and said it would not go unpunished": the joined verbs' one.
                int saying = saidIn.governor();
                Dependency joined = s.headOf(saying);
                if (Clause.dependents(s, saying, Set.of("nsubj")).isEmpty() && joined != null && joined.governor() >= 0
                        && joined.relation().startsWith("conj")) {
                    saying = joined.governor();
                }
                for (Dependency d : Clause.dependents(s, saying, Set.of("nsubj"))) {
                    addActor(s, d.dependent(), Role.ACTOR, asOf, found, spans, countryOf);
                }
            }
            if (type == EventType.THREATEN && noActor(found)) {
                // "Putin promised that Ukraine would face a worthy response": a response faced is vowed by whoever
                // vows it, a few steps up.
                int node = cue;
                int faced = -1;
                for (int steps = 0; steps < 3; steps++) {
                    Dependency up = s.headOf(node);
                    if (up == null || up.governor() < 0 || !(up.relation().equals("obj")
                            || up.relation().startsWith("ccomp") || up.relation().startsWith("xcomp"))) {
                        break;
                    }
                    faced = steps == 0 && up.relation().equals("obj") ? up.governor() : faced;
                    node = up.governor();
                    if (lexicon.satisfies("vowing", s.tokens().get(node).lemma())) {
                        for (Dependency d : Clause.dependents(s, node, Set.of("nsubj"))) {
                            addActor(s, d.dependent(), Role.ACTOR, asOf, found, spans, countryOf);
                        }
                        // ... and who faces it is threatened.
                        for (Dependency d : faced < 0 || faced == node ? List.<Dependency>of()
                                : Clause.dependents(s, faced, Set.of("nsubj"))) {
                            addActor(s, d.dependent(), Role.RECIPIENT, asOf, found, spans, countryOf);
                        }
                        break;
                    }
                }
            }
            boolean release = type == EventType.RETREAT && "release".equals(mode);
            if (noActor(found) && !goesUnanswered(s, cue)) {
                // "its units were being pulled back": forces moved, unlike forces struck, are their owner's doing; "he
                // was disappointed": who feels so.
                boolean movedActs = (type == EventType.RETREAT && !release) || type == EventType.MOBILIZE || feeling;
                resolvePronoun(s, cue, asOf, antecedents, found, spans, countryOf, movedActs);
            }
            if (noActor(found) && passive && release) {
                // "195 Russian servicemen were handed back": the captives go home to their side; the other side of the
                // war held them and lets them go.
                addAttackerOf(found, countryOf);
            }
            if (noActor(found) && passive && type == EventType.SANCTION && "expel".equals(mode)) {
                // "Russia was expelled from the Council of Europe", "thrown out of the Olympic movement": the body
                // that a member is made to leave expels it.
                for (Dependency d : Clause.dependents(s, cue, Set.of("obl:from", "obl:of", "obl:out_of"))) {
                    addActor(s, d.dependent(), Role.ACTOR, asOf, found, spans, countryOf);
                }
            }
            if (noActor(found) && passive && (type == EventType.MOBILIZE || type == EventType.RETREAT && !release
                    || type == EventType.CONSULT && "visit".equals(mode))) {
                // "Polish aircraft were scrambled", "Russian troops were pulled back": whose forces moved; "Blinken
                // is expected in Kyiv": who comes.
                List<Actor> moved = new ArrayList<>();
                for (Dependency d : Clause.dependents(s, cue, Set.of("nsubj:pass", "nsubj"))) {
                    addActor(s, d.dependent(), Role.ACTOR, asOf, moved, spans, countryOf);
                }
                found.removeIf(a -> moved.stream().anyMatch(m -> m.id().equals(a.id())));
                found.addAll(moved);
            }
            int carrier = isNoun(s, cue) ? supportVerb(s, cue) : -1;
            if (noActor(found) && carrier >= 0) {
                resolvePronoun(s, carrier, asOf, antecedents, found, spans, countryOf, false);
            }
            if (noActor(found) && governing >= 0) {
                // "it had finished withdrawing": the pronoun is the governing verb's subject.
                resolvePronoun(s, governing, asOf, antecedents, found, spans, countryOf, false);
            }
            Dependency role = s.headOf(cue);
            // A participle describing a noun ("the designated targets", "weapons supplied by") acts in no clause.
            String hung = role == null || role.governor() < 0 ? "root" : role.relation();
            boolean describes = Set.of("amod", "acl", "compound").stream()
                    .anyMatch(r -> hung.equals(r) || hung.startsWith(r + ":"));
            boolean modifier = describes || hung.startsWith("nmod") || hung.startsWith("obl");
            if (noActor(found) && !passive && !describes && "VBG".equals(s.tokens().get(cue).pos())
                    && Clause.dependents(s, cue, Set.of("nsubj", "nsubj:pass")).isEmpty()) {
                // "responded by accusing him of", "..., accusing Moscow of": a participle's doer is the subject of
                // the clause it hangs in, however loosely the parser hung it.
                int doer = subjectAbove(s, cue);
                if (doer >= 0) {
                    addActor(s, doer, Role.ACTOR, asOf, found, spans, countryOf);
                }
                if (noActor(found) && afterComma(s, cue)) {
                    // "The announcement came as Zelensky was in Washington this week, pressing Congress to ...": a
                    // participle after a comma goes on with the clause just before it, whatever the parser hung it on.
                    int nearest = subjectOfClauseBefore(s, cue);
                    if (nearest >= 0) {
                        addActor(s, nearest, Role.ACTOR, asOf, found, spans, countryOf);
                    }
                }
            }
            int carried = isNoun(s, cue) ? supportVerb(s, cue) : -1;
            if (noActor(found) && carried >= 0 && hasLostItsSubject(s, carried)) {
                // "In a short video Zelensky declared martial law": the verb carrying the noun lost its subject.
                int named = nameBeforeAsides(s, carried);
                if (named >= 0) {
                    addSubjectTakenForObject(s, named, asOf, found, spans, countryOf);
                }
            }
            if (noActor(found) && !passive && !modifier && s.tokens().get(cue).pos().startsWith("VB")
                    && !hasSubject(s, cue)
                    && !hasTo(s, cue)) {
                // "Hungary has for a year blocked": the parser lost the subject; the name before it is the doer.
                int named = nameBeforeAsides(s, cue);
                if (named >= 0) {
                    addSubjectTakenForObject(s, named, asOf, found, spans, countryOf);
                }
            }
        } else if (LOCATED.contains(type)) {
            location = firstPlace(s, spans);
        }
        if (location == null && s.isParsed() && (type == EventType.AGREE || type == EventType.COOPERATE)) {
            location = agreedAt(s, cue, spans);
        }
        if (location == null && s.isParsed() && type == EventType.CONSULT && antecedents.meeting() != null
                && refersToMeeting(s, cue)) {
            location = antecedents.meeting().place(); // "Putin did not attend those talks"
            addOtherParty(found, countryOf, antecedents);
        }
        if (ADDRESSED.contains(type) && s.isParsed() && noRecipient(found)) {
            // Once the doer is known: "Zelensky responded by accusing him" does not accuse Zelensky.
            addAddressedPerson(s, cue, asOf, antecedents, found, spans, countryOf);
        }
        if (ADDRESSED.contains(type) && type != EventType.REJECT && s.isParsed() && noRecipient(found)) {
            addUnknownPersonAddressed(s, cue, found); // what is denied is a claim, never a person
        }
        if (type == EventType.REQUEST && s.isParsed() && noRecipient(found)) {
            addAskedToAct(s, cue, asOf, found, spans, countryOf);
        }
        dropCountriesOfTheirOwnPeople(found, countryOf);
        if (type == EventType.AGREE || type == EventType.COOPERATE) {
            // "Trudeau signed Canada's agreement": a signatory's own state is no other party to it.
            Set<String> own = new HashSet<>();
            found.stream().filter(a -> a.role() == Role.ACTOR).forEach(a -> own.add(countryOf.getOrDefault(a.id(),
                    a.id())));
            found.removeIf(a -> a.role() == Role.RECIPIENT && own.contains(a.id()));
        }
        // "said it had repelled an attack by two Ukrainian battalions": the parser may hang the attack's "by" on the
        // active verb; it names the attacker, already the actor, and the subject already the one attacked.
        // Not "repelled an assault by a group made up of two tanks": a by-phrase that names no side.
        boolean attackerByName = !Clause.dependents(s, cue, Set.of("nsubj")).isEmpty()
                && Clause.dependents(s, cue, Set.of("aux:pass")).isEmpty()
                && Clause.dependents(s, cue, Set.of("obl:by", "obl:agent")).stream()
                .anyMatch(d -> namesSide(s, d.dependent()));
        if (type == EventType.ASSAULT && isInterception(s, cue) && !attackerByName) {
            // "air defences shot down 50 Russian drones": the one who shoots down is attacked; the drones' owner
            // attacks, and when the drones have no owner named, the other side of the war sent them.
            found.replaceAll(a -> new Actor(a.role() == Role.ACTOR ? Role.RECIPIENT : Role.ACTOR, a.name(), a.id(),
                    a.aliases()));
            if (noActor(found)) {
                addAttackerOf(found, countryOf);
            }
        }
        if (type == EventType.AID && s.isParsed() && lexicon.satisfies("received", s.tokens().get(cue).lemma())) {
            // "Ukraine received the first F-16s from Denmark".
            givenTo(s, cue, asOf, found, spans, countryOf);
            // "received shipments of Iranian missiles": with no "from", the goods' maker's state gives them.
            for (Dependency o : noActor(found) ? Clause.dependents(s, cue, Set.of("obj")) : List.<Dependency>of()) {
                List<Integer> goods = new ArrayList<>(List.of(o.dependent()));
                Clause.dependents(s, o.dependent(), Set.of("nmod:of")).forEach(n -> goods.add(n.dependent()));
                for (int g : goods) {
                    for (Dependency d : Clause.dependents(s, g, Set.of("amod", "compound"))) {
                        String ner = s.tokens().get(d.dependent()).ner();
                        if (noActor(found) && ("MISC".equals(ner) || "LOCATION".equals(ner))) {
                            addActor(s, d.dependent(), Role.ACTOR, asOf, found, spans, countryOf);
                        }
                    }
                }
            }
        }
        if (type == EventType.RETREAT && s.isParsed() && receives(s, cue)) {
            // "Kyiv received the bodies of 78 servicemen from Russia", "took delivery of 1,245 bodies": with no "from"
            // phrase, the other side of the war hands them over.
            givenTo(s, cue, asOf, found, spans, countryOf);
            if (noActor(found)) {
                addAttackerOf(found, countryOf);
            }
        }
        boolean hostless = !Clause.dependents(s, cue, Set.of("aux:pass")).isEmpty()
                && Clause.dependents(s, cue, Set.of("obl:agent", "obl:by")).isEmpty();
        boolean hostedGuest = "host".equals(Lexicon.key(s.tokens().get(cue).lemma()))
                && found.stream().anyMatch(a -> a.role() == Role.RECIPIENT && isPerson(a));
        if (type == EventType.CONSULT && s.isParsed() && (lexicon.satisfies("received", s.tokens().get(cue).lemma())
                || hostedGuest) && !hostless) {
            // "Biden hosted Zelensky at the White House": so too a guest named as hosted (not "hosted 18 leaders in
            // London", where no one named comes, nor "Belarus hosts Russian nuclear weapons").
            // Not "Shoigu was received in Pyongyang": with no host named, the one received is the visitor already.
            // "Kim received Shoigu", "Zelensky was received by Biden": the visitor comes (acts), the host receives.
            found.replaceAll(a -> new Actor(a.role() == Role.ACTOR ? Role.RECIPIENT : Role.ACTOR, a.name(), a.id(),
                    a.aliases()));
        }
        if (type == EventType.ASSAULT && (comesUnderFire(s, cue) || suffersDamage(s, cue))) {
            // "Kharkiv came under a missile attack", "its plants had suffered serious damage": what comes under fire
            // or suffers damage is attacked, by the other side of the war unless an attacker is named ("came under
            // Russian shelling").
            actorsBecomeRecipients(found);
            for (Dependency d : Clause.dependents(s, cue, Set.of("obl:under"))) {
                if (s.entityAt(d.dependent()) != null) {
                    addActor(s, d.dependent(), Role.ACTOR, asOf, found, spans, countryOf); // the parser's "Russian"
                }
                for (Dependency m : Clause.dependents(s, d.dependent(), Set.of("amod", "nmod:poss", "nmod:by"))) {
                    addActor(s, m.dependent(), Role.ACTOR, asOf, found, spans, countryOf);
                }
            }
            // "had come under attack by Ukrainian drones": the parser may hang the attackers on the verb, and they
            // are the attackers whatever else was guessed.
            List<Actor> by = new ArrayList<>();
            for (Dependency d : Clause.dependents(s, cue, Set.of("obl:by"))) {
                addActor(s, d.dependent(), Role.ACTOR, asOf, by, spans, countryOf);
                for (Dependency m : Clause.dependents(s, d.dependent(), Set.of("amod", "nmod:poss"))) {
                    addActor(s, m.dependent(), Role.ACTOR, asOf, by, spans, countryOf);
                }
            }
            if (!by.isEmpty()) {
                found.removeIf(a -> a.role() == Role.ACTOR || by.stream().anyMatch(b -> b.id().equals(a.id())));
                found.addAll(by);
            }
            if (noActor(found)) {
                addAttackerOf(found, countryOf);
            }
        }
        if (type == EventType.ASSAULT && s.isParsed() && lexicon.satisfies("yielded", s.tokens().get(cue).lemma())
                && !Clause.dependents(s, cue, Set.of("obl:to")).isEmpty()) {
            // "Avdiivka fell to Russian forces": those it fell to took it; the place's side lost it.
            found.replaceAll(a -> new Actor(a.role() == Role.ACTOR ? Role.RECIPIENT : Role.ACTOR, a.name(), a.id(),
                    a.aliases()));
        }
        if (type == EventType.RETREAT && s.isParsed() && lexicon.satisfies("homecomer", s.tokens().get(cue).lemma())
                && (!captivityAfter(s, cue).isEmpty() || countedCaptivesHome(s, cue, lexicon))) {
            // "230 Ukrainians came home from Russian captivity": the captor releases them to their own side.
            actorsBecomeRecipients(found);
            for (int captivity : captivityAfter(s, cue)) {
                for (Dependency d : Clause.dependents(s, captivity, Set.of("amod", "nmod:poss", "compound"))) {
                    addActor(s, d.dependent(), Role.ACTOR, asOf, found, spans, countryOf);
                }
            }
            if (noActor(found)) {
                addAttackerOf(found, countryOf);
            }
        }
        if (type == EventType.COERCE && noActor(found) && location != null && location.country() != null
                && !Clause.dependents(s, cue, Set.of("nsubj:pass", "aux:pass")).isEmpty()) {
            // "1,300 people were detained at protests in Moscow": the authorities of the place detain.
            actors.country(location.country()).ifPresent(m -> found.add(new Actor(Role.ACTOR, m.name(), m.id(),
                    List.of())));
        }
        boolean mutual = MUTUAL.contains(type) || lexicon.satisfies("mutual", s.tokens().get(cue).lemma());
        if (mutual && !"visit".equals(mode) && found.stream().noneMatch(a -> a.role() == Role.RECIPIENT)) {
            // "Zelensky and Tusk signed an agreement", "Russia and Ukraine exchanged prisoners": one with the other.
            for (int i = 1; i < found.size(); i++) {
                Actor a = found.get(i);
                found.set(i, new Actor(Role.RECIPIENT, a.name(), a.id(), a.aliases()));
            }
        }
        if (location == null && type == EventType.CONSULT && "visit".equals(mode)
                && s.tokens().get(cue).pos().startsWith("NNP")) {
            // "Sullivan was in Kyiv on Wednesday": the visit is told by the place itself.
            EntitySpan named = s.entityAt(cue);
            location = places.find(named != null ? named.text() : s.tokens().get(cue).word()).orElse(null);
        }
        if (location == null && s.isParsed() && !(type == EventType.CONSULT && "phone".equals(mode))) {
            location = placeOfTheClause(s, type, cue, spans);
        }
        if (location == null && type == EventType.CONSULT && "host".equals(Lexicon.key(s.tokens().get(cue).lemma()))) {
            location = actingCountry(found); // "Switzerland will host a summit": at home, when no town is named
        }
        List<Integer> met = type == EventType.CONSULT && "visit".equals(mode) && s.isParsed()
                && found.stream().noneMatch(a -> a.role() == Role.RECIPIENT && isPerson(a))
                ? metOnVisit(s, cue) : List.of();
        if (!met.isEmpty()) {
            // "flew to Moscow for talks with Vladimir Putin", "arrived in Kyiv to meet Zelensky": the one met is
            // visited, rather than the country.
            List<Actor> hosts = found.stream().filter(a -> a.role() == Role.RECIPIENT).toList();
            found.removeAll(hosts);
            met.forEach(i -> addActor(s, i, Role.RECIPIENT, asOf, found, spans, countryOf));
            if (found.stream().noneMatch(a -> a.role() == Role.RECIPIENT)) {
                found.addAll(hosts);
            }
        }
        if (location != null && location.country() != null && found.stream().noneMatch(a -> a.role() == Role.RECIPIENT)
                && (type == EventType.ASSAULT || type == EventType.CONSULT && "visit".equals(mode)
                || type == EventType.MOBILIZE)) {
            // Attacked, visited, or, for forces and arms moved abroad ("moved nuclear weapons onto the territory of
            // Belarus", "North Korean soldiers in Russia's Kursk region"), the host.
            // "Missiles struck Sevastopol": a region one side holds on the other's soil is that side's to defend.
            String holder = type == EventType.ASSAULT ? lexicon.holderOf(location, asOf) : null;
            Optional<ActorLookup.Match> country = actors.country(holder != null ? holder : location.country());
            if (type == EventType.ASSAULT && found.isEmpty() && holder == null && country.isPresent() && s.isParsed()
                    && lexicon.satisfies("takeback", s.tokens().get(cue).lemma())) {
                // "Robotyne had been retaken", "announced the recapture of Urozhaine": ground taken back, with no
                // one named, was taken back by the side whose country it lies in, from the other.
                found.add(new Actor(Role.ACTOR, country.get().name(), country.get().id(), List.of(location.name())));
                addAdversary(found, countryOf);
                return new Found(found, location, spans);
            }
            if (country.isPresent() && found.stream().noneMatch(a -> a.id().equals(country.get().id())
                    || country.get().id().equals(countryOf.get(a.id())))) {
                found.add(new Actor(Role.RECIPIENT, country.get().name(), country.get().id(), List.of(location.name())));
            }
        }
        if (type == EventType.PROTEST && noActor(found) && location != null && location.country() != null) {
            // "Protests broke out in cities across Russia": people of the place protest.
            actors.country(location.country()).ifPresent(m -> found.add(new Actor(Role.ACTOR, m.name(), m.id(),
                    List.of())));
        }
        if (type == EventType.ASSAULT && location == null) {
            // "Russia attacked Ukraine with 100 missiles": with no town named, the attack was on the country it names
            // as its target ("North Korean troops" name a target, not a country).
            location = targetCountry(found, true);
        }
        if (type == EventType.ASSAULT && found.stream().noneMatch(a -> a.role() == Role.RECIPIENT)) {
            // No target named, and no place, or a place on the attacker's own soil (a counteroffensive). (A denial
            // with no one named answers its accuser or the other side: EventExtractor, which knows the article.)
            addAdversary(found, countryOf);
        }
        if (type == EventType.CONSULT && "phone".equals(mode)) {
            location = null; // "called Putin from his Mar-a-Lago resort": a call takes place on no one's ground
        }
        if (type == EventType.RETREAT && "release".equals(mode) && location != null
                && GeoPrecision.COUNTRY == location.precision()) {
            location = null; // "received 1,000 bodies from Russia": where they come from, not where it happened
        }
        if (location != null && (type == EventType.ASSAULT || type == EventType.RETREAT) && namesActor(found, location)) {
            // "Moscow announced it had taken control of the settlement", "Moscow's forces captured Bakhmut": the
            // capital stands for the side that acts, not for where it acted.
            location = null;
        }
        return new Found(found, location, spans);
    }

    /** Who a visitor goes to meet: "for talks with X" on the visit's verb, or the object of "to meet X". */
    private List<Integer> metOnVisit(Sentence s, int cue) {
        int verb = cue;
        if (!s.tokens().get(cue).pos().startsWith("VB")) {
            Dependency up = s.headOf(cue);
            verb = up == null || up.governor() < 0 ? cue : up.governor();
        }
        List<Integer> met = new ArrayList<>();
        for (Dependency d : Clause.dependents(s, verb, Set.of("obl:for", "xcomp", "advcl", "advcl:to"))) {
            Token t = s.tokens().get(d.dependent());
            if ("obl:for".equals(d.relation()) && lexicon.satisfies("meeting", t.lemma())) {
                Clause.dependents(s, d.dependent(), Set.of("nmod:with")).forEach(w -> met.add(w.dependent()));
            } else if (!"obl:for".equals(d.relation()) && lexicon.satisfies("encounter", t.lemma())) {
                Clause.dependents(s, d.dependent(), Set.of("obj")).forEach(o -> met.add(o.dependent()));
            }
        }
        return met;
    }

    /**
     * The country an attack's target is, as a place, or null when the target is no country.
     *
     * @param named only a target the sentence names as the country itself ("Ukraine", not "Ukrainian troops")
     */
    Location targetCountry(List<Actor> found, boolean named) {
        for (Actor a : found) {
            if (a.role() == Role.RECIPIENT && !isPerson(a) && !(named && a.aliases().isEmpty())) {
                Optional<Location> place = places.find(named ? a.aliases().get(0) : a.name());
                if (place.isPresent() && place.get().precision() == GeoPrecision.COUNTRY) {
                    return place.get();
                }
            }
        }
        return null;
    }

    /**
     * The attack with the other side of the war as its target when it names an attacker but no target, and no place
     * or only one on the attacker's own soil (as {@link #find} reads an attack), or as its attacker when it names one
     * side of the war as the only target at a named place and its cue has no subject at all (a subject sitrep could
     * not resolve, "its forces", is someone, not to be guessed); otherwise as it is.
     */
    Found withTargetOf(Sentence s, int cue, Found found) {
        // A noun's subject is its carrying verb's: "the Defense Forces carried out a strike" names someone.
        int carrier = isNoun(s, cue) ? supportVerb(s, cue) : -1;
        // "the area came under fire": the subject is the side attacked, and tells no attacker either. Nor do weapons
        // whose owner goes unnamed ("Iranian-made drones struck Kyiv": made, not sent, by Iran).
        List<Dependency> subjects = Clause.dependents(s, cue, Set.of("nsubj"));
        boolean weaponsOnly = !subjects.isEmpty() && subjects.stream().map(Dependency::dependent)
                .allMatch(w -> lexicon.isSentWeapon(s.tokens(), Clause.nounPhrase(s, w)[0], w));
        boolean subjectless = subjects.isEmpty()
                && (carrier < 0 || Clause.dependents(s, carrier, Set.of("nsubj")).isEmpty())
                || carrier < 0 && (comesUnderFire(s, cue) || suffersDamage(s, cue) || weaponsOnly);
        List<Actor> actors = found.actors();
        Optional<Actor> attacker = actors.stream().filter(a -> a.role() == Role.ACTOR && !isPerson(a)).findFirst();
        List<Actor> targets = actors.stream().filter(a -> a.role() == Role.RECIPIENT).toList();
        if (subjectless && noActor(actors) && targets.size() == 1 && !isPerson(targets.get(0))
                && found.location() != null) {
            // "claimed the capture of Kurakhove", "Kyiv was hit overnight": one side of the war attacked at a named
            // place, by the other, when the sentence names no attacker.
            List<Actor> with = new ArrayList<>(actors);
            addAttackerOf(with, new HashMap<>());
            return with.size() == actors.size() ? found : new Found(with, found.location(), found.spans());
        }
        if (attacker.isEmpty() || !targets.isEmpty()) {
            return found;
        }
        Location where = found.location();
        boolean ownSoil = where != null && where.country() != null && this.actors.country(where.country())
                .map(ActorLookup.Match::id).filter(attacker.get().id()::equals).isPresent();
        if (where != null && !ownSoil) {
            return found;
        }
        List<Actor> with = new ArrayList<>(actors);
        addAdversary(with, new HashMap<>());
        return with.size() == actors.size() ? found : new Found(with, found.location(), found.spans());
    }

    /** The noun at {@code i}, or a word on it, names a side: "two Ukrainian battalions", "Russian forces". */
    static boolean namesSide(Sentence s, int i) {
        List<Integer> words = new ArrayList<>(List.of(i));
        Clause.dependents(s, i, Set.of("amod", "compound", "nmod:poss")).forEach(d -> words.add(d.dependent()));
        return words.stream().map(s::entityAt).anyMatch(e -> e != null && (e.isPlaceLike()
                || Set.of("ORGANIZATION", "MISC", "NATIONALITY").contains(e.ner())));
    }

    private boolean comesUnderFire(Sentence s, int cue) {
        return comesUnderFire(s, cue, lexicon);
    }

    /**
     * "came under fire", "came under a missile attack", "came under heavy Russian shelling" (which the parser may
     * read as a word on "Russian"): the subject is attacked.
     */
    static boolean comesUnderFire(Sentence s, int cue, Lexicon lexicon) {
        if (!s.isParsed()) {
            return false;
        }
        for (Dependency d : Clause.dependents(s, cue, Set.of("obl:under"))) {
            List<Integer> words = new ArrayList<>(List.of(d.dependent()));
            Clause.dependents(s, d.dependent(), Set.of("amod", "compound")).forEach(m -> words.add(m.dependent()));
            if (words.stream().anyMatch(w -> lexicon.satisfies("underfire", s.tokens().get(w).lemma()))) {
                return true;
            }
        }
        return false;
    }

    /** "two of its plants had suffered serious damage", "sustained damage": the subject is what was struck. */
    static boolean suffersDamage(Sentence s, int cue) {
        return s.isParsed() && Set.of("suffer", "sustain").contains(Lexicon.key(s.tokens().get(cue).lemma()))
                && Clause.dependents(s, cue, Set.of("obj")).stream()
                .anyMatch(d -> "damage".equals(Lexicon.key(s.tokens().get(d.dependent()).lemma())));
    }

    /** "303 more Ukrainian defenders had come home": a counted subject of captives, from nowhere named. */
    static boolean countedCaptivesHome(Sentence s, int cue, Lexicon lexicon) {
        return s.isParsed() && Clause.dependents(s, cue, Set.of("obl:from")).isEmpty()
                && Clause.dependents(s, cue, Set.of("nsubj")).stream().map(Dependency::dependent)
                .anyMatch(n -> lexicon.satisfies("captive", s.tokens().get(n).lemma())
                        && !Clause.dependents(s, n, Set.of("nummod")).isEmpty());
    }

    /** The words of captivity the cue's "from" phrase names ("from Russian captivity"). */
    private List<Integer> captivityAfter(Sentence s, int cue) {
        List<Integer> out = new ArrayList<>();
        for (int j = cue + 1; j < Math.min(s.tokens().size(), cue + 6); j++) {
            if (lexicon.satisfies("homecoming", s.tokens().get(j).lemma())) {
                out.add(j);
            }
        }
        // "brought 189 of its citizens home from Russian captivity": the "from" phrase, however far.
        Clause.dependents(s, cue, Set.of("obl:from")).stream().map(Dependency::dependent)
                .filter(j -> !out.contains(j) && lexicon.satisfies("homecoming", s.tokens().get(j).lemma()))
                .forEach(out::add);
        return out;
    }

    /** The country that acts, as a place, or null when the actor is no state. */
    Location actingCountry(List<Actor> found) {
        for (Actor a : found) {
            if (a.role() == Role.ACTOR && !isPerson(a)) {
                Optional<Location> place = places.find(a.name());
                if (place.isPresent() && place.get().precision() == GeoPrecision.COUNTRY) {
                    return place.get();
                }
            }
        }
        return null;
    }

    private static boolean isPerson(Actor a) {
        return a.id().startsWith("person:");
    }

    /**
     * "shot down", "intercepted": the cue tells of weapons brought down, not of an attack by its subject. A jet or a
     * warship brought down is the subject's attack on it.
     */
    private boolean isInterception(Sentence s, int cue) {
        return s.tokens().get(cue).pos().startsWith("VB") && lexicon.statusAt(s.tokens(), cue)
                .filter(p -> "shot_down".equals(p.status())).isPresent()
                && Clause.broughtDown(s, cue).stream().noneMatch(i -> lexicon.isEquipment(s.tokens(), i))
                // "destroyed up to a battalion of North Korean infantry", "destroyed a forward command post": troops
                // or sites destroyed were attacked, not shot down. What is shot down is a weapon sent, or a count.
                && Clause.broughtDown(s, cue).stream().noneMatch(i -> foughtOrHit(s, i))
                // "eight missiles destroyed the airport", "a block destroyed by a glide bomb": weapons that destroy
                // are the attack, not what is downed.
                && Clause.dependents(s, cue, Set.of("nsubj", "obl:by", "obl:agent")).stream().map(Dependency::dependent)
                .noneMatch(w -> lexicon.isSentWeapon(s.tokens(), Clause.nounPhrase(s, w)[0], w));
    }

    /** Whether a noun brought down, or what its "of" phrase counts, is troops or a site: not shot down. */
    private boolean foughtOrHit(Sentence s, int i) {
        List<Integer> nouns = new ArrayList<>(List.of(i));
        Clause.dependents(s, i, Set.of("nmod:of")).forEach(d -> nouns.add(d.dependent()));
        return nouns.stream().anyMatch(n -> lexicon.isTroops(s.tokens(), n)
                || lexicon.satisfies("force", s.tokens().get(n).lemma())
                || lexicon.satisfies("facility", s.tokens().get(n).lemma()));
    }

    /** Whether the place is how the text names the side that acts ("Moscow", "Moscow's forces"). */
    private static boolean namesActor(List<Actor> found, Location location) {
        String name = location.name().toLowerCase(Locale.ROOT);
        return found.stream().filter(a -> a.role() == Role.ACTOR).flatMap(a -> a.aliases().stream())
                .map(alias -> alias.toLowerCase(Locale.ROOT))
                .anyMatch(alias -> alias.equals(name) || alias.startsWith(name + "'s") || alias.startsWith(name + "’s"));
    }

    /** "it will not go unpunished": the subject is the deed to be answered, not who threatens. */
    private boolean goesUnanswered(Sentence s, int cue) {
        return Clause.dependents(s, cue, Set.of("xcomp")).stream()
                .anyMatch(d -> lexicon.satisfies("litotes", s.tokens().get(d.dependent()).lemma()));
    }

    /** Every actor found so far becomes a recipient: the subject is the one acted on, not the doer. */
    private static void actorsBecomeRecipients(List<Actor> found) {
        found.replaceAll(a -> a.role() == Role.ACTOR ? new Actor(Role.RECIPIENT, a.name(), a.id(), a.aliases()) : a);
    }

    /** A cue of receiving: its subject is the one given to (turned recipient), and its "from" phrase gives. */
    private void givenTo(Sentence s, int cue, LocalDate asOf, List<Actor> found, List<Span> spans,
                         Map<String, String> countryOf) {
        actorsBecomeRecipients(found);
        for (Dependency d : Clause.dependents(s, cue, Set.of("obl:from", "nmod:from"))) {
            addActor(s, d.dependent(), Role.ACTOR, asOf, found, spans, countryOf);
        }
    }

    /** "received", "obtained", "took delivery of": the subject is the one given to. */
    private boolean receives(Sentence s, int cue) {
        return lexicon.satisfies("received", s.tokens().get(cue).lemma()) || "take".equals(s.tokens().get(cue).lemma())
                && Clause.dependents(s, cue, Set.of("obj")).stream()
                .anyMatch(d -> "delivery".equals(s.tokens().get(d.dependent()).lemma()));
    }

    /** The other side of the war from the one attacked, as the attacker. */
    private void addAttackerOf(List<Actor> found, Map<String, String> countryOf) {
        for (Actor a : List.copyOf(found)) {
            String other = lexicon.adversaryOf(countryOf.getOrDefault(a.id(), a.id()));
            Optional<ActorLookup.Match> m = other == null ? Optional.empty() : actors.country(other);
            if (m.isPresent()) {
                found.add(0, new Actor(Role.ACTOR, m.get().name(), m.get().id(), List.of()));
                return;
            }
        }
    }

    /** "Russian forces pressed their assault": against the other side of the war, when nothing else is named. */
    private void addAdversary(List<Actor> found, Map<String, String> countryOf) {
        for (Actor a : List.copyOf(found)) {
            String side = countryOf.getOrDefault(a.id(), a.id());
            String other = a.role() == Role.ACTOR ? lexicon.adversaryOf(side) : null;
            if (other == null) {
                continue;
            }
            Optional<ActorLookup.Match> m = actors.country(other);
            if (m.isPresent()) {
                found.add(new Actor(Role.RECIPIENT, m.get().name(), m.get().id(), List.of()));
                return;
            }
        }
    }

    private static boolean noRecipient(List<Actor> found) {
        return found.stream().noneMatch(a -> a.role() == Role.RECIPIENT);
    }

    /**
     * "sending soldiers to fight for Russia", "weapons to help Ukraine": whom the purpose of a deployment or of aid
     * sides with is its recipient.
     */
    private void addHelped(Sentence s, int cue, LocalDate asOf, List<Actor> found, List<Span> spans,
                           Map<String, String> countryOf) {
        for (Dependency x : Clause.dependents(s, cue, Set.of("xcomp", "advcl"))) {
            String lemma = s.tokens().get(x.dependent()).lemma();
            boolean ally = lexicon.satisfies("ally", lemma);
            if (!hasTo(s, x.dependent()) || !ally && !lexicon.satisfies("fight_for", lemma)) {
                continue;
            }
            Set<String> relations = ally ? Set.of("obj", "obl:for", "obl:alongside")
                    : Set.of("obl:for", "obl:alongside");
            for (Dependency o : Clause.dependents(s, x.dependent(), relations)) {
                addActor(s, o.dependent(), Role.RECIPIENT, asOf, found, spans, countryOf);
            }
        }
    }

    /**
     * "a $95 billion foreign aid package that includes $61 billion for Ukraine", "an aid package for Kyiv", "aid to
     * Ukraine": the "for" or "to" of the aid, of the package it names, of a sum the package includes, or of what the
     * verb gives.
     */
    private void addEarmarked(Sentence s, int cue, LocalDate asOf, List<Actor> found, List<Span> spans,
                              Map<String, String> countryOf) {
        List<Integer> nodes = new ArrayList<>(List.of(cue));
        Dependency up = s.headOf(cue);
        if (up != null && up.governor() >= 0 && "compound".equals(up.relation())) {
            nodes.add(up.governor()); // "aid package"
        }
        if (s.tokens().get(cue).pos().startsWith("VB")) {
            // "pledged $470 million to Ukraine", "sent weapons for Kyiv", "stopped sharing intelligence with
            // Ukraine": the parser hangs the recipient off what is given, or off the verb that gives it.
            Clause.dependents(s, cue, Set.of("obj")).forEach(o -> nodes.add(o.dependent()));
            for (Dependency x : Clause.dependents(s, cue, Set.of("xcomp"))) {
                nodes.add(x.dependent());
                Clause.dependents(s, x.dependent(), Set.of("obj")).forEach(o -> nodes.add(o.dependent()));
            }
        }
        for (int n : nodes) {
            List<Dependency> earmarks = new ArrayList<>(Clause.dependents(s, n,
                    Set.of("nmod:for", "nmod:to", "nmod:with", "obl:with", "obl:to")));
            for (Dependency relcl : Clause.dependents(s, n, Set.of("acl:relcl"))) {
                for (Dependency o : Clause.dependents(s, relcl.dependent(), Set.of("obj"))) {
                    earmarks.addAll(Clause.dependents(s, o.dependent(), Set.of("nmod:for")));
                }
            }
            for (Dependency d : earmarks) {
                addActor(s, d.dependent(), Role.RECIPIENT, asOf, found, spans, countryOf);
                if (!noRecipient(found)) {
                    return;
                }
            }
        }
    }

    /**
     * Recipients told beside the cue rather than as its object: the other party of talks travelled to, whose claims
     * are rejected, the body whose meeting or members are asked, the side a conditional threat hangs on.
     */
    private void addRecipientsTold(Sentence s, EventType type, int cue, LocalDate asOf, List<Actor> found,
                                   List<Span> spans, Map<String, String> countryOf) {
        if (type == EventType.CONSULT && noRecipient(found) && !isNoun(s, cue)) {
            // "travelled to Vostochny for a summit with Putin": the other party of the meeting gone to.
            for (Dependency f : Clause.dependents(s, cue, Set.of("obl:for"))) {
                boolean meeting = lexicon.cueAt(s.tokens(), f.dependent())
                        .filter(c -> c.type() == EventType.CONSULT).isPresent();
                for (Dependency w : meeting ? Clause.dependents(s, f.dependent(), Set.of("nmod:with"))
                        : List.<Dependency>of()) {
                    addActor(s, w.dependent(), Role.RECIPIENT, asOf, found, spans, countryOf);
                }
            }
        }
        if ((type == EventType.REJECT || type == EventType.ACCUSE) && noRecipient(found) && !isNoun(s, cue)) {
            // "rejected claims by Washington", "dismissed Kyiv's accusations": whose word is rejected.
            for (Dependency o : Clause.dependents(s, cue, Set.of("obj"))) {
                for (Dependency d : Clause.dependents(s, o.dependent(), Set.of("nmod:by", "nmod:from",
                        "nmod:poss"))) {
                    addActor(s, d.dependent(), Role.RECIPIENT, asOf, found, spans, countryOf);
                }
            }
        }
        if (type == EventType.REQUEST && noRecipient(found) && !isNoun(s, cue)) {
            // "asked for a meeting of the Security Council": the body whose meeting is asked for; "asked the
            // alliance's members to decide": whose members are asked.
            for (Dependency o : Clause.dependents(s, cue, Set.of("obj", "obl:for"))) {
                boolean meeting = lexicon.cueAt(s.tokens(), o.dependent()).filter(c -> c.type() == EventType.CONSULT)
                        .isPresent();
                boolean members = lexicon.satisfies("member", s.tokens().get(o.dependent()).lemma());
                for (Dependency d : meeting || members ? Clause.dependents(s, o.dependent(), Set.of("nmod:of",
                        "nmod:poss")) : List.<Dependency>of()) {
                    addActor(s, d.dependent(), Role.RECIPIENT, asOf, found, spans, countryOf);
                }
            }
        }
        if (type == EventType.THREATEN && noRecipient(found)) {
            // "warned that Russia would respond if South Korea decided to supply weapons": the one whose act the
            // threat is on.
            List<Integer> clauses = new ArrayList<>(List.of(cue));
            Clause.dependents(s, cue, Set.of("ccomp")).forEach(c -> clauses.add(c.dependent()));
            for (int c : clauses) {
                for (Dependency cond : Clause.dependents(s, c, Set.of("advcl:if"))) {
                    for (Dependency d : Clause.dependents(s, cond.dependent(), Set.of("nsubj"))) {
                        addActor(s, d.dependent(), Role.RECIPIENT, asOf, found, spans, countryOf);
                    }
                }
            }
        }
    }

    /**
     * "the United States, Britain and Germany were waiting ..., and he asked them": "them" stands for the nearest
     * group of two or more actors the sentence names before it, else for the latest event's group ("Zelensky met
     * Biden and Starmer. He asked them ...").
     */
    private void addGroupNamedBefore(Sentence s, int pronoun, LocalDate asOf, Antecedents antecedents,
                                     List<Actor> found, List<Span> spans, Map<String, String> countryOf) {
        if (!"them".equalsIgnoreCase(s.tokens().get(pronoun).word())) {
            return;
        }
        if (!namedGroup(s, pronoun, asOf, found, spans, countryOf)) {
            for (Actor a : antecedents.group()) {
                if (found.stream().noneMatch(f -> f.id().equals(a.id()))) {
                    found.add(new Actor(Role.RECIPIENT, a.name(), a.id(), a.aliases()));
                }
            }
        }
    }

    private boolean namedGroup(Sentence s, int pronoun, LocalDate asOf, List<Actor> found, List<Span> spans,
                               Map<String, String> countryOf) {
        for (int i = pronoun - 1; i >= 0; i--) {
            if (Clause.dependents(s, i, Set.of("conj:and", "conj:*")).isEmpty()) {
                continue;
            }
            List<Actor> group = new ArrayList<>();
            List<Span> groupSpans = new ArrayList<>();
            addActor(s, i, Role.RECIPIENT, asOf, group, groupSpans, countryOf);
            if (group.size() >= 2) {
                for (Actor a : group) {
                    if (found.stream().noneMatch(f -> f.id().equals(a.id()))) {
                        found.add(a);
                    }
                }
                spans.addAll(groupSpans);
                return true;
            }
        }
        return false;
    }

    /** Links by which an infinitive hangs below the verb whose subject does it ("decide whether to send"). */
    private static final Set<String> INFINITIVE_LINKS = Set.of("xcomp", "ccomp", "dep");
    /** Steps up a chain of infinitives ("has yet to decide whether to send"). */
    private static final int MAX_INFINITIVE_STEPS = 4;

    /**
     * The active subject of the nearest verb above a chain of "to" infinitives, each hung by a complement link (or
     * loose, through "whether"), or -1: a verb of its own subject, a passive or any other link ends the climb.
     */
    private static int subjectOfInfinitiveChain(Sentence s, int cue) {
        int node = cue;
        for (int steps = 0; steps < MAX_INFINITIVE_STEPS; steps++) {
            Dependency up = s.headOf(node);
            if (up == null || up.governor() < 0 || !INFINITIVE_LINKS.contains(up.relation())) {
                return -1;
            }
            node = up.governor();
            if (!Clause.dependents(s, node, Set.of("nsubj:pass")).isEmpty()) {
                return -1;
            }
            List<Dependency> subjects = Clause.dependents(s, node, Set.of("nsubj"));
            if (!subjects.isEmpty()) {
                return subjects.get(0).dependent();
            }
            boolean link = "IN".equals(s.tokens().get(node).pos()) || "WRB".equals(s.tokens().get(node).pos());
            // "Canada stands ready to send tanks", "remains willing to talk": an adjective complementing a verb of
            // being has that verb's subject.
            Dependency complemented = s.headOf(node);
            link |= s.tokens().get(node).pos().startsWith("JJ") && complemented != null
                    && "xcomp".equals(complemented.relation());
            if (!link && !hasTo(s, node)) {
                return -1;
            }
        }
        return -1;
    }

    /** "due to hold talks": the cue is a "to" infinitive. */
    private static boolean hasTo(Sentence s, int cue) {
        return Clause.dependents(s, cue, Set.of("mark")).stream()
                .anyMatch(d -> "to".equalsIgnoreCase(s.tokens().get(d.dependent()).word()));
    }

    private static boolean noActor(List<Actor> found) {
        return found.stream().noneMatch(a -> a.role() == Role.ACTOR);
    }

    /**
     * The verb that carries a noun cue ("launched an invasion", "held talks", "adopted a package of sanctions",
     * "an offensive was begun by"), or -1 when the noun hangs off any other word.
     */
    private int supportVerb(Sentence s, int cue) {
        // Up through the noun phrases that hold the cue ("a package of sanctions", "$400 million in military
        // assistance", and the odd attachments parsers make of them) to the first verb, if it carries the noun.
        int node = cue;
        for (int steps = 0; steps < 4; steps++) {
            Dependency up = s.headOf(node);
            String preposition = up == null ? "" : up.relation().replaceFirst("^obl:", "");
            if (up != null && up.governor() >= 0 && up.relation().startsWith("obl:")
                    && Set.of("under", "on", "onto").contains(preposition)
                    && lexicon.isSupportVerb(s.tokens().get(up.governor()), preposition)) {
                // "put Rosneft and Lukoil under blocking sanctions", "put the forces on high alert"
                return up.governor();
            }
            if (up != null && up.governor() >= 0 && (up.relation().equals("obl:for") || up.relation().equals("obl:to"))
                    && s.tokens().get(up.governor()).pos().startsWith("JJ")
                    && lexicon.satisfies("readiness", s.tokens().get(up.governor()).lemma())
                    && !Clause.dependents(s, up.governor(), Set.of("cop")).isEmpty()) {
                return up.governor(); // "he was ready for a meeting with Putin", "open to talks": his meeting
            }
            if (up == null || up.governor() < 0 || !PHRASE_HOPS.contains(up.relation())) {
                return -1;
            }
            node = up.governor();
            if (s.tokens().get(node).pos().startsWith("VB")) {
                return carries(s, node) ? node : -1;
            }
        }
        return -1;
    }

    private boolean carries(Sentence s, int verb) {
        Token t = s.tokens().get(verb);
        return lexicon.isSupportVerb(t) || Clause.dependents(s, verb, Set.of("compound:prt")).stream()
                .anyMatch(d -> lexicon.isSupportVerb(t, s.tokens().get(d.dependent()).word()));
    }

    /**
     * "Zelensky wrote that Russia had attacked the ports, and urged the world to react": the parser joins the appeal
     * to what was reported, so the appeal takes the reported subject; it is the speaker's second act. The subject of
     * the verb of saying, when the cue is joined after a comma to a clause that verb reports and that clause is in
     * another tense (a present, a perfect or a modal against the cue's plain past); -1 otherwise.
     */
    private int speakerJoinedBelow(Sentence s, int cue) {
        if (!"VBD".equals(s.tokens().get(cue).pos())) {
            return -1;
        }
        // The verb the cue is joined to; the parse may also hang the cue on the verb of saying itself.
        int reported = s.dependencies().stream().filter(d -> d.dependent() == cue && d.relation().startsWith("conj"))
                .mapToInt(Dependency::governor).findFirst().orElse(-1);
        Dependency above = reported < 0 ? null : s.headOf(reported);
        if (above == null || above.governor() < 0 || !above.relation().startsWith("ccomp")
                || !("report".equals(lexicon.modifier(s.tokens().get(above.governor())))
                || lexicon.satisfies("warning", s.tokens().get(above.governor()).lemma()))) {
            return -1;
        }
        boolean comma = Clause.dependents(s, cue, Set.of("cc")).stream().map(Dependency::dependent)
                .anyMatch(and -> and > 0 && ",".equals(s.tokens().get(and - 1).word()));
        String tense = s.tokens().get(reported).pos();
        boolean otherTense = "VBP".equals(tense) || "VBZ".equals(tense) || !Clause.dependents(s, reported,
                Set.of("aux")).isEmpty();
        // A subject of its own is no lost one: "said Russia had struck, and Kyiv asked".
        Set<Integer> shared = Clause.dependents(s, reported, Set.of("nsubj")).stream().map(Dependency::dependent)
                .collect(java.util.stream.Collectors.toSet());
        boolean ownSubject = Clause.dependents(s, cue, Set.of("nsubj", "nsubj:pass")).stream()
                .anyMatch(d -> !shared.contains(d.dependent()));
        // Without a comma, only a past perfect told against the cue's plain past: "warned that Russian forces had
        // mined the dam and urged the world to act".
        boolean pluperfect = Clause.dependents(s, reported, Set.of("aux")).stream()
                .anyMatch(d -> "have".equals(Lexicon.key(s.tokens().get(d.dependent()).lemma()))
                        && "VBD".equals(s.tokens().get(d.dependent()).pos()));
        if (!(comma || pluperfect) || !otherTense || ownSubject) {
            return -1;
        }
        List<Dependency> subjects = Clause.dependents(s, above.governor(), Set.of("nsubj"));
        return subjects.isEmpty() ? -1 : subjects.get(0).dependent();
    }

    /** How a target hangs off the attack on it: "the attack on Kyiv", "strikes against the port". */
    private static final Set<String> TARGET_OF = Set.of("nmod:on", "nmod:against", "nmod:at");

    /**
     * "Russia's attack on Kyiv, which killed 20 civilians": the parser hangs the clause on the target, but what
     * killed is the attack. True if {@code subject} is a target named after an attack noun and {@code verb} is a
     * relative clause hung on it.
     */
    private boolean targetWithClauseOfItsAttack(Sentence s, int verb, int subject) {
        Dependency clause = s.headOf(verb);
        Dependency target = s.headOf(subject);
        return clause != null && clause.governor() == subject && clause.relation().startsWith("acl:relcl")
                && target != null && target.governor() >= 0 && TARGET_OF.contains(target.relation())
                && lexicon.cuesAt(s.tokens(), target.governor()).stream()
                .anyMatch(c -> c.cue().type() == EventType.ASSAULT);
    }

    /** Where a clause ends going up: what is said or told beside it has a subject of its own. */
    private static final Set<String> CLAUSE_BOUNDS = Set.of("ccomp", "parataxis", "csubj", "acl:relcl");

    /** The active subject of the nearest verb above a token within its clause, or -1. */
    private static int subjectAbove(Sentence s, int token) {
        int node = token;
        for (int steps = 0; steps < 6; steps++) {
            Dependency up = s.headOf(node);
            if (up == null || up.governor() < 0 || CLAUSE_BOUNDS.contains(up.relation())) {
                return -1;
            }
            node = up.governor();
            if (s.tokens().get(node).pos().startsWith("VB") && namesWhat(s, node)) {
                // "Russia carried out what officials called the largest bombardment, firing ...": who names the deed
                // did not do it; the free relative stands for a noun of the clause above, whatever it hangs by.
                Dependency above = s.headOf(node);
                if (above == null || above.governor() < 0) {
                    return -1;
                }
                node = above.governor();
            }
            if (s.tokens().get(node).pos().startsWith("VB")) {
                List<Dependency> subjects = Clause.dependents(s, node, Set.of("nsubj"));
                if (!subjects.isEmpty()) {
                    return subjects.get(0).dependent();
                }
                if (!Clause.dependents(s, node, Set.of("nsubj:pass")).isEmpty()) {
                    return -1;
                }
            }
        }
        return -1;
    }

    /** How the one criticised, asked, met or answered hangs on the verb. */
    private static final Set<String> ADDRESSED_LINKS = Set.of("obj", "iobj", "obl:at", "obl:to", "obl:with",
            "obl:on");

    /**
     * "Kadyrov lashed out at Colonel General Alexander Lapin", "Prigozhin accused Sergei Surovikin": someone the actor
     * tables do not know, named in full as the one a criticism, request or meeting is aimed at, is its recipient. (Who
     * is hit, freed or held stays coded by the state behind them.)
     */
    private void addUnknownPersonAddressed(Sentence s, int cue, List<Actor> found) {
        for (Dependency d : Clause.dependents(s, cue, ADDRESSED_LINKS)) {
            EntitySpan named = s.entityAt(d.dependent());
            if (named == null || !"PERSON".equals(named.ner()) || named.tokenEnd() - named.tokenStart() < 2) {
                continue;
            }
            Optional<ActorLookup.Match> m = context.person(s.tokens().subList(named.tokenStart(), named.tokenEnd())
                    .stream().map(Token::word).toList());
            if (m.isPresent() && found.stream().noneMatch(a -> a.id().equals(m.get().id()))) {
                found.add(new Actor(Role.RECIPIENT, m.get().name(), m.get().id(), List.of(named.text())));
                return;
            }
        }
    }

    /** Modals that make a "that" clause what someone must do: "demanded that Russia should withdraw". */
    private static final Set<String> OBLIGING = Set.of("should", "must");

    /**
     * "demanded that NATO close the skies", "his demand that Russia withdraw", "appealed for NATO to close the skies":
     * the subject of a clause that says what someone must do (a bare verb, "should" or "must", or "for ... to") is
     * the one asked.
     */
    private void addAskedToAct(Sentence s, int cue, LocalDate asOf, List<Actor> found, List<Span> spans,
                               Map<String, String> countryOf) {
        for (Dependency c : Clause.dependents(s, cue, Set.of("ccomp", "acl:to", "advcl:to"))) {
            int verb = c.dependent();
            boolean bare = "ccomp".equals(c.relation()) && "VB".equals(s.tokens().get(verb).pos())
                    && s.dependentsOf(verb).stream().noneMatch(d -> d.relation().startsWith("aux")
                            || "mark".equals(d.relation()) && isWord(s, d.dependent(), "to"));
            boolean obliged = "ccomp".equals(c.relation()) && s.dependentsOf(verb).stream()
                    .anyMatch(d -> "aux".equals(d.relation())
                            && OBLIGING.contains(s.tokens().get(d.dependent()).word().toLowerCase(Locale.ROOT)));
            // "for NATO to close", and the parse of "his appeal to Russia to release" that makes "to" a mark.
            int subject = Clause.dependents(s, verb, Set.of("nsubj")).stream().mapToInt(Dependency::dependent)
                    .min().orElse(-1);
            boolean forTo = !"ccomp".equals(c.relation()) && subject >= 0 && s.dependentsOf(verb).stream()
                    .anyMatch(d -> "mark".equals(d.relation()) && d.dependent() < subject
                            && (isWord(s, d.dependent(), "for") || isWord(s, d.dependent(), "to")));
            if (!bare && !obliged && !forTo) {
                continue;
            }
            List<Actor> asked = new ArrayList<>();
            for (Dependency d : Clause.dependents(s, verb, Set.of("nsubj"))) {
                addActor(s, d.dependent(), Role.RECIPIENT, asOf, asked, spans, countryOf);
            }
            for (Actor a : asked) {
                if (found.stream().noneMatch(f -> f.id().equals(a.id()))) {
                    found.add(new Actor(Role.RECIPIENT, a.name(), a.id(), a.aliases()));
                }
            }
            return;
        }
        // "renewed his appeal to NATO": the one appealed to may hang on the verb that carries the noun; a name, not
        // "Kyiv's partners".
        if (!isNoun(s, cue)) {
            return;
        }
        Dependency up = s.headOf(cue);
        List<Dependency> to = new ArrayList<>(Clause.dependents(s, cue, Set.of("nmod:to")));
        if (up != null && up.governor() >= 0 && "obj".equals(up.relation())) {
            to.addAll(Clause.dependents(s, up.governor(), Set.of("obl:to")));
        }
        for (Dependency d : to) {
            if (s.tokens().get(d.dependent()).isProperNoun()) {
                addActor(s, d.dependent(), Role.RECIPIENT, asOf, found, spans, countryOf);
            }
        }
    }

    private static boolean isWord(Sentence s, int token, String word) {
        return word.equalsIgnoreCase(s.tokens().get(token).word());
    }

    private static final Set<String> OBJECT_PERSON_PRONOUNS = Set.of("him", "her");

    /**
     * "Erdogan spoke to Putin and urged him to avoid escalation": the person a "him" or "her" addressed stands for is
     * the last one named before it who does not act, in this sentence or, failing that, the last named before it.
     */
    private void addAddressedPerson(Sentence s, int cue, LocalDate asOf, Antecedents antecedents, List<Actor> found,
                                    List<Span> spans, Map<String, String> countryOf) {
        // "urged him", "opened a case against him", "lashed out at her".
        List<Dependency> addressed = new ArrayList<>(Clause.dependents(s, cue, Set.of("obj", "obl:against",
                "nmod:against", "obl:at")));
        int carrier = isNoun(s, cue) ? supportVerb(s, cue) : -1;
        if (carrier >= 0) {
            addressed.addAll(Clause.dependents(s, carrier, Set.of("obl:against")));
        }
        for (Dependency o : Clause.dependents(s, cue, Set.of("obj"))) {
            addressed.addAll(Clause.dependents(s, o.dependent(), Set.of("nmod:against")));
        }
        for (Dependency o : addressed) {
            Token pronoun = s.tokens().get(o.dependent());
            if (!OBJECT_PERSON_PRONOUNS.contains(pronoun.word().toLowerCase(Locale.ROOT))) {
                continue;
            }
            Set<String> acting = found.stream().map(Actor::id).collect(java.util.stream.Collectors.toSet());
            for (int i = pronoun.index() - 1; i >= 0; i--) {
                if (!"PERSON".equals(s.tokens().get(i).ner())
                        || i + 1 < s.tokens().size() && "PERSON".equals(s.tokens().get(i + 1).ner())) {
                    continue; // the last word of each name
                }
                List<Actor> named = new ArrayList<>();
                addActor(s, i, Role.RECIPIENT, asOf, named, new ArrayList<>(), countryOf);
                if (named.size() == 1 && isPerson(named.get(0)) && !acting.contains(named.get(0).id())) {
                    found.add(named.get(0));
                    return;
                }
            }
            Actor earlier = antecedents.person();
            if (earlier == null || acting.contains(earlier.id())) {
                // The one acting was named before: "him" is the last other person named with them.
                earlier = antecedents.named().stream().filter(a -> !acting.contains(a.id()))
                        .reduce((a, b) -> b).orElse(null);
            }
            if (earlier != null) {
                found.add(new Actor(Role.RECIPIENT, earlier.name(), earlier.id(), earlier.aliases()));
            }
            return;
        }
    }

    /** Whether a verb heads a free relative with "what" as its object: "what officials called ...". */
    private static boolean namesWhat(Sentence s, int verb) {
        return Clause.dependents(s, verb, Set.of("obj")).stream()
                .anyMatch(d -> "what".equalsIgnoreCase(s.tokens().get(d.dependent()).word()));
    }

    /** The subject of the last clause whose head stands before token {@code i}, when that clause is active; or -1. */
    private static int subjectOfClauseBefore(Sentence s, int i) {
        Dependency last = null;
        for (Dependency d : s.dependencies()) {
            if (d.relation().startsWith("nsubj") && d.governor() < i && d.dependent() < i
                    && (last == null || d.governor() > last.governor())) {
                last = d;
            }
        }
        return last == null || !"nsubj".equals(last.relation()) ? -1 : last.dependent();
    }

    /** The first verb above a token, or the token itself when none is within reach. */
    private static boolean isRoot(Sentence s, int i) {
        Dependency up = s.headOf(i);
        return up == null || up.governor() < 0;
    }

    private static boolean countedInApposition(Sentence s, int head) {
        return Clause.dependents(s, head, Set.of("appos")).stream()
                .anyMatch(a -> !Clause.dependents(s, a.dependent(), Set.of("nummod")).isEmpty());
    }

    /** Whether a comma, or a comma and a closing quote ('escalations," accusing'), comes just before the token. */
    private static boolean afterComma(Sentence s, int i) {
        List<Token> tokens = s.tokens();
        return i > 0 && ",".equals(tokens.get(i - 1).word())
                || i > 1 && "''".equals(tokens.get(i - 1).pos()) && ",".equals(tokens.get(i - 2).word());
    }

    private static int verbAbove(Sentence s, int node) {
        return Clause.verbAbove(s, node, 4);
    }

    /** "Putin ordered Russia's mobilisation": the country goes when one of its own people is the actor. */
    private static void dropCountriesOfTheirOwnPeople(List<Actor> found, Map<String, String> countryOf) {
        Set<String> represented = new HashSet<>();
        for (Actor a : found) {
            String c = countryOf.get(a.id());
            if (a.role() == Role.ACTOR && c != null && !c.equals(a.id())) {
                represented.add(c);
            }
        }
        found.removeIf(a -> a.role() == Role.ACTOR && represented.contains(a.id()));
    }

    /**
     * "Britain said that it will provide": a pronoun subject is the reporting verb's subject; "their incursion"
     * is the subject of the verb that carries it; else the pronoun stands for the latest person or other actor.
     */
    private void resolvePronoun(Sentence s, int cue, LocalDate asOf, Antecedents antecedents, List<Actor> found,
                                List<Span> spans, Map<String, String> countryOf, boolean passiveActs) {
        int before = found.size();
        resolvePronounSubject(s, cue, asOf, antecedents, found, spans, countryOf, passiveActs);
        List<Dependency> subjects = Clause.dependents(s, cue, Set.of("nsubj"));
        boolean ownedForces = !subjects.isEmpty()
                && lexicon.satisfies("force", s.tokens().get(subjects.get(0).dependent()).lemma())
                && Clause.dependents(s, subjects.get(0).dependent(), Set.of("nmod:poss")).stream()
                .anyMatch(d -> s.tokens().get(d.dependent()).pos().startsWith("PRP"));
        for (int i = before; i < found.size() && ownedForces; i++) {
            // "Syrskyi said his forces controlled 1,150 square kilometres": a commander's or leader's forces are his
            // country's.
            Actor a = found.get(i);
            if (isPerson(a)) {
                Optional<ActorLookup.Match> side = actors.resolve(a.name(), asOf).map(ActorLookup.Match::country)
                        .flatMap(actors::state);
                if (side.isPresent() && found.stream().noneMatch(x -> x.id().equals(side.get().id()))) {
                    found.set(i, new Actor(a.role(), side.get().name(), side.get().id(), a.aliases()));
                }
            }
        }
    }

    private void resolvePronounSubject(Sentence s, int cue, LocalDate asOf, Antecedents antecedents,
                                       List<Actor> found, List<Span> spans, Map<String, String> countryOf,
                                       boolean passiveActs) {
        Set<String> links = passiveActs ? Set.of("nsubj", "nsubj:xsubj", "nmod:poss", "nsubj:pass")
                : Set.of("nsubj", "nsubj:xsubj", "nmod:poss");
        List<Dependency> subjects = Clause.dependents(s, cue, links);
        if (subjects.isEmpty()) {
            return;
        }
        Token pronoun = s.tokens().get(subjects.get(0).dependent());
        boolean possessive = "nmod:poss".equals(subjects.get(0).relation());
        if (!pronoun.pos().startsWith("PRP")) {
            // "its forces had carried out", "their troops withdrew": the owner of the subject acts.
            List<Dependency> owners = Clause.dependents(s, pronoun.index(), Set.of("nmod:poss"));
            if (owners.isEmpty()) {
                return;
            }
            pronoun = s.tokens().get(owners.get(0).dependent());
            possessive = false;
        }
        if (!PERSONAL_PRONOUNS.contains(pronoun.word().toLowerCase(Locale.ROOT))) {
            return;
        }
        if (FIRST_PERSON.contains(pronoun.word().toLowerCase(Locale.ROOT))) {
            // "we" is whoever speaks, never the last actor named: "Russia struck Kyiv. 'We will respond,' Zelensky
            // said" is Zelensky's threat.
            Actor us = context.us();
            if (us != null && found.stream().noneMatch(a -> a.id().equals(us.id()))) {
                found.add(new Actor(Role.ACTOR, us.name(), us.id(), us.aliases()));
            }
            return;
        }
        int node = cue;
        for (int depth = 0; depth < 4; depth++) {
            Dependency up = s.headOf(node);
            if (up == null || up.governor() < 0 || !(up.relation().startsWith("ccomp")
                    || possessive && depth == 0 && (up.relation().equals("obj") || up.relation().startsWith("obl")))) {
                break;
            }
            node = up.governor();
            List<Dependency> named = Clause.dependents(s, node, Set.of("nsubj"));
            for (Dependency d : named) {
                addActor(s, d.dependent(), Role.ACTOR, asOf, found, spans, countryOf);
            }
            if (!noActor(found)) {
                return;
            }
            if (depth == 0 && named.stream().map(d -> s.tokens().get(d.dependent()))
                    .anyMatch(t -> t.pos().startsWith("NN") && !TEMPORAL.contains(t.ner()))) {
                // "A coalition of eleven countries said it would begin training pilots": "it" is the coalition,
                // whoever that is, not the last actor the article named.
                return;
            }
        }
        Actor previous = precedingSubject(s, pronoun, asOf).orElse(antecedents.forPronoun(pronoun.word()));
        if (previous != null && found.stream().noneMatch(a -> a.id().equals(previous.id()))) {
            found.add(new Actor(Role.ACTOR, previous.name(), previous.id(), previous.aliases()));
        }
    }

    /**
     * A finite verb with no subject at all: in a long sentence the parser has hung its subject elsewhere ("Earlier on
     * Wednesday Mr Zelensky, speaking by video link to Congress, pleaded with lawmakers" makes Zelensky a time).
     */
    private static boolean hasLostItsSubject(Sentence s, int cue) {
        return Set.of("VBD", "VBZ", "VBP").contains(s.tokens().get(cue).pos()) && !hasSubject(s, cue)
                && !Clause.dependents(s, cue, Set.of("mark")).stream()
                .anyMatch(d -> "to".equalsIgnoreCase(s.tokens().get(d.dependent()).word()));
    }

    /** A subject of the verb's own that is a noun, not a pronoun or a time ("when shell fragments tore"). */
    private static boolean hasNounSubject(Sentence s, int verb) {
        return Clause.dependents(s, verb, Set.of("nsubj", "nsubj:pass")).stream().map(d -> s.tokens().get(d.dependent()))
                .anyMatch(t -> t.pos().startsWith("NN") && !TEMPORAL.contains(t.ner()));
    }

    /** A subject that is no time: parsers make "a day after Trump and Putin spoke" the subject of "spoke". */
    private static boolean hasSubject(Sentence s, int verb) {
        return Clause.dependents(s, verb, Set.of("nsubj", "nsubj:pass", "nsubj:xsubj", "csubj", "expl")).stream()
                .anyMatch(d -> !TEMPORAL.contains(s.tokens().get(d.dependent()).ner()));
    }

    /** True if the word's phrase opens with a preposition of place: "in Berlin", "at a news conference". */
    private static boolean saysWhere(Sentence s, int k) {
        return Clause.dependents(s, k, Set.of("case")).stream()
                .anyMatch(c -> WHERE_WORDS.contains(Lexicon.key(s.tokens().get(c.dependent()).word())));
    }

    /**
     * The last name before the cue once asides between commas are skipped ("..., speaking by video link to Congress,
     * pleaded": not Congress), within the cue's own stretch of the sentence: the search stops at a finite verb, a
     * semicolon or a colon. -1 when there is none.
     */
    private static int nameBeforeAsides(Sentence s, int cue) {
        List<Token> tokens = s.tokens();
        int i = cue - 1;
        while (i >= 0) {
            // The stretch between the previous comma (or the start) and i.
            int start = i;
            while (start > 0 && !",".equals(tokens.get(start - 1).word())) {
                start--;
            }
            boolean aside = start > 0 && start <= i && ASIDE_OPENERS.contains(tokens.get(start).pos());
            for (int k = i; k >= start && !aside; k--) {
                Token t = tokens.get(k);
                // "Hungary has for a year blocked": the auxiliary of the cue's own perfect is no other verb.
                boolean perfect = "have".equalsIgnoreCase(t.lemma()) && !s.tokens().get(cue).pos().equals("VB");
                if (Set.of("VBD", "VBZ", "VBP").contains(t.pos()) && !perfect || ";".equals(t.word())
                        || ":".equals(t.word())) {
                    return -1;
                }
                EntitySpan e = s.entityAt(k);
                // "Zelensky, asked at a news conference in Berlin, rejected": a place after "in" or "at" is where,
                // not who. (A name after "on" may be the subject the parser hung on a time: "On Thursday Zelensky".)
                // So is a town a place phrase is part of: "a warehouse in a southern district of Moscow".
                Dependency of = s.headOf(k);
                int part = of != null && "nmod:of".equals(of.relation()) ? of.governor() : k;
                // Not "no reaction from the authorities of the Russian Federation, which deny": who it came from.
                boolean where = e != null && e.isPlaceLike() && (saysWhere(s, k) || part != k && saysWhere(s, part)
                        && Clause.dependents(s, part, Set.of("case")).stream()
                        .noneMatch(c -> "from".equalsIgnoreCase(s.tokens().get(c.dependent()).word())));
                if (e != null && e.tokenEnd() - 1 == k && !where
                        && ("PERSON".equals(e.ner()) || "ORGANIZATION".equals(e.ner()) || e.isPlaceLike())) {
                    return k;
                }
            }
            i = start - 2; // over the comma
        }
        return -1;
    }

    /**
     * Adds the name before a verb that lost its subject as the actor. "On Thursday Zelensky met Scholz": the parser
     * hangs the name on the time ("on Zelensky"), so it may already stand as one acted on; before the verb, it acts.
     */
    private void addSubjectTakenForObject(Sentence s, int named, LocalDate asOf, List<Actor> found, List<Span> spans,
                                          Map<String, String> countryOf) {
        List<Actor> subject = new ArrayList<>();
        addActor(s, named, Role.ACTOR, asOf, subject, new ArrayList<>(), new HashMap<>());
        subject.forEach(a -> found.removeIf(f -> f.role() == Role.RECIPIENT && f.id().equals(a.id())));
        int before = spans.size();
        addActor(s, named, Role.ACTOR, asOf, found, spans, countryOf);
        for (Span added : List.copyOf(spans.subList(before, spans.size()))) {
            spans.removeIf(o -> o != added && o.start() == added.start() && o.end() == added.end());
        }
    }

    /** Whom the title before a person's name stands for: "North Korean Foreign Minister" before "Choe Son Hui". */
    private Optional<ActorLookup.Match> officeBefore(Sentence s, int from, EntitySpan person, LocalDate asOf) {
        return actors.resolve(s.textOf(from, person.tokenStart()), asOf);
    }

    /** Prepositions that put a place where something happens, not among those who act. */
    private static final Set<String> WHERE_WORDS = Set.of("in", "at", "near", "from", "outside");

    /** What opens an aside between commas: a participle or a preposition ("speaking to", "on a visit to"). */
    private static final Set<String> ASIDE_OPENERS = Set.of("VBG", "VBN", "IN", "WDT", "WP");

    /**
     * "Biden is due in Warsaw, where he will meet Duda", "Russian forces pressed their assault": the nearest
     * subject before the pronoun in the same sentence that resolves to the right kind (a person for "he").
     */
    private Optional<Actor> precedingSubject(Sentence s, Token pronoun, LocalDate asOf) {
        boolean wantPerson = PERSON_PRONOUNS.contains(pronoun.word().toLowerCase(Locale.ROOT));
        Optional<Actor> named = Optional.empty();
        for (int i = pronoun.index() - 1; i >= 0; i--) {
            Dependency up = s.headOf(i);
            EntitySpan e = s.entityAt(i);
            // Subjects; for "he" and "she" also any person named before, as parses of such sentences often fail.
            boolean person = wantPerson && e != null && "PERSON".equals(e.ner()) && e.tokenEnd() - 1 == i;
            // "Hours after the sinking, Russia's defence ministry said its missiles ...": parsers may hang the
            // speaker of such a sentence off the phrase before it.
            boolean subject = up != null && (up.relation().startsWith("nsubj") || !wantPerson
                    && "appos".equals(up.relation()));
            if (!person && !subject || s.tokens().get(i).pos().startsWith("PRP")) {
                continue;
            }
            int[] np = subject || !person ? Clause.nounPhrase(s, i) : new int[] {e.tokenStart(), e.tokenEnd()};
            String text = s.textOf(np[0], np[1]);
            Optional<ActorLookup.Match> m = actors.resolve(text, asOf);
            if (m.isEmpty() && person) {
                text = s.textOf(e.tokenStart(), e.tokenEnd());
                m = actors.resolve(text, asOf);
            }
            if (m.isPresent() && m.get().id().startsWith("person:") == wantPerson) {
                Actor found = new Actor(Role.ACTOR, m.get().name(), m.get().id(), List.of(text));
                // "Zelensky met Meloni and Pope Francis in Rome, then flew to Berlin, where he arrived": a subject
                // named before is whom "he" stands for, ahead of a person named later as an object.
                if (subject) {
                    return Optional.of(found);
                }
                named = named.isPresent() ? named : Optional.of(found);
            }
        }
        return named;
    }

    private static boolean isNoun(Sentence s, int i) {
        return s.tokens().get(i).pos().startsWith("NN");
    }

    /** "the landing ship Minsk", "the cruiser Moskva": a name with a kind of vessel before it names the vessel. */
    private boolean namesVessel(Sentence s, int head) {
        return Clause.compoundBefore(s, head, d -> lexicon.satisfies("vessel", s.tokens().get(d).lemma()));
    }

    private void addActor(Sentence s, int head, Role role, LocalDate asOf, List<Actor> found, List<Span> spans,
                          Map<String, String> countryOf) {
        Token h = s.tokens().get(head);
        if (h.pos().startsWith("W") && RELATIVE.contains(h.lemma().toLowerCase(Locale.ROOT))) {
            // "Biden, who announced a further $1.85 billion": the relative pronoun stands for the noun its clause
            // describes.
            Dependency clause = s.headOf(head);
            Dependency described = clause == null || clause.governor() < 0 ? null : s.headOf(clause.governor());
            // The parser may hang the relative clause loose ("dep") off the noun it describes.
            boolean relative = described != null && described.governor() >= 0
                    && (described.relation().startsWith("acl:relcl") || "dep".equals(described.relation())
                    && s.tokens().get(described.governor()).pos().startsWith("NN"));
            if (relative) {
                addActor(s, described.governor(), role, asOf, found, spans, countryOf);
            }
            return;
        }
        EntitySpan amount = s.entityAt(head);
        if (h.pos().startsWith("PRP") || h.isNumber() || lexicon.satisfies("currency", h.lemma())
                || amount != null && ("MONEY".equals(amount.ner()) || "PERCENT".equals(amount.ner()))) {
            return; // "500 million Canadian dollars" is an amount, not Canada
        }
        if (h.end() <= DateResolver.datelineEnd(s)) {
            // "JEDDAH, Saudi Arabia - Ukraine said": parsers take the dateline for the subject and hang the real one
            // off it; the dateline names where the story was filed, never who acted.
            for (Dependency d : Clause.dependents(s, head, Set.of("appos"))) {
                if (s.tokens().get(d.dependent()).end() > DateResolver.datelineEnd(s)) {
                    addActor(s, d.dependent(), role, asOf, found, spans, countryOf);
                }
            }
            return;
        }
        int[] np = Clause.nounPhrase(s, head);
        Optional<ActorLookup.Match> match = Optional.empty();
        int from = np[0];
        int to = np[1];
        String text = s.textOf(from, to);
        match = actors.resolve(text, asOf);
        // "strikes on Kharkiv and the capital Kyiv": a city named as one is the place, not its government; "the landing
        // ship Minsk" is a ship.
        boolean namedAsThing = namesVessel(s, head)
                || Clause.compoundBefore(s, head, d -> lexicon.isPlaceKind(s.tokens().get(d)));
        if (match.isEmpty() && !namedAsThing) {
            EntitySpan e = s.entityAt(head);
            if (e != null && !e.isTime()) {
                from = e.tokenStart();
                to = e.tokenEnd();
                text = e.text();
                match = actors.resolve(text, asOf);
            }
        }
        EntitySpan named = s.entityAt(head);
        if (match.isEmpty() && named != null && "PERSON".equals(named.ner()) && np[0] < named.tokenStart()) {
            // An unknown person with a known office: "North Korean Foreign Minister Choe" acts for North Korea.
            match = officeBefore(s, np[0], named, asOf);
            if (match.isPresent()) {
                from = np[0];
                to = named.tokenStart();
                text = s.textOf(from, to);
            }
        }
        if (match.isEmpty()) {
            // "her Russian counterpart, Sergei Lavrov": the person the apposition names, before his country.
            for (Dependency d : Clause.dependents(s, head, Set.of("appos"))) {
                // "the chair of the African Union, Senegal's President Macky Sall,": the name may hang below a title.
                int titled = d.dependent();
                for (Dependency below : Clause.dependents(s, d.dependent(), Set.of("dep", "flat", "compound"))) {
                    EntitySpan e = s.entityAt(below.dependent());
                    if (s.entityAt(titled) == null && e != null && "PERSON".equals(e.ner())) {
                        titled = below.dependent();
                    }
                }
                EntitySpan person = s.entityAt(titled);
                Optional<ActorLookup.Match> appos = person == null || !"PERSON".equals(person.ner())
                        ? Optional.empty()
                        : actors.resolve(person.text(), asOf).filter(a -> a.id().startsWith("person:"));
                if (appos.isPresent()) {
                    match = appos;
                    from = person.tokenStart();
                    to = person.tokenEnd();
                    text = person.text();
                    break;
                }
                int[] title = Clause.nounPhrase(s, d.dependent());
                if (person != null && "PERSON".equals(person.ner()) && title[0] < person.tokenStart()) {
                    // An unknown person with a known office ("Senegal's President Macky Sall") acts for his state.
                    Optional<ActorLookup.Match> office = officeBefore(s, title[0], person, asOf);
                    if (office.isPresent()) {
                        match = office;
                        from = title[0];
                        to = person.tokenEnd();
                        text = s.textOf(from, to);
                        break;
                    }
                }
            }
        }
        // "the Department of the Treasury": a name with its "of" phrase; "members of the State Duma", "officials of
        // the defence ministry": people who act for the body they belong to.
        // "the foreign ministry of the United Arab Emirates": a state's body, whose state the "of" phrase names.
        boolean member = lexicon.satisfies("member", h.lemma()) || "body".equals(lexicon.referent(h));
        // "delegations from Russia and Ukraine", "officials from the EU": people come from whom they act for.
        // "officials in the Biden administration": and serve in it, when nothing else names their side (not "Russian
        // troops in Belarus", nor troops anywhere: they are where they are sent; nor "18 leaders in London": a place
        // is where they are).
        boolean servesIn = member && !lexicon.satisfies("force", h.lemma())
                && Clause.dependents(s, head, Set.of("amod", "compound", "nmod:poss")).isEmpty();
        Set<String> belongs = servesIn && Clause.dependents(s, head, Set.of("nmod:in")).stream()
                .map(d -> s.entityAt(d.dependent())).noneMatch(e -> e != null && e.isPlaceLike())
                ? Set.of("nmod:of", "nmod:from", "nmod:in")
                : member ? Set.of("nmod:of", "nmod:from") : Set.of("nmod:of");
        int owner = -1;
        for (Dependency d : match.isEmpty() ? Clause.dependents(s, head, belongs) : List.<Dependency>of()) {
            int[] of = Clause.nounPhrase(s, d.dependent());
            Optional<ActorLookup.Match> whole = of[1] > head
                    ? actors.resolve(s.textOf(np[0], of[1]), asOf) : Optional.empty();
            if (whole.isEmpty() && member) {
                whole = actors.resolve(s.textOf(of[0], of[1]), asOf);
                // "the Ministry of Defence of the Russian Federation": the state may come one "of" further.
                for (Dependency further : whole.isEmpty() ? Clause.dependents(s, d.dependent(), Set.of("nmod:of"))
                        : List.<Dependency>of()) {
                    int[] state = Clause.nounPhrase(s, further.dependent());
                    // "leaders of the Group of Seven": the "of" phrase is a name with an "of" of its own.
                    int[] longName = {of[0], state[1]};
                    whole = actors.resolve(s.textOf(longName[0], longName[1]), asOf);
                    int[] resolved = whole.isPresent() ? longName : state;
                    whole = whole.or(() -> actors.resolve(s.textOf(state[0], state[1]), asOf));
                    of = whole.isPresent() ? resolved : of;
                    if (whole.isPresent()) {
                        break;
                    }
                }
            }
            if (whole.isPresent()) {
                match = whole;
                from = np[0];
                to = of[1];
                text = s.textOf(from, to);
                owner = member ? d.dependent() : -1;
                break;
            }
        }
        if (match.isEmpty()) {
            // "President of Ukraine Volodymyr Zelensky", "Prime Minister of Hungary Viktor Orban": a formal title
            // whose "of" phrase names a state, then its holder; the holder acts (not "the wife of Volodymyr
            // Zelensky", where no state stands between).
            for (Dependency d : Clause.dependents(s, head, Set.of("nmod:of"))) {
                EntitySpan person = s.entityAt(d.dependent());
                if (person != null && "PERSON".equals(person.ner()) && person.tokenStart() > head
                        && IntStream.range(head + 1, person.tokenStart()).mapToObj(s::entityAt)
                        .anyMatch(e -> e != null && (e.isPlaceLike() || "ORGANIZATION".equals(e.ner())))) {
                    match = actors.resolve(person.text(), asOf).filter(a -> a.id().startsWith("person:"))
                            .or(() -> actors.resolve(s.textOf(np[0], person.tokenStart()), asOf));
                    if (match.isPresent()) {
                        from = np[0];
                        to = person.tokenEnd();
                        text = s.textOf(from, to);
                        break;
                    }
                }
            }
        }
        int modifier = -1;
        if (match.isEmpty()) {
            // "Russian forces" failed as a whole? try the possessor or the adjective alone.
            for (Dependency d : Clause.dependents(s, head, Set.of("nmod:poss", "amod", "compound"))) {
                Token t = s.tokens().get(d.dependent());
                if (named != null && "PERSON".equals(named.ner()) && t.index() >= named.tokenStart()
                        && t.index() < named.tokenEnd()) {
                    continue; // "Pavel Orlov": a first name is no one's surname (not Czech President Petr Pavel)
                }
                // "North Korean soldiers": the adjective with its own modifiers names the country.
                int start = t.index();
                for (Dependency m : Clause.dependents(s, t.index(), Set.of("amod", "compound"))) {
                    start = Math.min(start, m.dependent());
                }
                for (int first : start < t.index() ? new int[] {start, t.index()} : new int[] {t.index()}) {
                    match = actors.resolve(s.textOf(first, t.index() + 1), asOf);
                    if (match.isPresent()) {
                        from = first;
                        to = t.index() + 1;
                        text = s.textOf(first, t.index() + 1);
                        modifier = t.index();
                        break;
                    }
                }
                if (match.isPresent()) {
                    break;
                }
            }
        }
        for (Dependency d : match.isEmpty() ? Clause.dependents(s, head, Set.of("nmod:poss")) : List.<Dependency>of()) {
            // "Ukraine's prosecutor general's office": the state a possessive further down.
            for (Dependency further : Clause.dependents(s, d.dependent(), Set.of("nmod:poss"))) {
                EntitySpan state = s.entityAt(further.dependent());
                match = state == null || !state.isPlaceLike() ? Optional.empty() : actors.resolve(state.text(), asOf);
                if (match.isPresent()) {
                    from = state.tokenStart();
                    to = state.tokenEnd();
                    text = state.text();
                    break;
                }
            }
            if (match.isPresent()) {
                break;
            }
        }
        if (match.isEmpty()) {
            match = context.meant(s.textOf(np[0], np[1])); // "the defence ministry said its forces ..."
        }
        for (Dependency d : match.isEmpty() ? Clause.dependents(s, head, Set.of("nmod:poss")) : List.<Dependency>of()) {
            // "dismissed the bloc's measures": a possessor the article named before.
            int[] possessor = Clause.nounPhrase(s, d.dependent());
            match = context.meant(s.textOf(possessor[0], d.dependent() + 1));
            if (match.isPresent()) {
                from = possessor[0];
                to = d.dependent() + 1;
                text = s.textOf(from, to);
                break;
            }
        }
        Dependency link = s.headOf(head);
        boolean metWith = link != null && ("obl:with".equals(link.relation()) || "nmod:with".equals(link.relation()));
        if (match.isEmpty() && (role == Role.ACTOR || metWith) && named != null && "PERSON".equals(named.ner())) {
            // "Deputy Prime Minister Iryna Vereshchuk accused ...", "held talks with President Kassym-Jomart Tokayev":
            // someone the tables do not know acts, or is talked with, as themselves. Not otherwise as a recipient:
            // who is freed or hit is coded by the state that stands behind them (and the tagger takes ships and towns
            // for people).
            match = context.person(s.tokens().subList(named.tokenStart(), named.tokenEnd()).stream().map(Token::word)
                    .toList());
            if (match.isPresent()) {
                from = named.tokenStart();
                to = named.tokenEnd();
                text = named.text();
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
        if (m.country() != null) {
            countryOf.put(m.id(), m.country());
        }
        spans.add(new Span(s.tokens().get(from).begin(), s.tokens().get(to - 1).end(), role.label()));
        // Conjoined participants: "Blinken and Lammy arrived", "Ukrainian and Russian negotiators".
        // "delegations from Russia and Ukraine": each state the members come from.
        int conjoined = modifier >= 0 ? modifier : owner;
        if (conjoined >= 0) {
            for (Dependency d : Clause.dependents(s, conjoined, Set.of("conj:and", "conj:*"))) {
                addActor(s, d.dependent(), role, asOf, found, spans, countryOf);
            }
        }
        for (Dependency d : Clause.dependents(s, head, Set.of("conj:and", "conj:*"))) {
            addActor(s, d.dependent(), role, asOf, found, spans, countryOf);
        }
    }

    /** The most specific place among the cue's dependents (and their possessors), else none. */
    private Location locate(Sentence s, EventType type, int cue, boolean passive, List<Span> spans,
                            Antecedents antecedents) {
        Location best = null;
        Span bestSpan = null;
        Set<String> relations = new HashSet<>(PLACE);
        if (type == EventType.RETREAT) {
            relations.addAll(Set.of("obl:from", "nmod:from", "obl:out_of")); // "withdrew from Avdiivka", "out of"
        }
        if (type == EventType.ASSAULT && Clause.dependents(s, cue, Set.of("obj")).stream().map(Dependency::dependent)
                .anyMatch(o -> lexicon.satisfies("force", s.tokens().get(o).lemma()) || lexicon.isTroops(s.tokens(), o))) {
            relations.addAll(Set.of("obl:from", "obl:out_of")); // "drove Russian troops out of Staromaiorske"
        }
        if (isNoun(s, cue) && lexicon.satisfies("holding", s.tokens().get(cue).lemma())) {
            relations.add("nsubj"); // "Staromaiorske was back under Ukrainian control"
        }
        if (isNoun(s, cue)) {
            relations.add("nmod:of"); // "the capture of Bakhmut"
        }
        if (passive) {
            relations.add("nsubj"); // "Kyiv hit by drones"
        }
        if (SPOKEN_OF.contains(type)) {
            // "a summit on peace in Ukraine", "talks over the future of Crimea": what is talked of, not where.
            relations.removeAll(Set.of("obl:on", "nmod:on", "obl:over", "nmod:over"));
        }
        List<Integer> candidates = new ArrayList<>();
        // "cities across Russia" names a country or region; "bridges across the Dnipro" a river, not the city.
        Set<Integer> wide = new HashSet<>();
        List<Dependency> attached = new ArrayList<>(Clause.dependents(s, cue, relations));
        if (type == EventType.RETREAT) {
            // "pulling its troops back from around Kyiv": the place can hang off the particle.
            for (Dependency particle : Clause.dependents(s, cue, Set.of("advmod", "compound:prt"))) {
                attached.addAll(Clause.dependents(s, particle.dependent(), Set.of("obl:from", "obl:out_of")));
            }
        }
        Dependency governor = s.headOf(cue);
        if (isNoun(s, cue) && governor != null && governor.governor() >= 0 && "nsubj".equals(governor.relation())) {
            // "Russian strikes continue in Kharkiv", "the attack took place in Kyiv": the verb says where; so does a
            // verb joined to it that shares its subject ("attacks killed seven and injured 23 across Ukraine").
            List<Integer> verbs = new ArrayList<>(List.of(governor.governor()));
            Clause.dependents(s, governor.governor(), Set.of("conj:and")).stream().map(Dependency::dependent)
                    .filter(v -> sharesSubject(s, governor.governor(), v)).forEach(verbs::add);
            for (int v : verbs) {
                attached.addAll(Clause.dependents(s, v, PLACE).stream()
                        .filter(d -> d.relation().startsWith("obl")).toList());
                if (type == EventType.ASSAULT) {
                    // "a Russian missile attack destroyed a school in Kharkiv": where what the attack hit stands is
                    // where it was (not whose it was: "the attacks weakened Ukraine's capacity").
                    for (Dependency hit : Clause.dependents(s, v, Set.of("obj"))) {
                        attached.addAll(Clause.dependents(s, hit.dependent(), STANDS_IN));
                    }
                }
            }
        }
        if (isNoun(s, cue) && governor != null && governor.governor() >= 0 && ("nsubj".equals(governor.relation())
                || "obl:for".equals(governor.relation())) && isPredicatePlace(s, governor.governor())) {
            // "North Korean soldiers are now in Russia's Kursk region": the predicate is the place; so it is of what
            // one is there for ("Zelensky was in Athens in August for a summit").
            attached.add(new Dependency(cue, governor.governor(), "obl:in"));
        }
        // "with one of the largest air attacks": the attack counted out of its kind stands where the count does.
        Dependency made = governor != null && governor.governor() >= 0 && "nmod:of".equals(governor.relation())
                && s.tokens().get(governor.governor()).isNumber() ? s.headOf(governor.governor()) : governor;
        if (type == EventType.ASSAULT && isNoun(s, cue) && made != null && made.governor() >= 0
                && "obl:with".equals(made.relation()) && s.tokens().get(made.governor()).pos().startsWith("VB")) {
            // "Russia hit Kyiv with one of the largest air attacks of the war": what the attack was made on.
            attached.addAll(Clause.dependents(s, made.governor(), Set.of("obj")));
        }
        if (type == EventType.CONSULT && isNoun(s, cue) && governor != null && governor.governor() >= 0
                && Set.of("obl:on", "obl:for", "obl:during").contains(governor.relation())
                && s.tokens().get(governor.governor()).pos().startsWith("VB")) {
            // "In Kyiv, the minister arrived on an unannounced visit", "came to Brussels for talks": where the one
            // on the visit went is the visit's place.
            attached.addAll(Clause.dependents(s, governor.governor(), Set.of("obl:in", "obl:at", "obl:to")));
        }
        if (isNoun(s, cue)) {
            // "talks between the two delegations in Jeddah": the parties' place is the talks'.
            for (Dependency between : Clause.dependents(s, cue, Set.of("nmod:between"))) {
                attached.addAll(Clause.dependents(s, between.dependent(), Set.of("nmod:in")));
            }
        }
        if (!isNoun(s, cue)) {
            // "a missile strike on a residential area of Kryvyi Rih killed 20": the subject says where.
            for (Dependency subject : Clause.dependents(s, cue, Set.of("nsubj"))) {
                attached.addAll(Clause.dependents(s, subject.dependent(), Set.of("nmod:on", "nmod:in", "nmod:at")));
            }
        }
        if (SPOKEN_OF.contains(type) && isNoun(s, cue)) {
            attached.removeIf(d -> topicsCountry(s, d));
        }
        if (type == EventType.ASSAULT) {
            // "hit a building used by Russian soldiers in the city of Melitopol": where what was hit is used, held
            // or kept is where it stands.
            for (Dependency hit : List.copyOf(attached)) {
                if ("obj".equals(hit.relation()) || "nsubj:pass".equals(hit.relation())) {
                    for (Dependency acl : Clause.dependents(s, hit.dependent(), Set.of("acl"))) {
                        attached.addAll(Clause.dependents(s, acl.dependent(), Set.of("obl:in", "obl:at", "obl:near")));
                    }
                }
            }
        }
        for (Dependency d : attached) {
            candidates.add(d.dependent());
            // "Ukraine's capital", "the town of Avdiivka", "the centre of the city of Sumy". Not who made a request
            // or a decision: "At Moscow's request, the Council met in New York".
            boolean deed = lexicon.cueAt(s.tokens(), d.dependent()).isPresent();
            // "destroyed 27 drones over the Kursk region": where weapons were brought down is where they flew.
            boolean weapon = lexicon.termAt(s.tokens(), d.dependent()).isPresent();
            for (Dependency p : Clause.dependents(s, d.dependent(), weapon ? WEAPON_PLACE : NESTED_PLACE)) {
                if ("nmod:poss".equals(p.relation()) && deed || SPOKEN_OF.contains(type) && topicsCountry(s, p)) {
                    continue;
                }
                candidates.add(p.dependent());
                if ("nmod:across".equals(p.relation())) {
                    wide.add(p.dependent());
                }
                // "the city of Dnipro"; "a block of flats in Kyiv's Solomianskyi district": the town a part or site
                // is of, not the owner of anything else ("the credibility of Russia's commitment").
                String part = s.tokens().get(p.dependent()).lemma();
                boolean ofTown = lexicon.satisfies("townpart", part) || lexicon.satisfies("townsite", part);
                for (Dependency q : Clause.dependents(s, p.dependent(), ofTown ? Set.of("nmod:of", "nmod:poss")
                        : Set.of("nmod:of"))) {
                    candidates.add(q.dependent());
                }
            }
        }
        Dependency up = s.headOf(cue);
        if (up != null && up.governor() >= 0 && up.relation().startsWith("acl:relcl")
                && !Clause.dependents(s, cue, Set.of("advmod")).stream()
                .filter(d -> "where".equalsIgnoreCase(s.tokens().get(d.dependent()).word())).toList().isEmpty()) {
            candidates.add(up.governor()); // "Warsaw, where he will meet Duda"
        }
        if (up != null && up.governor() >= 0 && up.relation().startsWith("obl")) {
            // "the border region, where Ukraine has held ground since its incursion": the clause's "where".
            Dependency clause = s.headOf(up.governor());
            if (clause != null && clause.governor() >= 0 && clause.relation().startsWith("acl:relcl")
                    && hasWhere(s, up.governor())) {
                candidates.add(clause.governor());
            }
        }
        for (int i = 0, n = candidates.size(); i < n; i++) {
            // "a dormitory in Ukraine's second city, Kharkiv", "hit the capital, Kyiv": the town a kind of place
            // stands for is named beside it.
            int c = candidates.get(i);
            if (lexicon.isPlaceKind(s.tokens().get(c))) {
                Clause.dependents(s, c, Set.of("appos")).forEach(a -> candidates.add(a.dependent()));
            }
        }
        int own = candidates.size();
        if (!isNoun(s, cue)) {
            // "killed seven and injured 23 across Ukraine": a place on a verb joined to the cue that shares its
            // subject, when the cue's own words name none.
            for (Dependency v : Clause.dependents(s, cue, Set.of("conj:and"))) {
                if (sharesSubject(s, cue, v.dependent())) {
                    Clause.dependents(s, v.dependent(), PLACE).stream().filter(d -> d.relation().startsWith("obl"))
                            .forEach(d -> candidates.add(d.dependent()));
                }
            }
        }
        for (int i = 0; i < candidates.size() && (i < own || best == null); i++) {
            int c = candidates.get(i);
            EntitySpan entity = s.entityAt(c);
            // A person or body is no place ("Kyiv Post"), but a region the tagger took for one is ("Sumy Oblast").
            if (entity != null && ("PERSON".equals(entity.ner()) && !toponyms.isPlace(entity)
                    || "ORGANIZATION".equals(entity.ner()))
                    && !REGION_WORDS.contains(Lexicon.key(s.tokens().get(c).lemma()))) {
                continue;
            }
            if (namesVessel(s, c)) {
                continue; // "destroyed the landing ship Novocherkassk": a ship named for a town is no place
            }
            Location listed = regionsListed(s, c);
            if (listed != null) {
                // "the Belgorod, Kursk and Bryansk regions": their country, never the town of the first name.
                if (best == null || rank(listed.precision()) < rank(best.precision())) {
                    best = listed;
                    bestSpan = new Span(s.tokens().get(Clause.nounPhrase(s, c)[0]).begin(), s.tokens().get(c).end(),
                            "place");
                }
                continue;
            }
            int[] np = Clause.nounPhrase(s, c);
            Optional<Location> loc = places.find(s.textOf(np[0], np[1]));
            int from = np[0];
            int to = np[1];
            int owner = possessiveEnd(s, np[0], c);
            if (loc.isEmpty() && owner >= 0) {
                // "Russia's Kursk region" is the Kursk region.
                loc = places.find(s.textOf(owner, np[1]));
                from = owner;
            }
            int name = firstName(s, np[0], c);
            if (loc.isEmpty() && name > np[0]) {
                // "the north-eastern Kharkiv region" is the Kharkiv region.
                loc = places.find(s.textOf(name, np[1]));
                from = name;
            }
            if (loc.isEmpty() && name >= np[0] && name < c && lexicon.satisfies("townsite", s.tokens().get(c).lemma())
                    && toponyms.isPlace(s.entityAt(name))) {
                // "the Saky military airfield", "the Ryazan oil refinery": the town a site is named after.
                int last = name;
                while (last + 1 < c && s.tokens().get(last + 1).isProperNoun()) {
                    last++;
                }
                loc = places.find(s.textOf(name, last + 1)).filter(l -> l.precision() == GeoPrecision.CITY);
                from = name;
            }
            if (loc.isEmpty() && name < 0) {
                // "the region around the capital", "the area around Kharkiv": that town's region.
                loc = Optional.ofNullable(regionAround(s, c, antecedents));
            }
            if (loc.isEmpty() && name < 0) {
                // "withdrew from the town", "hit the city again": the place the article just told of.
                loc = Optional.ofNullable(referredPlace(s, c, antecedents));
            }
            if (loc.isEmpty() && name < 0) {
                // "in the city centre", "on the city's edge", "the outskirts of the town": a part of that town.
                loc = Optional.ofNullable(townOfPart(s, c, antecedents));
            }
            if (loc.isEmpty()) {
                EntitySpan e = s.entityAt(c);
                if (!toponyms.isPlace(e)) {
                    continue;
                }
                loc = places.find(e.text());
                from = e.tokenStart();
                to = e.tokenEnd();
            }
            if (loc.isPresent() && type == EventType.RETREAT && loc.get().precision() == GeoPrecision.CITY
                    && Clause.dependents(s, c, Set.of("advmod", "case")).stream()
                    .anyMatch(d -> "around".equalsIgnoreCase(s.tokens().get(d.dependent()).word()))) {
                // "pulled its troops back from around Kyiv": from the region around the town.
                Location town = loc.get();
                loc = places.find(town.name() + " region").filter(r -> r.precision() == GeoPrecision.REGION
                        && r.country().equals(town.country())).or(() -> Optional.of(town));
            }
            if (loc.isPresent() && wide.contains(c) && rank(loc.get().precision()) < rank(GeoPrecision.REGION)) {
                continue;
            }
            if (loc.isPresent() && (best == null || rank(loc.get().precision()) < rank(best.precision()))) {
                best = loc.get();
                bestSpan = new Span(s.tokens().get(from).begin(), s.tokens().get(to - 1).end(), "place");
            }
        }
        if (bestSpan != null) {
            best = withinRegionNamed(s, best, bestSpan);
            Optional<Map.Entry<Location, Span>> town = townOfRegion(s, best, bestSpan);
            if (town.isEmpty()) {
                town = unlistedSettlement(s, best, bestSpan);
            }
            if (town.isPresent()) {
                best = town.get().getKey();
                bestSpan = town.get().getValue();
            }
            spans.add(bestSpan);
        }
        return best;
    }

    /** Characters before a region's name within which a town told as lying in it ends ("at Soltsy in the ..."). */
    private static final int TOWN_REACH = 50;

    /**
     * "struck a bomber at Soltsy in the Novgorod region", "the Unecha pumping station in Russia's Bryansk region": a
     * town named just before the region it lies in is where it happened, when the parse hangs only the region on
     * the cue.
     */
    private Optional<Map.Entry<Location, Span>> townOfRegion(Sentence s, Location region, Span regionSpan) {
        if (region.precision() != GeoPrecision.REGION) {
            return Optional.empty();
        }
        // Any run of proper nouns: the tagger often misses a small town's name ("the Unecha pumping station").
        for (int[] run : namesJustBefore(s, regionSpan)) {
            Optional<Location> town = places.find(s.textOf(run[0], run[1]), region).filter(t ->
                    t.precision() == GeoPrecision.CITY && t.country().equals(region.country())
                    && Objects.equals(t.admin1(), region.admin1()));
            if (town.isPresent()) {
                return Optional.of(Map.entry(town.get(), spanOf(s, run)));
            }
        }
        return Optional.empty();
    }

    /** Runs of proper nouns ([first, end) tokens) that end within {@link #TOWN_REACH} characters before the span. */
    private static List<int[]> namesJustBefore(Sentence s, Span regionSpan) {
        List<Token> tokens = s.tokens();
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).isProperNoun() || i > 0 && tokens.get(i - 1).isProperNoun()) {
                continue;
            }
            int end = i;
            while (end + 1 < tokens.size() && tokens.get(end + 1).isProperNoun()) {
                end++;
            }
            Token last = tokens.get(end);
            if (last.end() <= regionSpan.start() && regionSpan.start() - last.end() <= TOWN_REACH) {
                out.add(new int[] {i, end + 1});
            }
        }
        return out;
    }

    private static Span spanOf(Sentence s, int[] run) {
        return new Span(s.tokens().get(run[0]).begin(), s.tokens().get(run[1] - 1).end(), "place");
    }

    /**
     * "captured the village of Kolodiazi in the Donetsk region": a settlement too small for the gazetteer, named as
     * one just before the region it lies in, is where it happened. It keeps its name and takes the region's country,
     * division and coordinates, with the region's precision: the name is the text's, the point is not known.
     */
    private Optional<Map.Entry<Location, Span>> unlistedSettlement(Sentence s, Location region, Span regionSpan) {
        if (region.precision() != GeoPrecision.REGION) {
            return Optional.empty();
        }
        List<Token> tokens = s.tokens();
        for (int[] run : namesJustBefore(s, regionSpan)) {
            int i = run[0];
            if (i < 2 || !"of".equalsIgnoreCase(tokens.get(i - 1).word())
                    || !"city".equals(lexicon.referent(tokens.get(i - 2)))
                    || places.find(s.textOf(i, run[1])).isPresent()) {
                continue;
            }
            Location settlement = new Location(s.textOf(i, run[1]), region.country(), region.admin1(), region.lat(),
                    region.lon(), GeoPrecision.REGION);
            return Optional.of(Map.entry(settlement, spanOf(s, run)));
        }
        return Optional.empty();
    }

    /**
     * "the Kherson and Zaporizhzhia regions": for a plural region word, the one country all the regions named
     * before it lie in, as a place; null when it is no such list or the regions lie in different countries.
     */
    private Location regionsListed(Sentence s, int c) {
        Token t = s.tokens().get(c);
        if (!"NNS".equals(t.pos()) || !REGION_WORDS.contains(Lexicon.key(t.lemma()))) {
            return null;
        }
        Set<String> countries = new HashSet<>();
        for (int k = Clause.nounPhrase(s, c)[0]; k < c; k++) {
            if (s.tokens().get(k).isProperNoun() && (k + 1 == c || !s.tokens().get(k + 1).isProperNoun())) {
                int start = k;
                while (start > 0 && s.tokens().get(start - 1).isProperNoun()) {
                    start--;
                }
                Optional<Location> region = places.find(s.textOf(start, k + 1) + " " + t.word().replaceAll("s$", ""));
                if (region.isEmpty() || region.get().precision() != GeoPrecision.REGION) {
                    return null;
                }
                countries.add(region.get().country());
            }
        }
        return countries.size() == 1 ? places.country(countries.iterator().next()).orElse(null) : null;
    }

    /** Whether a verb joined to another has no subject but the other's (the parse copies a shared subject). */
    private static boolean sharesSubject(Sentence s, int verb, int joined) {
        Set<Integer> own = new HashSet<>();
        Clause.dependents(s, verb, Set.of("nsubj", "nsubj:pass")).forEach(d -> own.add(d.dependent()));
        return Clause.dependents(s, joined, Set.of("nsubj", "nsubj:pass")).stream()
                .allMatch(d -> own.contains(d.dependent()));
    }

    private static boolean hasWhere(Sentence s, int verb) {
        return Clause.dependents(s, verb, Set.of("advmod")).stream()
                .anyMatch(d -> "where".equalsIgnoreCase(s.tokens().get(d.dependent()).word()));
    }

    /**
     * "About 11,000 North Korean soldiers are now in Russia's Kursk region, ... troops sent by Pyongyang": where the
     * sentence says troops are, for a deployment that names no place of its own.
     */
    private Location whereTroopsAre(Sentence s, List<Span> spans, Antecedents antecedents) {
        for (Token t : s.tokens()) {
            Dependency up = s.headOf(t.index());
            if (isNoun(s, t.index()) && lexicon.satisfies("force", t.lemma()) && up != null && up.governor() >= 0
                    && "nsubj".equals(up.relation()) && isPredicatePlace(s, up.governor())) {
                Location place = locate(s, EventType.MOBILIZE, t.index(), false, spans, antecedents);
                if (place != null) {
                    return place;
                }
            }
        }
        return null;
    }

    /** "are now in Kursk": a noun predicate with a copula and "in", "at" or "near". */
    private static boolean isPredicatePlace(Sentence s, int predicate) {
        return isNoun(s, predicate) && !Clause.dependents(s, predicate, Set.of("cop")).isEmpty()
                && Clause.dependents(s, predicate, Set.of("case")).stream().anyMatch(d -> Set.of("in", "at", "near")
                .contains(s.tokens().get(d.dependent()).word().toLowerCase(Locale.ROOT)));
    }

    /**
     * Where an agreement was made, when the sentence says so: "In Warsaw, Zelensky and Tusk signed an agreement",
     * "signed a pact in Kyiv", "At the first round of talks in Istanbul, the two sides agreed". Only "in" and "at"
     * on the verb itself or on the talks: "agreed to deploy troops in Ukraine" names what was agreed, not where.
     */
    private Location agreedAt(Sentence s, int cue, List<Span> spans) {
        int verb = isNoun(s, cue) ? supportVerb(s, cue) : cue;
        if (verb < 0) {
            return null;
        }
        for (Dependency d : Clause.dependents(s, verb, Set.of("obl:in", "obl:at", "obl:during"))) {
            List<Integer> candidates = new ArrayList<>();
            if (!"obl:during".equals(d.relation())) {
                candidates.add(d.dependent());
            }
            List<Integer> talks = new ArrayList<>(List.of(d.dependent()));
            Clause.dependents(s, d.dependent(), Set.of("nmod:of")).forEach(o -> talks.add(o.dependent()));
            for (int t : talks) {
                if (lexicon.cueAt(s.tokens(), t).filter(c -> c.type() == EventType.CONSULT).isPresent()) {
                    Clause.dependents(s, t, Set.of("nmod:in", "nmod:at")).forEach(p -> candidates.add(p.dependent()));
                }
            }
            Location place = firstNamedPlace(s, candidates, spans);
            if (place != null) {
                return place;
            }
        }
        for (Dependency d : Clause.dependents(s, verb, Set.of("advcl", "advcl:*"))) {
            // "signed a defence pact when Putin visited Pyongyang": where the visit it was signed on went.
            int visit = d.dependent();
            boolean during = Clause.dependents(s, visit, Set.of("advmod", "mark")).stream()
                    .anyMatch(w -> WHILE.contains(s.tokens().get(w.dependent()).word().toLowerCase(Locale.ROOT)));
            if (during && lexicon.cueAt(s.tokens(), visit).filter(c -> "visit".equals(c.mode())).isPresent()) {
                List<Integer> candidates = new ArrayList<>();
                Clause.dependents(s, visit, Set.of("obj", "obl:to", "obl:in"))
                        .forEach(o -> candidates.add(o.dependent()));
                Location place = firstNamedPlace(s, candidates, spans);
                if (place != null) {
                    return place;
                }
            }
        }
        return null;
    }

    /**
     * "Ukrainian and Russian delegations met ... Putin did not attend those talks": someone of one side at the two
     * sides' talks meets the other side.
     */
    private static void addOtherParty(List<Actor> found, Map<String, String> countryOf, Antecedents antecedents) {
        List<Actor> parties = antecedents.parties();
        if (!noRecipient(found) || parties.size() != 2
                || !antecedents.meeting().participants().containsAll(parties.stream().map(Actor::id).toList())) {
            return;
        }
        Set<String> sides = new HashSet<>();
        for (Actor a : found) {
            sides.add(a.id());
            sides.add(countryOf.getOrDefault(a.id(), a.id()));
        }
        List<Actor> others = parties.stream().filter(p -> !sides.contains(p.id())).toList();
        if (others.size() == 1) {
            Actor other = others.get(0);
            found.add(new Actor(Role.RECIPIENT, other.name(), other.id(), other.aliases()));
        }
    }

    private static final Set<String> DEFINITE = Set.of("the", "those", "these", "that", "this");
    /** Connectives that put two clauses at one time: "signed a pact when Putin visited Pyongyang". */
    private static final Set<String> WHILE = Set.of("when", "while", "as", "during");

    /**
     * "did not attend those talks", "the meeting lasted an hour": talks or a meeting named with a definite article
     * and no place, date or party of their own are the meeting the article just told of.
     */
    private boolean refersToMeeting(Sentence s, int cue) {
        List<Integer> nodes = new ArrayList<>(List.of(cue));
        Clause.dependents(s, cue, Set.of("obj", "nsubj")).forEach(d -> nodes.add(d.dependent()));
        for (int n : nodes) {
            boolean meeting = isNoun(s, n) && lexicon.cueAt(s.tokens(), n)
                    .filter(c -> c.type() == EventType.CONSULT).isPresent();
            boolean definite = Clause.dependents(s, n, Set.of("det")).stream()
                    .anyMatch(d -> DEFINITE.contains(s.tokens().get(d.dependent()).word().toLowerCase(Locale.ROOT)));
            if (meeting && definite && Clause.dependents(s, n, Set.of("nmod:*", "amod", "compound", "acl",
                    "acl:relcl")).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** The first of these tokens that stands in a named place the gazetteer knows, else null. */
    private Location firstNamedPlace(Sentence s, List<Integer> candidates, List<Span> spans) {
        for (int c : candidates) {
            EntitySpan e = s.entityAt(c);
            if (!toponyms.isPlace(e)) {
                continue;
            }
            Optional<Location> place = places.find(e.text());
            if (place.isPresent()) {
                spans.add(new Span(e.begin(), e.end(), "place"));
                return place.get();
            }
        }
        return null;
    }

    /** A place a name stands for, and the tokens that name it. */
    private record Named(Location place, int tokenStart, int tokenEnd) {
    }

    /** Capitalised words the tagger may leave out of a town's name: "Rih" of "Kryvyi Rih". */
    private static final int NAME_TAIL = 2;

    /**
     * The place a name the tagger found stands for: with its region word ("the Donetsk region"), with the capitalised
     * words right after it that the tagger left out ("Kryvyi" + "Rih"), else as tagged. Empty when the gazetteer
     * knows none of these.
     */
    private Optional<Named> named(Sentence s, EntitySpan e) {
        List<Token> tokens = s.tokens();
        int end = e.tokenEnd();
        if (end < tokens.size() && REGION_WORDS.contains(Lexicon.key(tokens.get(end).lemma()))) {
            Optional<Location> region = places.find(s.textOf(e.tokenStart(), end + 1));
            if (region.isPresent()) {
                return Optional.of(new Named(region.get(), e.tokenStart(), end + 1));
            }
        }
        int tail = end;
        while (tail < tokens.size() && tail - end < NAME_TAIL && "NNP".equals(tokens.get(tail).pos())
                && s.entityAt(tail) == null && Character.isUpperCase(tokens.get(tail).word().charAt(0))) {
            tail++;
        }
        for (int k = tail; k > end; k--) {
            Optional<Location> longer = places.find(s.textOf(e.tokenStart(), k));
            if (longer.isPresent()) {
                return Optional.of(new Named(longer.get(), e.tokenStart(), k));
            }
        }
        return places.find(e.text()).map(l -> new Named(l, e.tokenStart(), end));
    }

    /** Words after a place name that make it a region: "the Donetsk region", "Kharkiv Oblast". */
    private static final Set<String> REGION_WORDS = Set.of("region", "oblast", "province", "krai", "republic");

    /**
     * "captured Novoselivka in the Donetsk region": a town name many places share is the one inside the region the
     * sentence names, when there is one there.
     */
    private Location withinRegionNamed(Sentence s, Location town, Span townSpan) {
        if (town.precision() != GeoPrecision.CITY && town.precision() != GeoPrecision.POINT) {
            return town;
        }
        List<Token> tokens = s.tokens();
        for (EntitySpan e : s.entities()) {
            if (!toponyms.isPlace(e) || e.begin() >= townSpan.start() && e.end() <= townSpan.end()
                    || e.tokenEnd() >= tokens.size()
                    || !REGION_WORDS.contains(Lexicon.key(tokens.get(e.tokenEnd()).lemma()))) {
                continue;
            }
            Optional<Location> region = places.find(s.textOf(e.tokenStart(), e.tokenEnd() + 1));
            if (region.isEmpty() || region.get().precision() != GeoPrecision.REGION
                    || region.get().country().equals(town.country())
                    && Objects.equals(region.get().admin1(), town.admin1())) {
                continue;
            }
            String name = s.text().substring(townSpan.start() - s.begin(), townSpan.end() - s.begin());
            Optional<Location> inside = places.find(name, region.get());
            if (inside.isPresent() && Objects.equals(inside.get().admin1(), region.get().admin1())) {
                return inside.get();
            }
        }
        return town;
    }

    /**
     * "the region around the capital", "the area around Kharkiv": the region named after the town that the region or
     * area at token {@code c} lies around, or null.
     */
    private Location regionAround(Sentence s, int c, Antecedents antecedents) {
        String word = Lexicon.key(s.tokens().get(c).lemma());
        if (!REGION_WORDS.contains(word) && !"region".equals(lexicon.referent(s.tokens().get(c)))) {
            return null;
        }
        for (Dependency d : Clause.dependents(s, c, Set.of("nmod:around"))) {
            int town = d.dependent();
            int[] np = Clause.nounPhrase(s, town);
            Location centre = firstName(s, np[0], town) >= 0 ? places.find(s.textOf(np[0], np[1])).orElse(null)
                    : referredPlace(s, town, antecedents);
            if (centre == null || centre.precision() != GeoPrecision.CITY) {
                continue;
            }
            Optional<Location> region = places.find(centre.name() + " region");
            if (region.isPresent() && region.get().precision() == GeoPrecision.REGION
                    && region.get().country().equals(centre.country())) {
                return region.get();
            }
        }
        return null;
    }

    /** The earlier place a bare "the town" or "the region" at token {@code c} stands for, or null. */
    private Location referredPlace(Sentence s, int c, Antecedents antecedents) {
        String kind = lexicon.referent(s.tokens().get(c));
        boolean capitalCity = Clause.dependents(s, c, Set.of("compound", "amod")).stream()
                .anyMatch(d -> "capital".equals(lexicon.referent(s.tokens().get(d.dependent()))));
        if (capitalCity) {
            kind = "capital"; // "the capital city"
        }
        Location earlier = antecedents.place();
        if (kind == null || "body".equals(kind) || !hasThe(s, c)
                || !Clause.dependents(s, c, Set.of("nmod:of", "appos", "flat")).isEmpty()) {
            // "the village of Novoselivka" names its village; only a bare "the village" points back.
            return null;
        }
        if ("capital".equals(kind)) {
            return capitalMeant(s, earlier, antecedents.filedIn());
        }
        Location named = namedBefore(s, c, kind);
        if (named != null) {
            // "Kherson was returning to Ukrainian control and troops were entering the city": the town this
            // sentence just named comes before the place of an earlier event.
            return named;
        }
        return earlier != null && fits(kind, earlier) ? earlier : null;
    }

    /** The town a part of which ("centre", "outskirts", requirements.tsv townpart) the noun at {@code c} names. */
    private Location townOfPart(Sentence s, int c, Antecedents antecedents) {
        if (!lexicon.satisfies("townpart", s.tokens().get(c).lemma())) {
            return null;
        }
        for (Dependency d : Clause.dependents(s, c, Set.of("compound", "nmod:poss", "nmod:of"))) {
            int town = d.dependent();
            if (!"city".equals(lexicon.referent(s.tokens().get(town)))) {
                continue;
            }
            if (!"compound".equals(d.relation())) {
                return referredPlace(s, town, antecedents); // "the city's edge", "the outskirts of the town"
            }
            if (hasThe(s, c)) { // "the city centre"
                Location named = namedBefore(s, town, "city");
                Location earlier = antecedents.place();
                return named != null ? named : earlier != null && fits("city", earlier) ? earlier : null;
            }
        }
        return null;
    }

    private static boolean fits(String kind, Location place) {
        return "city".equals(kind) && rank(place.precision()) <= rank(GeoPrecision.CITY)
                || "site".equals(kind) && place.precision() == GeoPrecision.POINT
                || "region".equals(kind) && place.precision() == GeoPrecision.REGION;
    }

    /**
     * The nearest place of the kind a bare "the city" or "the region" at token {@code c} asks for that the sentence
     * names before it, outside its dateline (a region with its word: "the Kursk region"), or null.
     */
    private Location namedBefore(Sentence s, int c, String kind) {
        int dateline = DateResolver.datelineEnd(s);
        List<Token> tokens = s.tokens();
        Location nearest = null;
        int k = 0;
        while (k < c) {
            // A place the tagger saw, or a run of proper nouns it left untagged ("Kyiv observed a day of mourning").
            EntitySpan e = s.entityAt(k);
            int end = e != null ? e.tokenEnd() : k + 1;
            boolean candidate = e != null ? toponyms.isPlace(e) : tokens.get(k).isProperNoun();
            if (e == null) {
                while (candidate && end < c && s.entityAt(end) == null && tokens.get(end).isProperNoun()) {
                    end++;
                }
                candidate &= end - k <= 2; // a town's name, not a title or a body ("Defence Ministry Press Office")
            }
            if (candidate && end <= c && tokens.get(k).begin() >= dateline) {
                boolean regionWord = end < c && REGION_WORDS.contains(Lexicon.key(tokens.get(end).lemma()));
                Optional<Location> place = places.find(s.textOf(k, regionWord ? end + 1 : end));
                if (place.isPresent() && fits(kind, place.get())) {
                    nearest = place.get();
                }
            }
            k = Math.max(end, k + 1);
        }
        return nearest;
    }

    /**
     * The capital a bare "the capital" means: the dateline's town when it is a capital ("KYIV (Reuters) - ... struck
     * the capital overnight"), else that of the country the article's latest place lies in; else none.
     */
    private Location capitalMeant(Sentence s, Location earlier, String filedIn) {
        String town = DateResolver.datelinePlace(s);
        Optional<Location> dateline = Optional.ofNullable(town != null ? town : filedIn).flatMap(places::find)
                .filter(t -> t.country() != null && places.capitalOf(t.country()).filter(t::equals).isPresent());
        if (dateline.isPresent()) {
            return dateline.get();
        }
        if (earlier != null && earlier.country() != null) {
            return places.capitalOf(earlier.country()).orElse(null);
        }
        return null;
    }

    private static boolean hasThe(Sentence s, int noun) {
        return Clause.dependents(s, noun, Set.of("det")).stream()
                .anyMatch(d -> "the".equalsIgnoreCase(s.tokens().get(d.dependent()).word()));
    }

    /**
     * "the two sides agreed", "talks between the two delegations", "both countries": the two parties of the
     * article's latest event between two, the first acting and the other its counterpart. False when the phrase
     * at {@code head} is no such reference or nothing earlier had two parties.
     */
    private boolean addParties(Sentence s, int head, Antecedents antecedents, List<Actor> found) {
        Token t = s.tokens().get(head);
        String referent = lexicon.referent(t);
        // "the two sides" are the latest two parties; "the two presidents", the two people the latest sentence
        // naming people named ("Putin met Kim in Pyongyang. The two men signed a treaty").
        List<Actor> two = "pair".equals(referent) ? antecedents.named()
                : "parties".equals(referent) ? antecedents.parties() : List.of();
        if (two.size() != 2) {
            return false;
        }
        boolean counted = Clause.dependents(s, head, Set.of("nummod", "det", "det:predet", "amod")).stream()
                .map(d -> s.tokens().get(d.dependent()).word().toLowerCase(Locale.ROOT))
                .anyMatch(w -> w.equals("two") || w.equals("both") || w.equals("each"));
        // "the two presidents met", "both leaders signed"; "the men were detained" may be anyone.
        if (!counted && !("NNS".equals(t.pos()) && hasThe(s, head) && "parties".equals(referent))) {
            return false;
        }
        Actor first = two.get(0);
        Actor second = two.get(1);
        found.add(new Actor(Role.ACTOR, first.name(), first.id(), first.aliases()));
        found.add(new Actor(Role.RECIPIENT, second.name(), second.id(), second.aliases()));
        return true;
    }

    private void addPartiesAsRecipients(Sentence s, int head, Antecedents antecedents, List<Actor> found) {
        List<Actor> both = new ArrayList<>();
        // "killing two men" are not the two people just named: only parties are pressed as one.
        if (!"pair".equals(lexicon.referent(s.tokens().get(head))) && addParties(s, head, antecedents, both)) {
            for (Actor a : both) {
                if (found.stream().noneMatch(f -> f.id().equals(a.id()))) {
                    found.add(new Actor(Role.RECIPIENT, a.name(), a.id(), a.aliases()));
                }
            }
        }
    }

    /** The first proper noun in [from, head], or -1: where a name starts after determiners and adjectives. */
    private static int firstName(Sentence s, int from, int head) {
        for (int k = from; k <= head; k++) {
            if (s.tokens().get(k).isProperNoun()) {
                return k;
            }
        }
        return -1;
    }

    /** The token after the possessive "'s" inside [from, head), or -1. */
    private static int possessiveEnd(Sentence s, int from, int head) {
        for (int k = head - 1; k >= from; k--) {
            if ("POS".equals(s.tokens().get(k).pos())) {
                return k + 1;
            }
        }
        return -1;
    }

    /**
     * When the parse attaches no place to the cue (parsers often hang "from the town of X" on the wrong verb): a
     * place named by a preposition in the words right after the cue, before the clause ends.
     */
    private Location placeInPhrase(Sentence s, EventType type, int cue, List<Span> spans) {
        List<Token> tokens = s.tokens();
        Set<String> prepositions = type == EventType.RETREAT ? Set.of("in", "at", "near", "from", "of", "around")
                : Set.of("in", "at", "on", "near", "over", "of", "into");
        boolean topic = false; // "hosted talks on the war in Ukraine": a country after a talk's topic is the topic's
        for (int j = cue + 1; j < Math.min(tokens.size(), cue + 10); j++) {
            Token t = tokens.get(j);
            if (Clause.isPunct(t) || "CC".equals(t.pos()) || t.pos().startsWith("VB") || "WDT".equals(t.pos())) {
                return null;
            }
            topic |= SPOKEN_OF.contains(type) && "IN".equals(t.pos())
                    && Set.of("on", "about", "over").contains(Lexicon.key(t.word()));
            EntitySpan e = s.entityAt(j);
            if (topic && e != null && places.find(e.text()).filter(p -> p.precision() == GeoPrecision.COUNTRY)
                    .isPresent()) {
                continue;
            }
            if (!toponyms.isPlace(e) || e.tokenStart() != j || j == 0
                    || !prepositions.contains(Lexicon.key(tokens.get(j - 1).word()))) {
                continue;
            }
            // The longest name that resolves: "Russia's Kursk region" is the Kursk region, not Russia.
            boolean owner = e.tokenEnd() < tokens.size() && "POS".equals(tokens.get(e.tokenEnd()).pos());
            int start = owner ? e.tokenEnd() + 1 : j;
            // Never shorter than the tagger's name: "Borgo Egnazia" is no "Borgo" (an old name of Porvoo).
            int shortest = owner ? start + 1 : e.tokenEnd();
            for (int end = Math.min(tokens.size(), e.tokenEnd() + 4); end >= shortest; end--) {
                Optional<Location> loc = places.find(s.textOf(start, end));
                if (loc.isPresent()) {
                    spans.add(new Span(tokens.get(start).begin(), tokens.get(end - 1).end(), "place"));
                    return loc.get();
                }
            }
            Optional<Location> loc = places.find(e.text());
            if (loc.isPresent()) {
                spans.add(new Span(e.begin(), e.end(), "place"));
                return loc.get();
            }
        }
        return null;
    }

    /**
     * "opened fire on a queue of people waiting for bread in the northern city of Chernihiv": the one town the cue's
     * own clause names, however deep the parse hangs it; none when it names two or more, or only a country.
     */
    private Location onlyPlaceBelow(Sentence s, int cue, List<Span> spans) {
        Location only = null;
        Named named = null;
        for (EntitySpan e : s.entities()) {
            Dependency role = s.headOf(e.tokenEnd() - 1);
            if (!toponyms.isPlace(e) || e.end() <= DateResolver.datelineEnd(s)
                    || !Clause.embeds(s, cue, e.tokenEnd() - 1)
                    || role != null && role.relation().startsWith("nsubj") && role.governor() >= 0
                    && "report".equals(lexicon.modifier(s.tokens().get(role.governor())))) {
                continue; // "Moscow said at the time ...": a capital that speaks is its government, not a place
            }
            Optional<Named> loc = named(s, e);
            if (loc.isEmpty()) {
                continue;
            }
            if (only != null && !only.name().equals(loc.get().place().name())) {
                return null;
            }
            only = loc.get().place();
            named = loc.get();
        }
        if (only == null || only.precision() == GeoPrecision.COUNTRY) {
            return null;
        }
        spans.add(span(s, named));
        return only;
    }

    /**
     * The one place the sentence sets its event in, however far up the parse hangs it. What is done on the ground
     * happens where its clause says ("Russian forces pressed on around Avdiivka", "drones were downed over the Moscow
     * region"), but not where a verb of saying it was said ("said in Brussels that Russia struck Kharkiv"). What is
     * said or agreed happens at the meeting it was said at ("Speaking at the General Assembly in New York, Biden
     * accused ...", "At their summit in Apulia, G7 leaders agreed ..."), never at a country or a target it names
     * ("urged allies to put pressure on Moscow"). Not the place of another attack ("a week after the strike in Kyiv"),
     * of a clause set at another time ("since", "after"), or of a clause describing something else ("the city,
     * where ..."). Two such places say no one place.
     */
    private Location placeOfTheClause(Sentence s, EventType type, int cue, List<Span> spans) {
        Set<Integer> clause = new HashSet<>(List.of(cue));
        boolean ground = HAPPEN_ON_THE_GROUND.contains(type) || type == EventType.MOBILIZE;
        for (int t = cue, steps = 0; steps < MAX_CLAUSE_STEPS; steps++) {
            Dependency up = s.headOf(t);
            if (up != null && up.governor() >= 0 && ground && steps == 0 && isNoun(s, up.governor())
                    && ("amod".equals(up.relation()) || "compound".equals(up.relation()))) {
                clause.add(up.governor()); // "offensive operations around Avdiivka"
            }
            // "is due in Kyiv on Friday to meet Zelensky": where one is expected is where one will meet.
            boolean expected = up != null && up.governor() >= 0 && "advcl:to".equals(up.relation())
                    && DateResolver.expects(s.tokens().get(up.governor()));
            if (up == null || up.governor() < 0 || !(up.relation().startsWith("xcomp") || expected
                    || up.relation().startsWith("conj") || !ground && up.relation().startsWith("ccomp"))) {
                break;
            }
            if (up.relation().startsWith("conj") && !sharesSubject(s, up.governor(), t)) {
                break; // "Trump shelved a summit in Budapest, and the Treasury imposed sanctions": another's place
            }
            t = up.governor();
            clause.add(t);
        }
        Location only = null;
        Named named = null;
        for (EntitySpan e : s.entities()) {
            if (!toponyms.isPlace(e) || e.end() <= DateResolver.datelineEnd(s)) {
                continue;
            }
            Optional<Named> loc = named(s, e);
            boolean region = e.tokenEnd() < s.tokens().size()
                    && REGION_WORDS.contains(Lexicon.key(s.tokens().get(e.tokenEnd()).lemma()));
            // The phrase hangs by its last word: the region word, or the word the tagger left out.
            int head = loc.filter(n -> n.tokenEnd() > e.tokenEnd()).map(n -> n.tokenEnd() - 1)
                    .orElse(region ? e.tokenEnd() : e.tokenEnd() - 1);
            Dependency at = s.headOf(head);
            boolean awaited = at != null && at.governor() >= 0 && clause.contains(at.governor())
                    && DateResolver.expects(s.tokens().get(at.governor()));
            if (at == null || at.governor() < 0 || !isWhere(at.relation(), ground)
                    || !(ground || awaited ? clause.contains(at.governor()) : setsIn(s, at.governor(), clause))) {
                continue;
            }
            if (loc.isEmpty() || !ground && loc.get().place().precision() == GeoPrecision.COUNTRY) {
                continue;
            }
            if (only != null && !only.name().equals(loc.get().place().name())) {
                return null;
            }
            only = loc.get().place();
            named = loc.get();
        }
        if (only == null) {
            return null;
        }
        spans.add(span(s, named));
        return only;
    }

    private static Span span(Sentence s, Named n) {
        return new Span(s.tokens().get(n.tokenStart()).begin(), s.tokens().get(n.tokenEnd() - 1).end(), "place");
    }

    /** Steps up the parse from a cue to the verbs it is part of, and from a place phrase to them. */
    private static final int MAX_CLAUSE_STEPS = 4;
    /** Prepositions that set what is done on the ground in a place, as relation suffixes. */
    private static final Set<String> ON_THE_GROUND = Set.of("in", "at", "near", "outside", "around", "over");
    /** Prepositions that set a meeting in a place. */
    private static final Set<String> AT_A_MEETING = Set.of("in", "at");
    /** Clauses set at another time than the event. */
    private static final Set<String> ANOTHER_TIME = Set.of("after", "before", "since", "following", "until", "ago");

    private static boolean isWhere(String relation, boolean ground) {
        int colon = relation.indexOf(':');
        return colon > 0 && (relation.startsWith("obl") || relation.startsWith("nmod"))
                && (ground ? ON_THE_GROUND : AT_A_MEETING).contains(relation.substring(colon + 1));
    }

    /**
     * True if a place phrase hanging off {@code from} reaches the event's clause through a meeting, by a few steps up
     * the parse that stay in the clause: "Speaking at the General Assembly in New York, Biden accused ...", not "the
     * same day Witkoff met Putin in Moscow" (a meeting with a subject of its own), nor "launched from bombers over the
     * Caspian Sea" (where from).
     */
    private boolean setsIn(Sentence s, int from, Set<Integer> clause) {
        int t = from;
        boolean meeting = false;
        for (int steps = 0; steps < MAX_CLAUSE_STEPS; steps++) {
            if (clause.contains(t)) {
                return meeting;
            }
            Optional<Lexicon.Cue> cue = lexicon.cueAt(s.tokens(), t);
            List<Dependency> subjects = Clause.dependents(s, t, Set.of("nsubj", "nsubj:pass"));
            boolean attack = cue.filter(c -> c.type() == EventType.ASSAULT).isPresent();
            if (steps == 0 && !attack
                    && (!subjects.isEmpty() && subjects.stream().allMatch(d -> clause.contains(d.dependent()))
                    || Clause.dependents(s, t, Set.of("obl:for")).stream()
                    .anyMatch(d -> clause.contains(d.dependent())))) {
                // "the NATO summit that opens in Madrid", "talks were held in Jeddah": the verb the meeting is the
                // subject of; "leaders gather in Brussels for a summit": the verb whose purpose the meeting is.
                return true;
            }
            if (attack || !subjects.isEmpty()) {
                return false; // "after the strike on Kyiv", "when Putin met Xi in Moscow": another event's place
            }
            meeting |= cue.filter(c -> c.type() == EventType.CONSULT).isPresent();
            Dependency up = s.headOf(t);
            if (up == null || up.governor() < 0 || !stays(s, t, up)) {
                return false;
            }
            // "signed a 10-year agreement in Kyiv": where a pact was signed is where the signing was.
            meeting |= steps == 0 && "obj".equals(up.relation())
                    && lexicon.satisfies("accord", s.tokens().get(t).lemma());
            t = up.governor();
        }
        return false;
    }

    /** True if the parse's step up from {@code t} stays in one clause, at one time, in one place. */
    private static boolean stays(Sentence s, int t, Dependency up) {
        String relation = up.relation();
        String word = relation.contains(":") ? relation.substring(relation.indexOf(':') + 1) : "";
        return !(relation.startsWith("acl:relcl") || relation.startsWith("ccomp") || relation.startsWith("conj")
                || relation.startsWith("parataxis") || ANOTHER_TIME.contains(word) || "from".equals(word)
                || Clause.dependents(s, t, Set.of("mark", "case")).stream().anyMatch(d ->
                ANOTHER_TIME.contains(s.tokens().get(d.dependent()).word().toLowerCase(Locale.ROOT))));
    }

    private Location firstPlace(Sentence s, List<Span> spans) {
        for (EntitySpan e : s.entities()) {
            if (!toponyms.isPlace(e) || e.tokenStart() == 0) {
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
