package org.sitrep.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.EventType;
import org.sitrep.model.Factuality;
import org.sitrep.model.GeoPrecision;
import org.sitrep.query.EventQuery;
import org.sqlite.SQLiteConfig;

/**
 * {@link EventSearch} over a sitrep SQLite database, with SQLite's FTS5 indexes that the store's schema keeps in
 * step with articles and mentions. Reads through its own connection (WAL lets it read while the store writes);
 * calls are serialized on that connection, so one instance may be shared. Its only write is the query
 * planner's statistics, refreshed on open.
 */
public final class SqliteSearch implements EventSearch {
    /** Snippet match markers: control characters that normalized article text does not contain. */
    private static final char OPEN = '\u0002';
    private static final char CLOSE = '\u0003';
    /** Snippet length in tokens. */
    private static final int SNIPPET_TOKENS = 28;

    private final Connection conn;
    private final Path file;

    private SqliteSearch(Connection conn, Path file) {
        this.conn = conn;
        this.file = file;
    }

    /**
     * Opens an existing database for searching.
     *
     * @throws StoreException when the file does not exist or its schema predates search; opening it once
     *                        with {@link SqliteStore#open} upgrades it
     */
    public static SqliteSearch open(Path file) {
        Path path = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(path)) {
            throw new StoreException("cannot search " + path + ": no such database file");
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(10_000);
        Connection c = null;
        try {
            c = config.createConnection("jdbc:sqlite:" + path);
            Fold.register(c);
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'article_search'");
                 ResultSet rs = p.executeQuery()) {
                if (!rs.next()) {
                    throw new StoreException("database " + path + " has no search index yet; open it once with"
                            + " this sitrep (for example 'sitrep stats --db " + path + "') to upgrade it");
                }
            }
            refreshStatistics(c);
            return new SqliteSearch(c, path);
        } catch (SQLException | RuntimeException e) {
            if (c != null) {
                try {
                    c.close();
                } catch (SQLException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            if (e instanceof StoreException se) {
                throw se;
            }
            throw new StoreException("cannot open database " + path + " for searching: " + e.getMessage(), e);
        }
    }

    /**
     * Lets the planner know the tables' sizes and spreads (SQLite's recommended "optimize" at open, with a bounded
     * sample): without them it may sort every event of a country instead of walking the date index. A database
     * on read-only storage keeps whatever statistics it has.
     */
    private static void refreshStatistics(Connection c) {
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA analysis_limit = 1000");
            s.execute("PRAGMA optimize = 0x10002");
        } catch (SQLException e) {
            // Plans without statistics are slower, never wrong.
        }
    }

    @Override
    public synchronized Results search(String query, int limit) {
        String match = FtsQuery.of(query);
        try {
            return new Results(articles(match, limit), events(match, limit));
        } catch (SQLException e) {
            throw failure("cannot search for '" + query + "'", e);
        }
    }

    private List<ArticleHit> articles(String match, int limit) throws SQLException {
        List<ArticleHit> out = new ArrayList<>();
        // Title words weigh more than body words.
        try (PreparedStatement p = conn.prepareStatement("SELECT a.id, a.doc, a.title, a.source, a.published,"
                + " snippet(article_search, -1, ?, ?, '…', ?) FROM article_search"
                + " JOIN articles a ON a.rowid = article_search.rowid WHERE article_search MATCH ?"
                + " ORDER BY bm25(article_search, 4.0, 1.0), a.id LIMIT ?")) {
            bind(p, String.valueOf(OPEN), String.valueOf(CLOSE), SNIPPET_TOKENS, match, limit);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(new ArticleHit(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            date(rs.getString(5)), Snippet.parse(rs.getString(6), OPEN, CLOSE)));
                }
            }
        }
        return out;
    }

    private List<EventHit> events(String match, int limit) throws SQLException {
        Map<String, EventHit> best = new LinkedHashMap<>();
        // An event with several matching sentences shows its best one; read a few more rows to fill the page.
        try (PreparedStatement p = conn.prepareStatement("SELECT m.event_id, e.type, e.factuality, e.date_start,"
                + " m.article_id, m.doc, m.source, snippet(mention_search, 0, ?, ?, '…', ?)"
                + " FROM mention_search JOIN mentions m ON m.rowid = mention_search.rowid"
                + " JOIN events e ON e.id = m.event_id WHERE mention_search MATCH ?"
                + " ORDER BY mention_search.rank, m.id LIMIT ?")) {
            bind(p, String.valueOf(OPEN), String.valueOf(CLOSE), SNIPPET_TOKENS, match, limit * 4);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next() && best.size() < limit) {
                    String fact = rs.getString(3);
                    best.putIfAbsent(rs.getString(1), new EventHit(rs.getString(1), EventType.valueOf(rs.getString(2)),
                            fact == null ? null : Factuality.fromLabel(fact), date(rs.getString(4)), rs.getString(5),
                            rs.getString(6), rs.getString(7), Snippet.parse(rs.getString(8), OPEN, CLOSE)));
                }
            }
        }
        return new ArrayList<>(best.values());
    }

    @Override
    public synchronized long count(EventQuery query) {
        SqliteFilter.Where where = SqliteFilter.where(query, SqliteFilter.Mode.ALL);
        try (PreparedStatement p = conn.prepareStatement("SELECT count(*) FROM events e" + where.sql())) {
            bind(p, where.params().toArray());
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw failure("cannot count events (" + query + ")", e);
        }
    }

    @Override
    public synchronized List<Place> places(EventQuery query, int limit) {
        SqliteFilter.Where where = SqliteFilter.where(query, SqliteFilter.Mode.ALL);
        List<Object> params = new ArrayList<>(where.params());
        params.add(limit);
        try (PreparedStatement p = conn.prepareStatement("SELECT e.location_name, e.location_country,"
                + " e.location_admin1, e.location_precision, avg(e.location_lat), avg(e.location_lon), count(*) AS n"
                + " FROM events e" + where.sql() + " AND e.location_name IS NOT NULL"
                + " GROUP BY e.location_name, e.location_country, e.location_admin1, e.location_precision"
                + " ORDER BY n DESC, e.location_name LIMIT ?")) {
            bind(p, params.toArray());
            List<Place> out = new ArrayList<>();
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(new Place(rs.getString(1), rs.getString(2), rs.getString(3), rs.getDouble(5),
                            rs.getDouble(6), GeoPrecision.fromLabel(rs.getString(4)), rs.getInt(7)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw failure("cannot count events by place (" + query + ")", e);
        }
    }

    @Override
    public synchronized List<ArticleMention> mentionsIn(String articleId) {
        try (PreparedStatement p = conn.prepareStatement("SELECT m.event_id, e.type, e.factuality, m.start_char,"
                + " m.end_char FROM mentions m JOIN events e ON e.id = m.event_id WHERE m.article_id = ?"
                + " ORDER BY m.start_char, m.end_char, m.event_id")) {
            bind(p, articleId);
            List<ArticleMention> out = new ArrayList<>();
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    String fact = rs.getString(3);
                    out.add(new ArticleMention(rs.getString(1), EventType.valueOf(rs.getString(2)),
                            fact == null ? null : Factuality.fromLabel(fact), rs.getInt(4), rs.getInt(5)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw failure("cannot list the evidence in article " + articleId, e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            conn.close();
        } catch (SQLException e) {
            throw failure("cannot close search connection", e);
        }
    }

    private static void bind(PreparedStatement p, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                p.setNull(i + 1, Types.NULL);
            } else {
                p.setObject(i + 1, values[i]);
            }
        }
    }

    private static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    private StoreException failure(String what, SQLException e) {
        return new StoreException(what + " in " + file + ": " + e.getMessage(), e);
    }
}
