package org.sitrep.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** The wire credits of {@code cluster/wires.tsv}: which agency's copy an article carries. */
final class Wires {

    private static final String FILE = "/cluster/wires.tsv";
    private static final String CAPTURED = "*";
    private static final String CAPTURED_KNOWN = "?";

    private record Name(String wire, Pattern pattern) {
    }

    private record Credit(String wire, Pattern pattern) {
    }

    private final List<Name> names;
    private final List<Pattern> generic;
    private final List<Credit> credits;

    private Wires(List<Name> names, List<Pattern> generic, List<Credit> credits) {
        this.names = List.copyOf(names);
        this.generic = List.copyOf(generic);
        this.credits = List.copyOf(credits);
    }

    static Wires loadDefault() {
        InputStream in = Wires.class.getResourceAsStream(FILE);
        if (in == null) {
            throw new IllegalStateException(FILE + " is missing from the class path");
        }
        List<Name> names = new ArrayList<>();
        List<Pattern> generic = new ArrayList<>();
        List<Credit> credits = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            boolean header = true;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length != 3) {
                    throw new IllegalStateException(FILE + ":" + n + ": expected wire, kind and pattern, "
                            + "tab-separated");
                }
                Pattern p;
                try {
                    p = Pattern.compile(cells[2]);
                } catch (PatternSyntaxException e) {
                    throw new IllegalStateException(FILE + ":" + n + ": bad pattern: " + e.getMessage(), e);
                }
                switch (cells[1]) {
                    case "name" -> names.add(new Name(cells[0], p));
                    case "generic" -> generic.add(p);
                    case "credit" -> credits.add(new Credit(cells[0], p));
                    default -> throw new IllegalStateException(FILE + ":" + n + ": kind must be name, generic or "
                            + "credit, got '" + cells[1] + "'");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FILE + ": " + e.getMessage(), e);
        }
        return new Wires(names, generic, credits);
    }

    /** The first credited agency in {@code body}, in file order, or null. */
    String creditIn(String body) {
        String text = body.strip();
        for (Credit c : credits) {
            Matcher m = c.pattern().matcher(text);
            if (!m.find()) {
                continue;
            }
            if (!CAPTURED.equals(c.wire()) && !CAPTURED_KNOWN.equals(c.wire())) {
                return c.wire();
            }
            String name = m.group(1).strip();
            String wire = known(name);
            if (wire != null) {
                return wire;
            }
            boolean generic = this.generic.stream().anyMatch(g -> g.matcher(name).matches());
            if (CAPTURED.equals(c.wire()) && !name.isEmpty() && !generic) {
                return name;
            }
        }
        return null;
    }

    /** The wire a credited name stands for ("Associated Press" is AP), or null for an agency not listed. */
    String known(String credited) {
        for (Name n : names) {
            if (n.pattern().matcher(credited).matches()) {
                return n.wire();
            }
        }
        return null;
    }
}
