package org.sitrep;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.sitrep.model.Mention;

/**
 * Event ids that stay the same when the same article is ingested again or the database is rebuilt: a hash of the
 * article's content id, the sentence's offset and the event type.
 */
final class EventIds {

    private EventIds() {
    }

    static String of(String articleId, Mention m) {
        String key = articleId + ":" + m.evidence().start() + ":" + m.type().name();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "ev-" + HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }
}
