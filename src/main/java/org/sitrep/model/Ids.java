package org.sitrep.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Ids that stay the same when the same article is ingested again or the database is rebuilt. A mention's id is a
 * hash of its article's content id, its sentence's offset and its event type; an event takes the id of the
 * mention that founded it, with the {@code ev-} prefix (docs/stable-ids.md has the full rule).
 */
public final class Ids {

    private Ids() {
    }

    /** {@code mn-} and 12 hex digits. */
    public static String mention(String articleId, Mention m) {
        return "mn-" + hash(articleId, m);
    }

    /**
     * The id of a second mention of the same type in the same sentence, of another factuality ("agreed to swap
     * prisoners but did not agree on a ceasefire"): the factuality joins the hashed key, so the first mention keeps
     * the id it always had.
     */
    public static String mentionBeside(String articleId, Mention m) {
        return "mn-" + digest(key(articleId, m) + ":" + m.factuality().label());
    }

    /** The id of an event founded by this mention: {@code ev-} and the same 12 hex digits as its mention id. */
    public static String eventFoundedBy(String articleId, Mention m) {
        return "ev-" + hash(articleId, m);
    }

    /** The event id a mention id founds: {@code mn-abc} gives {@code ev-abc}. */
    public static String eventFoundedBy(String mentionId) {
        if (!mentionId.startsWith("mn-")) {
            throw new IllegalArgumentException("not a mention id: " + mentionId);
        }
        return "ev-" + mentionId.substring(3);
    }

    private static String hash(String articleId, Mention m) {
        return digest(key(articleId, m));
    }

    private static String key(String articleId, Mention m) {
        return articleId + ":" + m.evidence().start() + ":" + m.type().name();
    }

    private static String digest(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }
}
