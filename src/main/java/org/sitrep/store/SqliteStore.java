package org.sitrep.store;

import java.sql.Statement;
import java.util.HashMap;
import java.util.LinkedHashSet;
import org.sitrep.cluster.Affiliations;
import org.sitrep.cluster.ArticleFingerprint;
import org.sitrep.cluster.Block;
import org.sitrep.cluster.CandidateQuery;
import org.sitrep.cluster.Cluster;
import org.sitrep.cluster.Clusterer;
import org.sitrep.cluster.EventMerger;
import org.sitrep.cluster.Fingerprints;
import org.sitrep.cluster.Rules;
import org.sitrep.cluster.MentionRecord;
import org.sitrep.cluster.StableIds;
import org.sitrep.model.Dispute;
import org.sitrep.model.Ids;
import org.sitrep.model.Mention;
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
import org.sitrep.query.EventQuery;
import org.sqlite.SQLiteConfig;

/**
 * An {@link EventStore} in one SQLite file (WAL journal, foreign keys enforced). Calls are serialized on a
 * single connection, so one instance may be shared between threads.
 */
public final class SqliteStore implements EventStore {
    private static final String EVENT_COLUMNS = "e.id, e.type, e.factuality, e.date_start, e.date_end, "
            + "e.date_precision, e.modes, e.contexts, e.location_name, e.location_country, e.location_admin1, "
            + "e.location_lat, e.location_lon, e.location_precision, e.claimed_by, e.sources_articles, "
            + "e.sources_independent, e.disputes";
    private static final String ARTICLE_COLUMNS = "id, doc, source, url, title, published, text, origin";
    /** Children are loaded for a whole page of events at once, keyed by a JSON array of ids: no N+1. */
    private static final String IN_IDS = " IN (SELECT value FROM json_each(?))";

    private final Connection conn;
    private final Path file;
    private final MentionCodec codec = new MentionCodec();
    private final Clusterer clusterer;
    private final EventMerger merger;

    private SqliteStore(Connection conn, Path file, Affiliations affiliations) {
        this.conn = conn;
        this.file = file;
        this.clusterer = new Clusterer(Rules.DEFAULT, affiliations);
        this.merger = new EventMerger(affiliations);
    }

    /** As {@link #open(Path, Affiliations)}, with the people of the shipped actor tables. */
    public static SqliteStore open(Path file) {
        return open(file, Affiliations.loadDefault());
    }

    /**
     * Opens the database, creating the file if needed and migrating its schema to the latest version.
     *
     * @param affiliations the state each known person acts for, which merging reads ("Zelensky asked" and
     *                     "Ukraine asked" can report one happening); pass the user's people too when they have any
     *
     * @throws StoreException when the directory does not exist, the file is not a sitrep database, or it was
     *                        written by a newer sitrep
     */
    public static SqliteStore open(Path file, Affiliations affiliations) {
        Objects.requireNonNull(affiliations, "affiliations");
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
        for (int attempt = 1; ; attempt++) {
            Connection c = null;
            try {
                c = config.createConnection("jdbc:sqlite:" + path);
                Fold.register(c);
                Migrations.apply(c, path.toString());
                return new SqliteStore(c, path, affiliations);
            } catch (SQLException | RuntimeException e) {
                closeQuietly(c, e);
                // Switching a new file to WAL takes a lock SQLite does not wait for: another process opening the
                // same new database at that moment gets SQLITE_BUSY at once, and a moment later would not.
                if (attempt < OPEN_ATTEMPTS && String.valueOf(e.getMessage()).contains("SQLITE_BUSY")) {
                    pause(attempt * 50L);
                    continue;
                }
                if (e instanceof StoreException se) {
                    throw se;
                }
                throw new StoreException("cannot open database " + path + ": " + e.getMessage(), e);
            }
        }
    }

    private static final int OPEN_ATTEMPTS = 10;

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting to open the database", e);
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
    public synchronized boolean put(Article article, List<Mention> mentions) {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(mentions, "mentions");
        try {
            return inTransaction(() -> {
                if (!insertArticle(article)) {
                    return false;
                }
                // The mentions of every event this article touches, and the fingerprints of their articles, read
                // once and kept current here: each mention used to read its candidates' mentions, then its own
                // event's mentions and articles again to rewrite it.
                Map<String, List<MentionRecord>> touched = new HashMap<>();
                Map<String, ArticleFingerprint> prints = new HashMap<>();
                for (MentionRecord r : records(article, mentions)) {
                    if (mentionStored(r.id())) {
                        continue; // the same sentence read twice for the same type is one mention
                    }
                    Optional<Cluster> joined = clusterer.match(r, candidates(r, touched));
                    String eventId = joined.map(Cluster::eventId).orElse(Ids.eventFoundedBy(r.id()));
                    if (joined.isPresent() && MentionRecord.CANONICAL.compare(r, joined.get().founder()) < 0) {
                        // An earlier report than the event's founder (a backfilled article): the event takes its
                        // id, so that any ingest order gives the same ids; the old id stays an alias.
                        String earlier = Ids.eventFoundedBy(r.id());
                        rename(eventId, earlier);
                        touched.put(earlier, touched.remove(eventId));
                        eventId = earlier;
                    }
                    insertMention(r, eventId);
                    // As stored, so that the event is merged from exactly what a later read would give.
                    List<MentionRecord> members = touched.computeIfAbsent(eventId, k -> new ArrayList<>());
                    readMentions(" WHERE m.id = ?", List.of(r.id()), (id, stored) -> members.add(stored));
                    members.sort(MentionRecord.CANONICAL);
                    // Rewritten at once: the next mention's candidate query reads this event's block.
                    writeEvent(new Cluster(eventId, members), fingerprints(articleIds(List.of(members)), prints));
                }
                return true;
            });
        } catch (SQLException | RuntimeException e) {
            if (e instanceof StoreException se) {
                throw se;
            }
            throw new StoreException("cannot store article " + article.id() + " (" + article.doc() + ") in " + file
                    + "; nothing of it was stored: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized boolean putReprint(Article copy) {
        Objects.requireNonNull(copy, "copy");
        if (copy.source() == null || copy.source().isBlank()) {
            return false;
        }
        try {
            return inTransaction(() -> {
                Optional<Article> own = article(copy.id());
                // An original of unknown outlet may be this very outlet's copy: better one article too few.
                if (own.isEmpty() || own.get().source() == null
                        || own.get().source().strip().equalsIgnoreCase(copy.source().strip())) {
                    return false;
                }
                try (PreparedStatement p = conn.prepareStatement("INSERT INTO article_reprints (article_id, source,"
                        + " doc, url, title, published, origin, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (article_id, source) DO NOTHING")) {
                    bind(p, copy.id(), copy.source().strip(), copy.doc(), copy.url(), copy.title(),
                            copy.published() == null ? null : copy.published().toString(), copy.origin(),
                            Instant.now().toString());
                    if (p.executeUpdate() == 0) {
                        return false;
                    }
                }
                List<String> backed = new ArrayList<>();
                try (PreparedStatement p = conn.prepareStatement(
                        "SELECT DISTINCT event_id FROM mentions WHERE article_id = ? ORDER BY event_id")) {
                    p.setString(1, copy.id());
                    try (ResultSet rs = p.executeQuery()) {
                        while (rs.next()) {
                            backed.add(rs.getString(1));
                        }
                    }
                }
                refresh(backed);
                return true;
            });
        } catch (SQLException | RuntimeException e) {
            if (e instanceof StoreException se) {
                throw se;
            }
            throw new StoreException("cannot record " + copy.source() + "'s reprint of article " + copy.id() + " ("
                    + copy.doc() + ") in " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized Rebuild recluster() {
        try {
            return inTransaction(() -> rebuild(eventOfMention()));
        } catch (SQLException | RuntimeException e) {
            throw failure("cannot rebuild events; the database is as it was", e);
        }
    }

    @Override
    public synchronized Rebuild replaceMentions(Map<String, List<Mention>> mentionsByArticle) {
        try {
            return inTransaction(() -> {
                Map<String, String> before = eventOfMention();
                for (Map.Entry<String, List<Mention>> e : mentionsByArticle.entrySet()) {
                    Article a = article(e.getKey()).orElseThrow(() -> new StoreException("cannot re-read article "
                            + e.getKey() + ": it is not stored in " + file));
                    try (PreparedStatement p = conn.prepareStatement("DELETE FROM mentions WHERE article_id = ?")) {
                        bind(p, a.id());
                        p.executeUpdate();
                    }
                    for (MentionRecord r : records(a, e.getValue())) {
                        if (!mentionStored(r.id())) {
                            // Any event id will do until the rebuild below assigns the real one.
                            insertMention(r, before.getOrDefault(r.id(), Ids.eventFoundedBy(r.id())));
                        }
                    }
                }
                return rebuild(before);
            });
        } catch (SQLException | RuntimeException e) {
            if (e instanceof StoreException se) {
                throw se;
            }
            throw failure("cannot replace mentions; the database is as it was", e);
        }
    }

    @Override
    public synchronized Optional<String> resolve(String id) {
        try {
            if (eventStored(id)) {
                return Optional.of(id);
            }
            try (PreparedStatement p = conn.prepareStatement("SELECT event_id FROM event_aliases WHERE alias = ?")) {
                bind(p, id);
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next() && eventStored(rs.getString(1)) ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        } catch (SQLException e) {
            throw failure("cannot resolve event id " + id, e);
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
            Optional<String> now = resolve(id);
            return now.isEmpty() ? Optional.empty()
                    : select(" WHERE e.id = ?", List.of(now.get())).stream().findFirst();
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

    private interface Work<T> {
        T run() throws SQLException;
    }

    private <T> T inTransaction(Work<T> work) throws SQLException {
        conn.setAutoCommit(false);
        try {
            T result = work.run();
            conn.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            conn.rollback();
            throw e;
        } finally {
            conn.setAutoCommit(true);
        }
    }

    private boolean insertArticle(Article a) throws SQLException {
        ArticleFingerprint f = Fingerprints.of(a);
        try (PreparedStatement p = conn.prepareStatement("INSERT INTO articles (" + ARTICLE_COLUMNS
                + ", ingested_at, wire, minhash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (id) DO NOTHING")) {
            bind(p, a.id(), a.doc(), a.source(), a.url(), a.title(),
                    a.published() == null ? null : a.published().toString(), a.text(), a.origin(),
                    Instant.now().toString(), f.wire(), Fingerprints.encode(f.minhash()));
            return p.executeUpdate() == 1;
        }
    }

    /** The article's mentions as the merging stage sees them, in canonical order, filed under this article. */
    private static List<MentionRecord> records(Article a, List<Mention> mentions) {
        List<MentionRecord> out = new ArrayList<>(mentions.size());
        Map<String, Factuality> firstOfId = new HashMap<>();
        for (Mention m : mentions) {
            Evidence ev = m.evidence();
            if (ev.articleId() != null && !ev.articleId().equals(a.id())) {
                throw new StoreException("cannot store article " + a.id() + " (" + a.doc() + "): a mention cites "
                        + "article " + ev.articleId() + " (" + ev.doc() + "); mentions must come from the article "
                        + "they are stored with");
            }
            Mention own = ev.articleId() != null ? m : new Mention(m.type(), m.modes(), m.contexts(), m.factuality(),
                    m.date(), m.actors(), m.location(), m.quantities(), m.claimedBy(), new Evidence(ev.doc(), a.id(),
                    ev.source(), ev.start(), ev.end(), ev.text(), ev.highlights()));
            String id = Ids.mention(a.id(), own);
            Factuality first = firstOfId.putIfAbsent(id, own.factuality());
            if (first != null && first != own.factuality()) {
                // "agreed to swap prisoners but did not agree on a ceasefire": two events of one type in one
                // sentence, one that happened and one that did not; the second gets an id of its own.
                id = Ids.mentionBeside(a.id(), own);
            }
            out.add(new MentionRecord(id, own, a.published()));
        }
        out.sort(MentionRecord.CANONICAL);
        return out;
    }

    private void insertMention(MentionRecord r, String eventId) throws SQLException {
        Mention m = r.mention();
        Evidence ev = m.evidence();
        EventDate d = m.date();
        try (PreparedStatement p = conn.prepareStatement("INSERT INTO mentions (id, event_id, article_id, doc, source,"
                + " start_char, end_char, text, highlights, type, factuality, date_start, date_end, date_precision,"
                + " country, payload) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            bind(p, r.id(), eventId, ev.articleId(), ev.doc(), ev.source(), ev.start(), ev.end(), ev.text(),
                    codec.spans(ev.highlights()), m.type().name(), m.factuality().label(),
                    d == null ? null : d.start().toString(), d == null ? null : d.end().toString(),
                    d == null ? null : d.precision().label(),
                    m.location() == null ? null : m.location().country(), codec.payload(m));
            p.executeUpdate();
        }
    }

    private boolean mentionStored(String id) throws SQLException {
        return exists("SELECT 1 FROM mentions WHERE id = ?", id);
    }

    private boolean eventStored(String id) throws SQLException {
        return exists("SELECT 1 FROM events WHERE id = ?", id);
    }

    private boolean articleStored(String articleId) throws SQLException {
        return exists("SELECT 1 FROM articles WHERE id = ?", articleId);
    }

    private boolean exists(String sql, String key) throws SQLException {
        try (PreparedStatement p = conn.prepareStatement(sql)) {
            p.setString(1, key);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next();
            }
        }
    }

    /**
     * The stored events this mention could join: the merging stage's candidate query (see CandidateQuery). Events
     * in {@code touched} are taken from there; the others are read and added to it.
     */
    private List<Cluster> candidates(MentionRecord r, Map<String, List<MentionRecord>> touched)
            throws SQLException {
        CandidateQuery q = clusterer.candidateQuery(r);
        Set<String> ids = new LinkedHashSet<>();
        // Another sentence of the same article may be the same happening whatever its place; a dated one only
        // if its dates fit (the merging stage refuses the rest), so a long article costs no more than a short one.
        String sameArticle = "SELECT m.event_id FROM mentions m JOIN events e ON e.id = m.event_id"
                + " WHERE m.article_id = ? AND m.type = ?";
        try (PreparedStatement p = conn.prepareStatement(q.from() == null ? sameArticle
                : "SELECT id FROM events WHERE type = ? AND block_to >= ? AND block_from <= ?"
                        + " AND (? IS NULL OR block_country IS NULL OR block_country = ?) UNION " + sameArticle
                        + " AND (e.block_from IS NULL OR (e.block_to >= ? AND e.block_from <= ?))")) {
            if (q.from() == null) {
                bind(p, q.articleId(), q.type().name());
            } else {
                bind(p, q.type().name(), q.from().toString(), q.to().toString(), q.country(), q.country(),
                        q.articleId(), q.type().name(), q.from().toString(), q.to().toString());
            }
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        List<String> unread = ids.stream().filter(id -> !touched.containsKey(id)).toList();
        touched.putAll(members(unread));
        List<Cluster> out = new ArrayList<>(ids.size());
        for (String id : ids) {
            List<MentionRecord> members = touched.get(id);
            if (members != null) {
                out.add(new Cluster(id, members));
            }
        }
        return out;
    }

    /** Re-merges these events from their stored mentions (a reprint changed what their articles count). */
    private void refresh(Collection<String> eventIds) throws SQLException {
        Map<String, List<MentionRecord>> members = members(eventIds);
        Map<String, ArticleFingerprint> articles = fingerprints(articleIds(members.values()));
        for (Map.Entry<String, List<MentionRecord>> e : members.entrySet()) {
            writeEvent(new Cluster(e.getKey(), e.getValue()), articles);
        }
    }

    /** The mentions of each event, in canonical order. */
    private Map<String, List<MentionRecord>> members(Collection<String> eventIds) throws SQLException {
        Map<String, List<MentionRecord>> out = new LinkedHashMap<>();
        if (eventIds.isEmpty()) {
            return out;
        }
        readMentions(" WHERE m.event_id" + IN_IDS, List.of(codec.array(eventIds)),
                (eventId, r) -> out.computeIfAbsent(eventId, k -> new ArrayList<>()).add(r));
        out.values().forEach(list -> list.sort(MentionRecord.CANONICAL));
        return out;
    }

    private interface MentionSink {
        void accept(String eventId, MentionRecord r);
    }

    private void readMentions(String where, List<Object> params, MentionSink sink) throws SQLException {
        try (PreparedStatement p = conn.prepareStatement("SELECT m.id, m.event_id, m.article_id, m.doc, m.source,"
                + " m.start_char, m.end_char, m.text, m.highlights, m.type, m.factuality, m.date_start, m.date_end,"
                + " m.date_precision, m.payload, a.published FROM mentions m JOIN articles a ON a.id = m.article_id"
                + where)) {
            bind(p, params.toArray());
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    MentionCodec.Payload pl = codec.readPayload(rs.getString(15));
                    Evidence ev = new Evidence(rs.getString(4), rs.getString(3), rs.getString(5), rs.getInt(6),
                            rs.getInt(7), rs.getString(8), codec.readSpans(rs.getString(9)));
                    String start = rs.getString(12);
                    EventDate d = start == null ? null : new EventDate(date(start), date(rs.getString(13)),
                            DatePrecision.fromLabel(rs.getString(14)));
                    Mention m = new Mention(EventType.valueOf(rs.getString(10)), pl.modes(), pl.contexts(),
                            Factuality.fromLabel(rs.getString(11)), d, pl.actors(), pl.location(), pl.quantities(),
                            pl.claimedBy(), ev);
                    sink.accept(rs.getString(2), new MentionRecord(rs.getString(1), m, date(rs.getString(16))));
                }
            }
        }
    }

    /** {@link #fingerprints(Collection)} of these articles, reading only those not already in {@code known}. */
    private Map<String, ArticleFingerprint> fingerprints(Collection<String> articleIds,
                                                         Map<String, ArticleFingerprint> known) throws SQLException {
        List<String> unread = articleIds.stream().filter(id -> !known.containsKey(id)).toList();
        if (!unread.isEmpty()) {
            known.putAll(fingerprints(unread));
        }
        return known;
    }

    /**
     * What the independence count needs of each article, with its reprints by other outlets; fingerprints
     * missing from older rows are made now.
     */
    private Map<String, ArticleFingerprint> fingerprints(Collection<String> articleIds) throws SQLException {
        Map<String, ArticleFingerprint> out = new HashMap<>();
        Map<String, Integer> missing = new HashMap<>();
        try (PreparedStatement p = conn.prepareStatement("SELECT a.id, a.doc, a.source, a.wire, a.minhash,"
                + " (SELECT count(*) FROM article_reprints r WHERE r.article_id = a.id) FROM articles a"
                + " WHERE a.id" + IN_IDS)) {
            bind(p, codec.array(articleIds));
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    String minhash = rs.getString(5);
                    if (minhash == null) {
                        missing.put(rs.getString(1), rs.getInt(6));
                    } else {
                        out.put(rs.getString(1), new ArticleFingerprint(rs.getString(1), rs.getString(2),
                                rs.getString(3), rs.getString(4), Fingerprints.decode(minhash), rs.getInt(6)));
                    }
                }
            }
        }
        for (Map.Entry<String, Integer> e : missing.entrySet()) {
            String id = e.getKey();
            ArticleFingerprint f = Fingerprints.of(article(id).orElseThrow());
            try (PreparedStatement p = conn.prepareStatement("UPDATE articles SET wire = ?, minhash = ? WHERE id = ?")) {
                bind(p, f.wire(), Fingerprints.encode(f.minhash()), id);
                p.executeUpdate();
            }
            out.put(id, f.withReprints(e.getValue()));
        }
        return out;
    }

    private static Set<String> articleIds(Collection<List<MentionRecord>> groups) {
        Set<String> out = new HashSet<>();
        for (List<MentionRecord> g : groups) {
            for (MentionRecord r : g) {
                out.add(r.mention().evidence().articleId());
            }
        }
        return out;
    }

    private Map<String, String> eventOfMention() throws SQLException {
        Map<String, String> out = new HashMap<>();
        try (PreparedStatement p = conn.prepareStatement("SELECT id, event_id FROM mentions");
             ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getString(2));
            }
        }
        return out;
    }

    /**
     * Clusters every stored mention afresh and rewrites the events. Ids carry over from {@code before} (mention id
     * to the event that held it); ids that lose their event become aliases of the event holding their mentions.
     */
    private Rebuild rebuild(Map<String, String> before) throws SQLException {
        int eventsBefore = count("SELECT count(*) FROM events");
        List<MentionRecord> all = new ArrayList<>();
        readMentions("", List.of(), (eventId, r) -> all.add(r));
        StableIds.Renaming renamed = StableIds.carryOver(clusterer.clusterAll(all), before);
        Set<String> oldIds = new HashSet<>(before.values());

        try (Statement s = conn.createStatement()) {
            s.executeUpdate("DELETE FROM events");
        }
        Map<String, ArticleFingerprint> articles = fingerprints(articleIds(
                renamed.clusters().stream().map(Cluster::members).toList()));
        int kept = 0;
        try (PreparedStatement p = conn.prepareStatement("UPDATE mentions SET event_id = ? WHERE id = ?")) {
            for (Cluster c : renamed.clusters()) {
                for (MentionRecord r : c.members()) {
                    bind(p, c.eventId(), r.id());
                    p.addBatch();
                }
                writeEvent(c, articles);
                if (oldIds.contains(c.eventId())) {
                    kept++;
                }
            }
            p.executeBatch();
        }
        try (PreparedStatement upsert = conn.prepareStatement("INSERT INTO event_aliases (alias, event_id)"
                + " VALUES (?, ?) ON CONFLICT (alias) DO UPDATE SET event_id = excluded.event_id");
             PreparedStatement retarget = conn.prepareStatement(
                     "UPDATE event_aliases SET event_id = ? WHERE event_id = ?")) {
            for (Map.Entry<String, String> a : renamed.aliases().entrySet()) {
                bind(retarget, a.getValue(), a.getKey());
                retarget.executeUpdate();
                bind(upsert, a.getKey(), a.getValue());
                upsert.executeUpdate();
            }
        }
        try (Statement s = conn.createStatement()) {
            // An id that names a live event again is no alias; an alias whose event is gone resolves nowhere.
            s.executeUpdate("DELETE FROM event_aliases WHERE alias IN (SELECT id FROM events)"
                    + " OR event_id NOT IN (SELECT id FROM events)");
        }
        return new Rebuild(all.size(), eventsBefore, renamed.clusters().size(), kept, renamed.aliases().size());
    }

    /** Moves an event's mentions to a new id; the old id becomes an alias of it. The caller rewrites the event. */
    private void rename(String from, String to) throws SQLException {
        try (PreparedStatement mentions = conn.prepareStatement("UPDATE mentions SET event_id = ? WHERE event_id = ?");
             PreparedStatement retarget = conn.prepareStatement(
                     "UPDATE event_aliases SET event_id = ? WHERE event_id = ?");
             PreparedStatement alias = conn.prepareStatement("INSERT INTO event_aliases (alias, event_id) VALUES (?, ?)"
                     + " ON CONFLICT (alias) DO UPDATE SET event_id = excluded.event_id");
             PreparedStatement unalias = conn.prepareStatement("DELETE FROM event_aliases WHERE alias = ?")) {
            bind(mentions, to, from);
            mentions.executeUpdate();
            bind(retarget, to, from);
            retarget.executeUpdate();
            bind(alias, from, to);
            alias.executeUpdate();
            bind(unalias, to);
            unalias.executeUpdate();
        }
        deleteEvent(from);
    }

    private int count(String sql) throws SQLException {
        try (PreparedStatement p = conn.prepareStatement(sql); ResultSet rs = p.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private void deleteEvent(String id) throws SQLException {
        try (PreparedStatement p = conn.prepareStatement("DELETE FROM events WHERE id = ?")) {
            bind(p, id);
            p.executeUpdate();
        }
    }

    /** Writes a cluster's merged view and block, replacing what was stored under its id. */
    private void writeEvent(Cluster c, Map<String, ArticleFingerprint> articles) throws SQLException {
        Event e = merger.merge(c, articles);
        Block block = clusterer.blockOf(c);
        deleteEvent(e.id());
        try (PreparedStatement p = conn.prepareStatement("INSERT INTO events (id, type, factuality, date_start,"
                + " date_end, date_precision, modes, contexts, location_name, location_country, location_admin1,"
                + " location_lat, location_lon, location_precision, claimed_by, sources_articles,"
                + " sources_independent, disputes, block_from, block_to, block_country)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            EventDate d = e.date();
            Location l = e.location();
            Sources s = e.sources();
            bind(p, e.id(), e.type().name(), e.factuality() == null ? null : e.factuality().label(),
                    d == null ? null : d.start().toString(), d == null ? null : d.end().toString(),
                    d == null ? null : d.precision().label(), codec.array(e.modes()), codec.array(e.contexts()),
                    l == null ? null : l.name(), l == null ? null : l.country(), l == null ? null : l.admin1(),
                    l == null ? null : l.lat(), l == null ? null : l.lon(),
                    l == null ? null : l.precision().label(), codec.array(e.claimedBy()),
                    s == null ? 0 : s.articles(), s == null ? 0 : s.independent(), codec.disputes(e.disputes()),
                    block.from() == null ? null : block.from().toString(),
                    block.to() == null ? null : block.to().toString(), block.country());
            p.executeUpdate();
        }
        try (PreparedStatement p = conn.prepareStatement("INSERT INTO event_actors"
                + " (event_id, ord, role, actor_id, name, aliases) VALUES (?, ?, ?, ?, ?, ?)")) {
            int ord = 0;
            for (Actor a : e.actors()) {
                bind(p, e.id(), ord++, a.role().label(), a.id(), a.name(), codec.array(a.aliases()));
                p.addBatch();
            }
            p.executeBatch();
        }
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
        String ids = codec.array(rows.keySet());
        try (PreparedStatement p = conn.prepareStatement("SELECT event_id, role, actor_id, name, aliases"
                + " FROM event_actors WHERE event_id" + IN_IDS + " ORDER BY event_id, ord")) {
            bind(p, ids);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    rows.get(rs.getString(1)).actors.add(new Actor(Role.fromLabel(rs.getString(2)),
                            rs.getString(4), rs.getString(3), codec.strings(rs.getString(5))));
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
        // Evidence in the order the merging stage uses: earliest article first.
        try (PreparedStatement p = conn.prepareStatement("SELECT m.event_id, m.article_id, m.doc, m.source,"
                + " m.start_char, m.end_char, m.text, m.highlights FROM mentions m JOIN articles a"
                + " ON a.id = m.article_id WHERE m.event_id" + IN_IDS
                + " ORDER BY m.event_id, a.published IS NULL, a.published, m.article_id, m.start_char, m.type")) {
            bind(p, ids);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    rows.get(rs.getString(1)).mentions.add(new Evidence(rs.getString(3), rs.getString(2),
                            rs.getString(4), rs.getInt(5), rs.getInt(6), rs.getString(7),
                            codec.readSpans(rs.getString(8))));
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
        final Sources sources;
        final List<Dispute> disputes;

        Row(ResultSet rs) throws SQLException {
            id = rs.getString(1);
            type = EventType.valueOf(rs.getString(2));
            String fact = rs.getString(3);
            factuality = fact == null ? null : Factuality.fromLabel(fact);
            String start = rs.getString(4);
            date = start == null ? null
                    : new EventDate(date(start), date(rs.getString(5)), DatePrecision.fromLabel(rs.getString(6)));
            modes = codec.strings(rs.getString(7));
            contexts = codec.strings(rs.getString(8));
            String place = rs.getString(9);
            location = place == null ? null : new Location(place, rs.getString(10), rs.getString(11),
                    rs.getDouble(12), rs.getDouble(13), GeoPrecision.fromLabel(rs.getString(14)));
            claimedBy = codec.strings(rs.getString(15));
            sources = new Sources(rs.getInt(16), rs.getInt(17));
            disputes = codec.readDisputes(rs.getString(18));
        }

        Event event() {
            return new Event(id, type, modes, contexts, factuality, date, actors, location, quantities, claimedBy,
                    mentions, sources, disputes);
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
