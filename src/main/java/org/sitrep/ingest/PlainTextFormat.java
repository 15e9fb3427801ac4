package org.sitrep.ingest;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain text: optional {@code key value} / {@code key: value} header lines (date, source, url, title), a blank
 * line, then the body. Scraped files also come as {@code " date 2024-10-21 First sentence..."}, with the date
 * header and the body on one line; that is read as a header followed by the body.
 */
final class PlainTextFormat {
    private enum Key { DATE, SOURCE, URL, TITLE }

    private static final Pattern HEADER = Pattern.compile("(date|source|url|title)(\\s*:\\s*|\\s+)(\\S.*)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)\\S+", Pattern.CASE_INSENSITIVE);
    /** Without a colon, "source"/"title" could be the first word of a sentence; these bound what a value may be. */
    private static final int MAX_SOURCE_WITHOUT_COLON = 80;
    private static final int MAX_TITLE_WITHOUT_COLON = 200;

    private PlainTextFormat() {
    }

    static Draft parse(String content, InputName name) throws UnreadableInputException {
        Map<Key, String> headers = new EnumMap<>(Key.class);
        LocalDate date = null;
        boolean weak = false;
        boolean clearlyEnded = false;
        int bodyStart = -1;
        int pos = 0;
        while (pos < content.length() && bodyStart < 0) {
            int eol = content.indexOf('\n', pos);
            if (eol < 0) {
                eol = content.length();
            }
            String raw = content.substring(pos, eol);
            String line = raw.strip();
            if (line.isEmpty()) {
                if (!headers.isEmpty()) {
                    bodyStart = eol;
                    clearlyEnded = true;
                }
                pos = eol + 1;
                continue;
            }
            Matcher m = HEADER.matcher(line);
            Key key = m.matches() ? Key.valueOf(m.group(1).toUpperCase(Locale.ROOT)) : null;
            if (key == null || headers.containsKey(key)) {
                bodyStart = pos;
                break;
            }
            boolean colon = m.group(2).contains(":");
            String value = m.group(3).strip();
            if (key == Key.DATE) {
                var found = Dates.atStart(value);
                if (found.isEmpty()) {
                    bodyStart = pos;
                    break;
                }
                date = found.get().date();
                headers.put(key, value);
                String rest = value.substring(found.get().end()).strip();
                if (!rest.isEmpty()) {
                    // Header and first sentence share the line: the body starts right after the date.
                    int lineStart = pos + raw.indexOf(line);
                    bodyStart = lineStart + m.start(3) + found.get().end();
                    clearlyEnded = true;
                }
            } else if (key == Key.URL ? URL.matcher(value).matches()
                    : plausible(key, value, colon) || date != null || datedBelow(content, eol + 1)) {
                // Under a date line, a long source or title is a header all the same: the block is a header.
                headers.put(key, value);
                weak |= !colon && key != Key.URL;
            } else {
                bodyStart = pos;
                break;
            }
            pos = eol + 1;
        }
        if (bodyStart < 0) {
            bodyStart = content.length();
        }
        String body = content.substring(bodyStart).strip();
        if (weak && !clearlyEnded && date == null) {
            // "Source close to the Kremlin said ..." running straight into more text is body, not a header.
            headers.clear();
            date = null;
            body = content.strip();
        }
        if (body.isEmpty()) {
            throw new UnreadableInputException(headers.isEmpty()
                    ? "file is empty; it needs the article text"
                    : "has header lines but no article text after them");
        }
        return new Draft(name.baseName(), headers.get(Key.SOURCE), headers.get(Key.URL), headers.get(Key.TITLE),
                date, body, name.path(), null);
    }

    /**
     * Whether a date header line comes next ("title Kyiv and Europe Are Not So Sure." then "date 2025-05-20"): a
     * headline that ends with a full stop is a header all the same when a date line follows it.
     */
    private static boolean datedBelow(String content, int from) {
        if (from >= content.length()) {
            return false;
        }
        int eol = content.indexOf('\n', from);
        Matcher next = HEADER.matcher(content.substring(from, eol < 0 ? content.length() : eol).strip());
        return next.matches() && "date".equalsIgnoreCase(next.group(1)) && Dates.atStart(next.group(3).strip())
                .isPresent();
    }

    private static boolean plausible(Key key, String value, boolean colon) {
        if (colon) {
            return true;
        }
        int max = key == Key.SOURCE ? MAX_SOURCE_WITHOUT_COLON : MAX_TITLE_WITHOUT_COLON;
        return value.length() <= max && !value.endsWith(".");
    }
}
