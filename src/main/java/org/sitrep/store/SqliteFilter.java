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

    /**
     * How the statement visits matching events, which decides how a filter on another table is best written.
     * {@link #PAGE}: walking events in sort order and stopping after a page, so each event is tested on its
     * own (a few index look-ups) and the walk ends early. {@link #ALL}: visiting every match (counts, groups,
     * whole exports), so the other table is read once into a set of event ids.
     */
    enum Mode { PAGE, ALL }

    private SqliteFilter() {
    }

    static Where where(EventQuery q, Mode mode) {
        StringBuilder sql = new StringBuilder(" WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        // Walking a page in date order, SQLite would rather jump to the type's or country's events through
        // their own index and then sort all of them; a unary + keeps those columns out of index choice, so it
        // walks the date-order index, which holds them, and stops when the page is full.
        String walk = mode == Mode.PAGE ? "+" : "";
        if (!q.types().isEmpty()) {
            in(sql, params, walk + "e.type", q.types().stream().map(EventType::name).sorted().toList());
        }
        if (!q.factualities().isEmpty()) {
            in(sql, params, walk + "e.factuality",
                    q.factualities().stream().map(Factuality::label).sorted().toList());
        }
        // Overlap with [from, to]; comparisons with NULL are false, so undated events drop out.
        if (q.from() != null) {
            sql.append(" AND ").append(walk).append("e.date_end >= ?");
            params.add(q.from().toString());
        }
        if (q.to() != null) {
            sql.append(" AND e.date_start <= ?");
            params.add(q.to().toString());
        }
        if (q.country() != null) {
            sql.append(" AND ").append(walk).append("e.location_country = ?");
            params.add(q.country().toUpperCase(Locale.ROOT));
        }
        if (q.actor() != null) {
            // The substring is tested against the distinct name combinations, far fewer than actor rows.
            String names = contains("n.actor_id", q.actor(), params) + " OR " + contains("n.name", q.actor(), params)
                    + " OR " + aliasContains(q.actor(), params);
            sql.append(mode == Mode.PAGE
                    ? " AND EXISTS (SELECT 1 FROM event_actors a JOIN actor_names n ON n.actor_id = a.actor_id"
                    + " AND n.name = a.name AND n.aliases = a.aliases WHERE a.event_id = e.id AND (" + names + "))"
                    : " AND e.id IN (SELECT a.event_id FROM actor_names n JOIN event_actors a"
                    + " ON a.actor_id = n.actor_id AND a.name = n.name AND a.aliases = n.aliases WHERE " + names + ")");
        }
        if (q.place() != null) {
            sql.append(" AND (").append(contains("e.location_name", q.place(), params)).append(" OR ")
                    .append(contains("e.location_country", q.place(), params)).append(" OR ")
                    .append(contains("e.location_admin1", q.place(), params)).append(')');
        }
        if (q.text() != null) {
            String matches = contains("m.text", q.text(), params);
            sql.append(mode == Mode.PAGE
                    ? " AND EXISTS (SELECT 1 FROM mentions m WHERE m.event_id = e.id AND " + matches + ")"
                    : " AND e.id IN (SELECT m.event_id FROM mentions m WHERE " + matches + ")");
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
            return "n.aliases LIKE ? ESCAPE '\\'";
        }
        params.add(Fold.fold(needle));
        return "EXISTS (SELECT 1 FROM json_each(n.aliases) j WHERE instr(fold(j.value), ?) > 0)";
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
