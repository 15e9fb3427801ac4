package org.sitrep.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * JSON Lines: one object per line with {@code text} and optionally {@code id, date, source, url, title}.
 * Streamed, because these files are how whole corpora arrive; a broken line is reported and skipped.
 */
final class JsonLinesFormat {
    /** A line longer than this is not an article but a file that is not JSON Lines at all. */
    private static final int MAX_LINE_BYTES = 64 * 1024 * 1024;

    private final ObjectReader json;

    JsonLinesFormat(ObjectMapper json) {
        // Two objects glued on one line would otherwise silently lose the second.
        this.json = json.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /**
     * Reads every line of {@code in}, handing good articles to {@code out}. Lines are decoded one at a time,
     * so a line that is not UTF-8 is reported by number and the rest of the file still counts.
     *
     * @throws UnreadableInputException when the input holds no JSON object at all, or a line is absurdly long
     * @throws IOException              when reading fails; lines before it have been delivered
     */
    void parse(InputStream in, InputName name, Problems problems, Consumer<Draft> out)
            throws IOException, UnreadableInputException {
        BufferedInputStream bytes = new BufferedInputStream(in);
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        int lineNo = 0;
        int objects = 0;
        boolean more = true;
        while (more) {
            buffer.reset();
            int b;
            while ((b = bytes.read()) != -1 && b != '\n') {
                if (buffer.size() >= MAX_LINE_BYTES) {
                    throw new UnreadableInputException("line " + (lineNo + 1) + " is longer than "
                            + (MAX_LINE_BYTES >> 20) + " MiB; is this really JSON Lines?");
                }
                buffer.write(b);
            }
            more = b != -1;
            lineNo++;
            String line;
            try {
                line = Texts.decodeUtf8(buffer.toByteArray());
            } catch (UnreadableInputException e) {
                problems.error(name.path(), lineNo, e.getMessage());
                objects++;
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            objects++;
            Draft draft = draft(line, lineNo, name, problems);
            if (draft != null) {
                out.accept(draft);
            }
        }
        if (objects == 0) {
            throw new UnreadableInputException("file is empty; JSON Lines needs one {\"text\": ...} object per line");
        }
    }

    private Draft draft(String line, int lineNo, InputName name, Problems problems) {
        JsonNode node;
        try {
            node = json.readTree(line);
        } catch (JsonProcessingException e) {
            problems.error(name.path(), lineNo, "not valid JSON: " + e.getOriginalMessage());
            return null;
        }
        if (node == null || !node.isObject()) {
            problems.error(name.path(), lineNo, "expected a JSON object like {\"text\": \"...\"}");
            return null;
        }
        JsonNode textNode = node.get("text");
        if (textNode == null || textNode.isNull()) {
            problems.error(name.path(), lineNo, "no \"text\" field; every line needs the article text");
            return null;
        }
        if (!textNode.isTextual()) {
            problems.error(name.path(), lineNo, "\"text\" must be a string, not " + textNode.getNodeType());
            return null;
        }
        String text = Texts.clean(textNode.asText());
        if (text == null) {
            problems.error(name.path(), lineNo, "\"text\" is empty");
            return null;
        }
        String dateText = field(node, "date");
        LocalDate published = Dates.parse(dateText).orElse(null);
        if (published == null && dateText != null) {
            problems.warning(name.path(), lineNo, "unrecognised date '" + dateText
                    + "'; use YYYY-MM-DD (ISO 8601)");
        }
        String id = field(node, "id");
        String doc = id != null ? id : name.baseName() + "-" + lineNo;
        return new Draft(doc, field(node, "source"), field(node, "url"), field(node, "title"), published, text,
                name.at(lineNo), lineNo);
    }

    /** A scalar field as text (numeric ids are common), or null when absent, null or blank. */
    private static String field(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || !value.isValueNode() || value.isNull() ? null : Texts.clean(value.asText());
    }
}
