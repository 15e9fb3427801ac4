package org.sitrep.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The query parameters of one request, read with checks whose failures say what a valid value looks like.
 * A parameter the route does not know is an error too: a typo ("tpye=ASSAULT") would otherwise be silently
 * ignored and return everything.
 */
final class Params {
    private final Map<String, List<String>> values;

    private Params(Map<String, List<String>> values) {
        this.values = values;
    }

    /** @throws ApiException (400) when the request has a parameter not in {@code known} */
    static Params of(Context ctx, Set<String> known) {
        Map<String, List<String>> map = ctx.queryParamMap();
        for (String name : map.keySet()) {
            if (!known.contains(name)) {
                throw ApiException.badRequest("unknown parameter '" + name + "'"
                        + (known.isEmpty() ? "; this path takes none" : "; this path takes " + String.join(", ",
                        new TreeSet<>(known))));
            }
        }
        return new Params(map);
    }

    /** The single value of a parameter, stripped; null when absent or blank. */
    String string(String name) {
        List<String> v = values.get(name);
        if (v == null || v.isEmpty()) {
            return null;
        }
        if (v.size() > 1) {
            throw ApiException.badRequest("parameter '" + name + "' is given " + v.size() + " times; give it once");
        }
        String s = v.get(0).strip();
        return s.isEmpty() ? null : s;
    }

    /** Every value of a list parameter, whether repeated ("type=A&type=B") or comma-separated ("type=A,B"). */
    List<String> list(String name) {
        List<String> out = new ArrayList<>();
        for (String v : values.getOrDefault(name, List.of())) {
            for (String part : v.split(",")) {
                if (!part.isBlank()) {
                    out.add(part.strip());
                }
            }
        }
        return out;
    }

    LocalDate date(String name) {
        String s = string(name);
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(name + " '" + s + "' is not a date; write it as YYYY-MM-DD, e.g. 2024-08-26");
        }
    }

    int integer(String name, int fallback, int min, int max) {
        String s = string(name);
        if (s == null) {
            return fallback;
        }
        int v;
        try {
            v = Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name + " '" + s + "' is not a whole number; give one from " + min + " to "
                    + max);
        }
        if (v < min || v > max) {
            throw ApiException.badRequest(name + " " + v + " is out of range; give one from " + min + " to " + max);
        }
        return v;
    }

    boolean flag(String name) {
        String s = string(name);
        if (s == null || s.equals("false")) {
            return false;
        }
        if (s.equals("true")) {
            return true;
        }
        throw ApiException.badRequest(name + " '" + s + "' must be true or false");
    }

    /** A value that must be one of {@code allowed} (compared as given). */
    String choice(String name, String fallback, List<String> allowed) {
        String s = string(name);
        if (s == null) {
            return fallback;
        }
        if (!allowed.contains(s)) {
            throw ApiException.badRequest(name + " '" + s + "' is not one of " + String.join(", ", allowed));
        }
        return s;
    }
}
