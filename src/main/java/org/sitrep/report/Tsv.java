package org.sitrep.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the report package's tab-separated data files: comment lines, one header row, fixed columns. */
final class Tsv {

    /** One data row, with where it came from for error messages. */
    record Row(String where, List<String> cells) {
        String get(int i) {
            return cells.get(i);
        }

        IllegalStateException error(String message) {
            return new IllegalStateException(where + ": " + message);
        }
    }

    private Tsv() {
    }

    static List<Row> resource(String path, String... header) {
        InputStream in = Tsv.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("report data " + path + " is missing from the class path: rebuild the jar");
        }
        List<Row> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            boolean headerSeen = false;
            while ((line = r.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                String where = path + ":" + number;
                if (!headerSeen) {
                    headerSeen = true;
                    if (!String.join("\t", cells).equals(String.join("\t", header))) {
                        throw new IllegalStateException(where + ": header must be " + String.join("<TAB>", header));
                    }
                    continue;
                }
                if (cells.length != header.length) {
                    throw new IllegalStateException(where + ": " + cells.length + " columns, expected " + header.length);
                }
                List<String> stripped = new ArrayList<>();
                for (String c : cells) {
                    stripped.add(c.strip());
                }
                rows.add(new Row(where, stripped));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
        return rows;
    }
}
