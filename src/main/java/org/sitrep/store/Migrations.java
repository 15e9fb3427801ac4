package org.sitrep.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Brings a database's schema up to date from the ordered scripts under {@code db/migration/}. Each script
 * runs in its own transaction together with its {@code schema_version} row, so a failed upgrade leaves the
 * previous version intact. A small runner instead of Flyway: one dependency fewer, and SQLite is all it needs.
 */
final class Migrations {
    /** In order; append new scripts, never edit applied ones. */
    private static final List<String> SCRIPTS = List.of("V1__init.sql", "V2__merged_events.sql",
            "V3__search.sql", "V4__reprints.sql");

    private static final Pattern NAME = Pattern.compile("V(\\d+)__(\\w+)\\.sql");

    private Migrations() {
    }

    /** How many scripts there are: a database brought up to date has one schema_version row for each. */
    static int count() {
        return SCRIPTS.size();
    }

    static int latest() {
        return version(SCRIPTS.get(SCRIPTS.size() - 1));
    }

    /** Applies the scripts newer than the database's version; returns how many ran. */
    static int apply(Connection c, String where) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE IF NOT EXISTS schema_version ("
                    + "version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)");
        }
        int current = current(c);
        if (current > latest()) {
            throw new StoreException("database " + where + " has schema version " + current
                    + " but this sitrep knows only up to " + latest() + "; use a newer sitrep");
        }
        int ran = 0;
        for (String script : SCRIPTS) {
            int version = version(script);
            if (version > current && run(c, script, version)) {
                ran++;
            }
        }
        return ran;
    }

    private static int current(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Runs one script unless another process applied it first; returns whether it ran. */
    private static boolean run(Connection c, String script, int version) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            // Checked again under the write lock: two processes may open a new database at once.
            if (current(c) >= version) {
                c.commit();
                return false;
            }
            try (Statement s = c.createStatement()) {
                for (String sql : statements(read(script))) {
                    s.executeUpdate(sql);
                }
            }
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)")) {
                p.setInt(1, version);
                p.setString(2, description(script));
                p.setString(3, Instant.now().toString());
                p.executeUpdate();
            }
            c.commit();
            return true;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    /** Splits on ';' at line ends after dropping "--" comment lines; the scripts are written to that rule. */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                out.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            throw new IllegalStateException("migration script ends without ';': " + current.toString().strip());
        }
        return out;
    }

    private static String read(String script) {
        String resource = "/db/migration/" + script;
        try (InputStream in = Migrations.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("migration " + resource + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration " + resource + ": " + e, e);
        }
    }

    private static int version(String script) {
        return Integer.parseInt(matcher(script).group(1));
    }

    private static String description(String script) {
        return matcher(script).group(2).replace('_', ' ');
    }

    private static Matcher matcher(String script) {
        Matcher m = NAME.matcher(script);
        if (!m.matches()) {
            throw new IllegalStateException("migration name " + script + " is not V<n>__<description>.sql");
        }
        return m;
    }
}
