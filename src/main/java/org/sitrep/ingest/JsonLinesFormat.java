package org.sitrep.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * JSON Lines: one object per line with {@code text} and optionally {@code id, date, source, url, title}.
 * Streamed, because these files are how whole corpora arrive; a broken line is reported and skipped.
 */
final class JsonLinesFormat {
    private final ObjectMapper json;

    JsonLinesFormat(ObjectMapper json) {
        this.json = json;
    }

    /**
     * Reads every line of {@code in}, handing good articles to {@code out}.
     *
     * @throws UnreadableInputException when the stream stops being UTF-8 or holds no object at all
     * @throws IOException              when reading fails; lines before it have been delivered
     */
    void parse(BufferedReader in, InputName name, Problems problems, Consumer<Draft> out)
            throws IOException, UnreadableInputException {
        int lineNo = 0;
        int objects = 0;
        String line;
        while (true) {
            try {
                line = in.readLine();
            } catch (MalformedInputException e) {
                throw new UnreadableInputException("line " + (lineNo + 1) + " and after: not valid UTF-8 text; "
                        + "lines before it were read; convert the file (for example: iconv -f WINDOWS-1252 -t UTF-8)");
            }
            if (line == null) {
                break;
            }
            lineNo++;
            line = Texts.light(line);
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
