package org.sitrep.cli;

import java.nio.file.Path;
import org.sitrep.cluster.Affiliations;
import org.sitrep.store.DefaultDatabase;
import org.sitrep.store.EventStore;
import org.sitrep.store.SqliteStore;
import picocli.CommandLine.Option;

/** The --db option every command that reads or writes the store shares. */
final class DatabaseOption {

    @Option(names = "--db", paramLabel = "FILE",
            description = "SQLite database file (default: $SITREP_DB, else sitrep.db in the user's data directory)")
    Path db;

    EventStore open() {
        return SqliteStore.open(path());
    }

    /** The store, merging with these affiliations (the user's people among them) as it files new mentions. */
    EventStore open(Affiliations affiliations) {
        return SqliteStore.open(path(), affiliations);
    }

    /** The database file this option names, or the default one. */
    Path path() {
        return db != null ? db : DefaultDatabase.location();
    }
}
