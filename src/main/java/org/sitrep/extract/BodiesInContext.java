package org.sitrep.extract;

import java.util.Map;
import java.util.Optional;

/**
 * A state body named without its state ("the defence ministry", "the military said"), read as the article means it:
 * the state whose body of that kind the article last named ("Russia's defence ministry ... the ministry said"), else
 * the side of the war the story is filed from ("MOSCOW (Agency) - the defence ministry said"). "The enemy" and "the
 * occupiers" are the other side from whoever speaks.
 */
final class BodiesInContext {

    static final BodiesInContext NONE = new BodiesInContext(null, Map.of(), null, null);

    /** Referent kind (lexicon/referents.tsv) of "the enemy", "the occupiers": the other side from the one speaking. */
    private static final String ENEMY = "enemy";

    private final Lexicon lexicon;
    private final Map<String, ActorLookup.Match> named;
    private final ActorLookup.Match home;
    private final ActorLookup.Match enemy;

    /**
     * @param named the state each kind of body ("ministry", "military") the article last named belonged to
     * @param home  the state at war the story is filed from, or null
     * @param enemy the other side of the war from whoever speaks ("the enemy struck", the Russian ministry said), or
     *              null
     */
    BodiesInContext(Lexicon lexicon, Map<String, ActorLookup.Match> named, ActorLookup.Match home,
                    ActorLookup.Match enemy) {
        this.lexicon = lexicon;
        this.named = Map.copyOf(named);
        this.home = home;
        this.enemy = enemy;
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
        return body == null ? Optional.empty() : Optional.ofNullable(named.getOrDefault(body, home));
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
        return "body".equals(kind) ? head : ENEMY.equals(kind) ? ENEMY : null;
    }
}
