package org.sitrep.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.Actor;
import org.sitrep.model.Article;
import org.sitrep.model.Bound;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventType;
import org.sitrep.model.Evidence;
import org.sitrep.model.Factuality;
import org.sitrep.model.GeoPrecision;
import org.sitrep.model.Location;
import org.sitrep.model.Quantity;
import org.sitrep.model.Role;
import org.sitrep.model.Sources;
import org.sitrep.model.Span;
import org.sitrep.query.EventQuery;
import org.sqlite.SQLiteConfig;

/**
 * An {@link EventStore} in one SQLite file (WAL journal, foreign keys enforced). Calls are serialized on a
 * single connection, so one instance may be shared between threads.
 */
public final class SqliteStore implements EventStore {
    private static final String EVENT_COLUMNS = "e.id, e.type, e.factuality, e.date_start, e.date_end, "
            + "e.date_precision, e.modes, e.contexts, e.location_name, e.location_country, e.location_admin1, "
            + "e.location_lat, e.location_lon, e.location_precision, e.claimed_by";
    private static final String ARTICLE_COLUMNS = "id, doc, source, url, title, published, text, origin";
    /** Children are loaded for a whole page of events at once, keyed by a JSON array of ids: no N+1. */
    private static final String IN_IDS = " IN (SELECT value FROM json_each(?))";

    private final Connection conn;
    private final Path file;
    private final ObjectMapper json = new ObjectMapper();

    private SqliteStore(Connection conn, Path file) {
        this.conn = conn;
        this.file = file;
    }

    /**
     * Opens the database, creating the file if needed and migrating its schema to the latest version.
     *
     * @throws StoreException when the directory does not exist, the file is not a sitrep database, or it was
     *                        written by a newer sitrep
     */
    public static SqliteStore open(Path file) {
        Path path = file.toAbsolutePath().normalize();
        Path dir = path.getParent();
        // SQLite would report only "unable to open database file"; say which part is missing instead.
        if (dir == null || !Files.isDirectory(dir)) {
            throw new StoreException("cannot open database " + path + ": directory " + dir
                    + " does not exist; create it or choose another path");
        }
        if (Files.isDirectory(path)) {
            throw new StoreException("cannot open database " + path + ": it is a directory, not a file");
        }
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // NORMAL is safe with WAL: a power cut may lose the last commits but never leaves a partial one.
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(10_000);
        // Take the write lock at BEGIN so concurrent writers (another sitrep process) wait instead of failing.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        Connection c = null;
        try {
            c = config.createConnection("jdbc:sqlite:" + path);
            Fold.register(c);
            Migrations.apply(c, path.toString());
            return new SqliteStore(c, path);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(c, e);
            if (e instanceof StoreException se) {
                throw se;
            }
            throw new StoreException("cannot open database " + path + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized boolean hasArticle(String articleId) {
        try {
            return articleStored(articleId);
        } catch (SQLException e) {
            throw failure("cannot look up article " + articleId, e);
        }
    }

    @Override
    public synchronized boolean put(Article article, List<Event> events) {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(events, "events");
        try {
            conn.setAutoCommit(false);
            try {
                boolean stored = insertArticle(article);
                if (stored) {
                    for (Event e : events) {
                        insertEvent(article, e);
                    }
                }
                conn.commit();
                return stored;
            } catch (SQLException | RuntimeException e) {
                conn.rollback();
                throw e;
            } finally {
                conn.setAutoCommit(true);
            }
        } catch (SQLException | RuntimeException e) {
            if (e instanceof StoreException se) {
                throw se;
            }
            throw new StoreException("cannot store article " + article.id() + " (" + article.doc() + ") in " + file
                    + "; nothing of it was stored: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized List<Event> events(EventQuery query) {
        SqliteFilter.Where where = SqliteFilter.where(query,
                query.limit() == 0 ? SqliteFilter.Mode.ALL : SqliteFilter.Mode.PAGE);
        List<Object> params = new ArrayList<>(where.params());
        params.add(query.limit() == 0 ? -1 : query.limit());
        params.add(query.offset());
        // The page's ids first, from the indexes alone where the filters allow, then only those rows in full.
        String order = SqliteFilter.orderBy(query.sort());
        String tail = " WHERE e.id IN (SELECT e.id FROM events e" + where.sql() + order + " LIMIT ? OFFSET ?)" + order;
        try {
            return select(tail, params);
        } catch (SQLException | RuntimeException e) {
            throw failure("cannot query events (" + query + ")", e);
        }
    }

    @Override
    public synchronized Optional<Event> event(String id) {
        try {
            return select(" WHERE e.id = ?", List.of(id)).stream().findFirst();
        } catch (SQLException | RuntimeException e) {
            throw failure("cannot read event " + id, e);
        }
    }

    @Override
    public synchronized Optional<Article> article(String id) {
        try (PreparedStatement p = conn.prepareStatement(
                "SELECT " + ARTICLE_COLUMNS + " FROM articles WHERE id = ?")) {
            p.setString(1, id);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(article(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("cannot read article " + id, e);
        }
    }

    @Override
    public synchronized List<Article> articles() {
        try (PreparedStatement p = conn.prepareStatement("SELECT " + ARTICLE_COLUMNS
                + " FROM articles ORDER BY published IS NULL, published, doc, id");
             ResultSet rs = p.executeQuery()) {
            List<Article> out = new ArrayList<>();
            while (rs.next()) {
                out.add(article(rs));
            }
            return out;
        } catch (SQLException e) {
            throw failure("cannot list articles", e);
        }
    }

    @Override
    public synchronized StoreStats stats() {
        try {
            int articles;
            int events;
            int mentions;
            LocalDate first;
            LocalDate last;
            try (PreparedStatement p = conn.prepareStatement("SELECT (SELECT count(*) FROM articles),"
                    + " (SELECT count(*) FROM events), (SELECT count(*) FROM mentions),"
                    + " (SELECT min(date_start) FROM events), (SELECT max(date_end) FROM events)");
                 ResultSet rs = p.executeQuery()) {
                rs.next();
                articles = rs.getInt(1);
                events = rs.getInt(2);
                mentions = rs.getInt(3);
                first = date(rs.getString(4));
                last = date(rs.getString(5));
            }
            return new StoreStats(articles, events, mentions, counts("type"),
                    counts("coalesce(factuality, 'unknown')"), first, last);
        } catch (SQLException e) {
            throw failure("cannot compute statistics", e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            conn.close();
        } catch (SQLException e) {
            throw failure("cannot close database", e);
        }
    }

    // ---- writing

    private boolean insertArticle(Article a) throws SQLException {
        try (PreparedStatement p = conn.prepareStatement("INSERT INTO articles (" + ARTICLE_COLUMNS
                + ", ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING")) {
            bind(p, a.id(), a.doc(), a.source(), a.url(), a.title(),
                    a.published() == null ? null : a.published().toString(), a.text(), a.origin(),
                    Instant.now().toString());
            return p.executeUpdate() == 1;
        }
    }

    private void insertEvent(Article article, Event e) throws SQLException {
        boolean isNew;
        try (PreparedStatement p = conn.prepareStatement("INSERT INTO events (id, type, factuality, date_start,"
                + " date_end, date_precision, modes, contexts, location_name, location_country, location_admin1,"
                + " location_lat, location_lon, location_precision, claimed_by)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING")) {
            EventDate d = e.date();
            Location l = e.location();
            bind(p, e.id(), e.type().name(), e.factuality() == null ? null : e.factuality().label(),
                    d == null ? null : d.start().toString(), d == null ? null : d.end().toString(),
                    d == null ? null : d.precision().label(), jsonArray(e.modes()), jsonArray(e.contexts()),
                    l == null ? null : l.name(), l == null ? null : l.country(), l == null ? null : l.admin1(),
                    l == null ? null : l.lat(), l == null ? null : l.lon(),
                    l == null ? null : l.precision().label(), jsonArray(e.claimedBy()));
            isNew = p.executeUpdate() == 1;
        }
        // An event already stored from an earlier article keeps its fields; it only gains mentions.
        if (isNew) {
            insertActors(e);
            insertQuantities(e);
        }
        insertMentions(article, e);
    }

    private void insertActors(Event e) throws SQLException {
        try (PreparedStatement p = conn.prepareStatement("INSERT INTO event_actors"
                + " (event_id, ord, role, actor_id, name, aliases) VALUES (?, ?, ?, ?, ?, ?)")) {
            int ord = 0;
            for (Actor a : e.actors()) {
                bind(p, e.id(), ord++, a.role().label(), a.id(), a.name(), jsonArray(a.aliases()));
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    private void insertQuantities(Event e) throws SQLException {
        try (PreparedStatement p = conn.prepareStatement("INSERT INTO quantities (event_id, ord, item, subtype,"
                + " count, bound, status, start_char, end_char) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int ord = 0;
            for (Quantity q : e.quantities()) {
                bind(p, e.id(), ord++, q.item(), q.subtype(), q.count(), q.bound().label(), q.status(),
                        q.start(), q.end());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    private void insertMentions(Article article, Event e) throws SQLException {
        try (PreparedStatement p = conn.prepareStatement("INSERT INTO mentions (event_id, article_id, doc,"
                + " source, start_char, end_char, text, highlights) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT DO NOTHING")) {
            for (Evidence ev : e.mentions()) {
                String articleId = ev.articleId() == null ? article.id() : ev.articleId();
                if (!articleId.equals(article.id()) && !articleStored(articleId)) {
                    throw new StoreException("cannot store article " + article.id() + " (" + article.doc()
                            + "): event " + e.id() + " has a mention from article " + articleId + " (" + ev.doc()
                            + "), which is not stored; put that article first. Nothing of " + article.id()
                            + " was stored");
                }
                bind(p, e.id(), articleId, ev.doc(), ev.source(), ev.start(), ev.end(), ev.text(),
                        highlights(ev.highlights()));
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    private boolean articleStored(String articleId) throws SQLException {
        try (PreparedStatement p = conn.prepareStatement("SELECT 1 FROM articles WHERE id = ?")) {
            p.setString(1, articleId);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next();
            }
        }
    }

    // ---- reading

    /** Events matching {@code tail} (a WHERE clause and ORDER/LIMIT over alias e) with all their children. */
    private List<Event> select(String tail, List<Object> params) throws SQLException {
        Map<String, Row> rows = new LinkedHashMap<>();
        try (PreparedStatement p = conn.prepareStatement("SELECT " + EVENT_COLUMNS + " FROM events e" + tail)) {
            bind(p, params.toArray());
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    Row r = new Row(rs);
                    rows.put(r.id, r);
                }
            }
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        String ids = jsonArray(rows.keySet());
        try (PreparedStatement p = conn.prepareStatement("SELECT event_id, role, actor_id, name, aliases"
                + " FROM event_actors WHERE event_id" + IN_IDS + " ORDER BY event_id, ord")) {
            bind(p, ids);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    rows.get(rs.getString(1)).actors.add(new Actor(Role.fromLabel(rs.getString(2)),
                            rs.getString(4), rs.getString(3), strings(rs.getString(5))));
                }
            }
        }
        try (PreparedStatement p = conn.prepareStatement("SELECT event_id, item, subtype, count, bound, status,"
                + " start_char, end_char FROM quantities WHERE event_id" + IN_IDS + " ORDER BY event_id, ord")) {
            bind(p, ids);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    rows.get(rs.getString(1)).quantities.add(new Quantity(rs.getString(2), rs.getString(3),
                            rs.getLong(4), Bound.fromLabel(rs.getString(5)), rs.getString(6), rs.getInt(7),
                            rs.getInt(8)));
                }
            }
        }
        try (PreparedStatement p = conn.prepareStatement("SELECT event_id, article_id, doc, source, start_char,"
                + " end_char, text, highlights FROM mentions WHERE event_id" + IN_IDS + " ORDER BY event_id, id")) {
            bind(p, ids);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    Row r = rows.get(rs.getString(1));
                    Evidence ev = new Evidence(rs.getString(3), rs.getString(2), rs.getString(4), rs.getInt(5),
                            rs.getInt(6), rs.getString(7), spans(rs.getString(8)));
                    r.mentions.add(ev);
                    r.articles.add(ev.articleId());
                    if (ev.source() != null) {
                        r.outlets.add(Fold.fold(ev.source().strip()));
                    }
                }
            }
        }
        List<Event> out = new ArrayList<>(rows.size());
        for (Row r : rows.values()) {
            out.add(r.event());
        }
        return out;
    }

    /** One events row while its children are gathered. */
    private final class Row {
        final String id;
        final EventType type;
        final Factuality factuality;
        final EventDate date;
        final List<String> modes;
        final List<String> contexts;
        final Location location;
        final List<String> claimedBy;
        final List<Actor> actors = new ArrayList<>();
        final List<Quantity> quantities = new ArrayList<>();
        final List<Evidence> mentions = new ArrayList<>();
        final Set<String> articles = new HashSet<>();
        final Set<String> outlets = new HashSet<>();

        Row(ResultSet rs) throws SQLException {
            id = rs.getString(1);
            type = EventType.valueOf(rs.getString(2));
            String fact = rs.getString(3);
            factuality = fact == null ? null : Factuality.fromLabel(fact);
            String start = rs.getString(4);
            date = start == null ? null
                    : new EventDate(date(start), date(rs.getString(5)), DatePrecision.fromLabel(rs.getString(6)));
            modes = strings(rs.getString(7));
            contexts = strings(rs.getString(8));
            String place = rs.getString(9);
            location = place == null ? null : new Location(place, rs.getString(10), rs.getString(11),
                    rs.getDouble(12), rs.getDouble(13), GeoPrecision.fromLabel(rs.getString(14)));
            claimedBy = strings(rs.getString(15));
        }

        Event event() {
            int independent = articles.isEmpty() ? 0 : Math.max(1, outlets.size());
            return new Event(id, type, modes, contexts, factuality, date, actors, location, quantities, claimedBy,
                    mentions, new Sources(articles.size(), independent));
        }
    }

    private Map<String, Integer> counts(String column) throws SQLException {
        Map<String, Integer> out = new LinkedHashMap<>();
        try (PreparedStatement p = conn.prepareStatement("SELECT " + column + " AS k, count(*) AS n FROM events"
                + " GROUP BY k ORDER BY n DESC, k");
             ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getInt(2));
            }
        }
        return out;
    }

    private static Article article(ResultSet rs) throws SQLException {
        return new Article(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                date(rs.getString(6)), rs.getString(7), rs.getString(8));
    }

    // ---- helpers

    private static void bind(PreparedStatement p, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v == null) {
                p.setNull(i + 1, Types.NULL);
            } else {
                p.setObject(i + 1, v);
            }
        }
    }

    private String jsonArray(Collection<String> values) {
        try {
            return json.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode " + values + " as JSON", e);
        }
    }

    private String highlights(List<Span> spans) {
        ArrayNode a = json.createArrayNode();
        for (Span s : spans) {
            a.addObject().put("start", s.start()).put("end", s.end()).put("label", s.label());
        }
        return a.toString();
    }

    private List<String> strings(String array) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : tree(array)) {
            out.add(n.isNull() ? null : n.asText());
        }
        return out;
    }

    private List<Span> spans(String array) {
        List<Span> out = new ArrayList<>();
        for (JsonNode n : tree(array)) {
            JsonNode label = n.get("label");
            out.add(new Span(n.get("start").asInt(), n.get("end").asInt(),
                    label == null || label.isNull() ? null : label.asText()));
        }
        return out;
    }

    private JsonNode tree(String array) {
        try {
            return json.readTree(array);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is corrupt: " + array, e);
        }
    }

    private static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    private StoreException failure(String what, Exception e) {
        return new StoreException(what + " in " + file + ": " + e.getMessage(), e);
    }

    private static void closeQuietly(Connection c, Exception primary) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                primary.addSuppressed(e);
            }
        }
    }
}
