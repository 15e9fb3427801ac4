package org.sitrep.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.sitrep.model.EventType;
import org.sitrep.model.Factuality;
import org.sitrep.query.EventQuery;

/**
 * An {@link EventQuery}'s filters and order as SQL over the events table aliased {@code e}: one translation for
 * every statement that selects, counts or groups events, so they always agree on what matches.
 *
 * <p>Substring filters fold case on both sides. A needle of plain ASCII is matched with SQLite's LIKE, which
 * folds ASCII case in C; anything else goes through the {@code fold()} function ({@link Fold}), which folds
 * Cyrillic and the rest too but costs a call into Java per row.
 */
final class SqliteFilter {

    /** A WHERE clause (starting with " WHERE") and its parameters, in order. */
    record Where(String sql, List<Object> params) {
        Where {
            params = List.copyOf(params);
        }
    }

    private SqliteFilter() {
    }

    static Where where(EventQuery q) {
        StringBuilder sql = new StringBuilder(" WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (!q.types().isEmpty()) {
            in(sql, params, "e.type", q.types().stream().map(EventType::name).sorted().toList());
        }
        if (!q.factualities().isEmpty()) {
            in(sql, params, "e.factuality", q.factualities().stream().map(Factuality::label).sorted().toList());
        }
        // Overlap with [from, to]; comparisons with NULL are false, so undated events drop out.
        if (q.from() != null) {
            sql.append(" AND e.date_end >= ?");
            params.add(q.from().toString());
        }
        if (q.to() != null) {
            sql.append(" AND e.date_start <= ?");
            params.add(q.to().toString());
        }
        if (q.country() != null) {
            sql.append(" AND e.location_country = ?");
            params.add(q.country().toUpperCase(Locale.ROOT));
        }
        if (q.actor() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM event_actors a WHERE a.event_id = e.id AND (")
                    .append(contains("a.actor_id", q.actor(), params)).append(" OR ")
                    .append(contains("a.name", q.actor(), params)).append(" OR ")
                    .append(aliasContains(q.actor(), params)).append("))");
        }
        if (q.place() != null) {
            sql.append(" AND (").append(contains("e.location_name", q.place(), params)).append(" OR ")
                    .append(contains("e.location_country", q.place(), params)).append(" OR ")
                    .append(contains("e.location_admin1", q.place(), params)).append(')');
        }
        if (q.text() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM mentions m WHERE m.event_id = e.id AND ")
                    .append(contains("m.text", q.text(), params)).append(')');
        }
        return new Where(sql.toString(), params);
    }

    /**
     * The ORDER BY clause for the query's sort. Each form matches an expression index of the search migration
     * exactly, so SQLite walks the index instead of sorting every matching row.
     */
    static String orderBy(EventQuery.Sort sort) {
        return switch (sort) {
            case OLDEST_FIRST -> " ORDER BY e.date_start IS NULL, e.date_start, e.id";
            case NEWEST_FIRST -> " ORDER BY e.date_start IS NOT NULL DESC, e.date_start DESC, e.id DESC";
        };
    }

    private static void in(StringBuilder sql, List<Object> params, String column, Collection<String> values) {
        sql.append(" AND ").append(column).append(" IN (")
                .append(String.join(", ", java.util.Collections.nCopies(values.size(), "?"))).append(')');
        params.addAll(values);
    }

    /** Case-insensitive "column contains needle". */
    private static String contains(String column, String needle, List<Object> params) {
        if (isAscii(needle)) {
            params.add(likePattern(needle));
            return column + " LIKE ? ESCAPE '\\'";
        }
        params.add(Fold.fold(needle));
        return "instr(fold(" + column + "), ?) > 0";
    }

    /** Case-insensitive "one of the aliases contains needle"; aliases are a JSON array of strings. */
    private static String aliasContains(String needle, List<Object> params) {
        // Plain ASCII without quote or backslash reads the same inside the JSON text, and no match can span two
        // aliases, since it would have to contain the quotes between them.
        if (isAscii(needle) && needle.indexOf('"') < 0 && needle.indexOf('\\') < 0) {
            params.add(likePattern(needle));
            return "a.aliases LIKE ? ESCAPE '\\'";
        }
        params.add(Fold.fold(needle));
        return "EXISTS (SELECT 1 FROM json_each(a.aliases) j WHERE instr(fold(j.value), ?) > 0)";
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0x7e || s.charAt(i) < 0x20) {
                return false;
            }
        }
        return true;
    }

    private static String likePattern(String needle) {
        return "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
