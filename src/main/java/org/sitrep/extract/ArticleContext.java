package org.sitrep.extract;

import org.sitrep.model.Actor;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What names in a sentence stand for, given what the article said before them.
 *
 * <p>A state body named without its state ("the defence ministry", "the military said") is the state whose body of
 * that kind the article last named ("Russia's defence ministry ... the ministry said"), else the side of the war the
 * story is filed from ("MOSCOW (Agency) - the defence ministry said"). "The enemy" and "the occupiers" are the other
 * side from whoever speaks. A person the actor tables do not know acts as themselves, under an id made from their
 * name ("Iryna Vereshchuk" is person:iryna-vereshchuk), and their surname alone stands for them after that.
 */
final class ArticleContext {

    static final ArticleContext NONE = new ArticleContext(null, Map.of(), null, null, Map.of(), null);

    /** Referent kind (lexicon/referents.tsv) of "the enemy", "the occupiers": the other side from the one speaking. */
    private static final String ENEMY = "enemy";
    /** Referent kinds of "the ministry" (a state's body) and "the Council" (a body of states). */
    static final String BODY = "body";
    static final String FORUM = "forum";
    private static final Pattern NOT_LETTERS = Pattern.compile("[^a-z0-9]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private final Lexicon lexicon;
    private final Map<String, ActorLookup.Match> named;
    private final ActorLookup.Match home;
    private final ActorLookup.Match enemy;
    private final Map<String, ActorLookup.Match> people;
    private final Actor us;

    /**
     * @param named  the state each kind of body ("ministry", "military") the article last named belonged to
     * @param home   the state at war the story is filed from, or null
     * @param enemy  the other side of the war from whoever speaks ("the enemy struck", the Russian ministry said), or
     *               null
     * @param people by lower-case surname, the people the article named in full whom the actor tables do not know
     * @param us     who "we" and "our" stand for: the one quoted, else the voice of a statement, or null
     */
    ArticleContext(Lexicon lexicon, Map<String, ActorLookup.Match> named, ActorLookup.Match home,
                   ActorLookup.Match enemy, Map<String, ActorLookup.Match> people, Actor us) {
        this.lexicon = lexicon;
        this.named = Map.copyOf(named);
        this.home = home;
        this.enemy = enemy;
        this.people = Map.copyOf(people);
        this.us = us;
    }

    /** The same, with "the enemy" standing for {@code side}. */
    ArticleContext withEnemy(ActorLookup.Match side) {
        return new ArticleContext(lexicon, named, home, side, people, us);
    }

    /** Who "we" stands for in this sentence, or null when no one can be told. */
    Actor us() {
        return us;
    }

    /**
     * A person by name, when the actor tables do not know them: the full name ("John Kirby") as a person of their own,
     * a surname ("Kirby") as the person of that surname the article named in full before; else empty.
     */
    Optional<ActorLookup.Match> person(List<String> words) {
        // "Kassym - Jomart Tokayev": the tokenizer splits a hyphenated name.
        if (words.isEmpty() || words.stream().anyMatch(w -> w.isEmpty()
                || !Character.isUpperCase(w.charAt(0)) && !"-".equals(w))) {
            return Optional.empty();
        }
        if (words.size() == 1) {
            return Optional.ofNullable(people.get(words.get(0).toLowerCase(Locale.ROOT)));
        }
        return Optional.of(unknownPerson(String.join(" ", words).replace(" - ", "-")));
    }

    /** A person the actor tables do not know, under the id "person:" and their name in lower-case ASCII. */
    static ActorLookup.Match unknownPerson(String name) {
        String ascii = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        String slug = NOT_LETTERS.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-").replaceAll("^-|-$", "");
        return new ActorLookup.Match("person:" + slug, name, "person", null);
    }

    /** The state a phrase such as "the defence ministry" or "the enemy" stands for here; empty for any other. */
    Optional<ActorLookup.Match> meant(String phrase) {
        if (lexicon == null) {
            return Optional.empty();
        }
        String body = bodyKind(phrase);
        if (ENEMY.equals(body)) {
            return Optional.ofNullable(enemy);
        }
        if (body == null) {
            return Optional.empty();
        }
        // A council is the one the article named ("the Council of the EU ... the Council adopted"), never guessed.
        boolean forum = FORUM.equals(lexicon.referent(body));
        return Optional.ofNullable(forum ? named.get(body) : named.getOrDefault(body, home));
    }

    /**
     * The kind of body ("ministry") a phrase names with "the" and nothing to say whose ("the defence ministry", "the
     * Ministry of Defence"), or null. A word with a hyphen says whose ("the Russian-installed administration").
     */
    String bodyKind(String phrase) {
        String[] words = phrase.trim().split("\\s+");
        int end = words.length;
        for (int i = 2; i < words.length; i++) {
            if ("of".equalsIgnoreCase(words[i])) {
                end = i; // "the Ministry of Defence": the body is the word before "of"
                break;
            }
        }
        if (end < 2 || !"the".equalsIgnoreCase(words[0])) {
            return null;
        }
        for (int i = 1; i < words.length; i++) {
            if (words[i].contains("-")) {
                return null;
            }
        }
        String head = Lexicon.key(words[end - 1]);
        String kind = lexicon.referent(head);
        if (kind == null && head.endsWith("s")) {
            kind = lexicon.referent(head.substring(0, head.length() - 1)); // "the occupiers"
        }
        return BODY.equals(kind) || FORUM.equals(kind) ? head : ENEMY.equals(kind) ? ENEMY : null;
    }
}
