package org.sitrep.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** Decoding and the light normalization every format gets. */
final class Texts {
    /** Invisible characters that only split words for the NLP stages: BOM, zero-width space/joiners, soft hyphen. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\uFEFF\\u200B\\u200C\\u200D\\u2060\\u00AD]");
    /** No-break spaces of every width; tokenizers treat them as letters of a word otherwise. */
    private static final Pattern NO_BREAK_SPACE = Pattern.compile("[\\u00A0\\u2007\\u202F]");

    private Texts() {
    }

    /**
     * Line breaks to {@code \n}, no-break spaces to spaces, invisible characters removed. Nothing else
     * changes, so character offsets into the result stay meaningful to a reader of the article.
     */
    static String light(String s) {
        if (s == null) {
            return null;
        }
        String out = s.replace("\r\n", "\n").replace('\r', '\n');
        out = INVISIBLE.matcher(out).replaceAll("");
        return NO_BREAK_SPACE.matcher(out).replaceAll(" ");
    }

    /** Light-normalized and trimmed; null when nothing is left. */
    static String clean(String s) {
        String out = light(s);
        if (out == null) {
            return null;
        }
        out = out.strip();
        return out.isEmpty() ? null : out;
    }

    /** Strict UTF-8: a wrong encoding would silently corrupt names and numbers, so it is refused instead. */
    static String decodeUtf8(byte[] bytes) throws UnreadableInputException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableInputException(
                    "not valid UTF-8 text; convert it first (for example: iconv -f WINDOWS-1252 -t UTF-8)");
        }
        if (text.indexOf('\0') >= 0) {
            throw new UnreadableInputException("contains NUL bytes, so it is binary, not text");
        }
        return light(text);
    }
}
