package org.sitrep.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Content identity of an article: the same story gets the same id whatever file, format or typography it
 * arrived in, so duplicates across inputs can be recognised.
 */
public final class ArticleIds {
    private static final Pattern SINGLE_QUOTES = Pattern.compile("[\\u2018\\u2019\\u201A\\u201B\\u2032\\u02BC]");
    private static final Pattern DOUBLE_QUOTES = Pattern.compile("[\\u201C\\u201D\\u201E\\u201F\\u2033\\u00AB\\u00BB]");
    private static final Pattern DASHES = Pattern.compile("[\\u2010\\u2011\\u2012\\u2013\\u2014\\u2015\\u2212]");
    private static final Pattern INVISIBLE = Pattern.compile("[\\uFEFF\\u200B\\u200C\\u200D\\u2060\\u00AD]");
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
    /** 16 hex digits = 64 bits: collisions are negligible at any corpus size this tool will see. */
    private static final int HEX_LENGTH = 16;

    private ArticleIds() {
    }

    /** Lower-case hex prefix of the SHA-256 of {@code text} after NFKC, ASCII punctuation, collapsed spaces and lower case. */
    public static String of(String text) {
        Objects.requireNonNull(text, "text");
        byte[] hash = sha256().digest(normalize(text).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(hash).substring(0, HEX_LENGTH);
    }

    static String normalize(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        s = INVISIBLE.matcher(s).replaceAll("");
        s = SINGLE_QUOTES.matcher(s).replaceAll("'");
        s = DOUBLE_QUOTES.matcher(s).replaceAll("\"");
        s = DASHES.matcher(s).replaceAll("-");
        s = WHITESPACE.matcher(s).replaceAll(" ");
        return s.strip().toLowerCase(Locale.ROOT);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform is required to provide SHA-256.
            throw new IllegalStateException("this Java runtime lacks SHA-256", e);
        }
    }
}
