package org.sitrep.cli;

import java.nio.file.Files;
import java.util.concurrent.Callable;
import org.sitrep.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", description = "Serve the analyst's desk, a web page and JSON API over the database: "
        + "timeline, event evidence, map, attack chart, search, exports. The API is described at /api/openapi.json.")
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @Mixin
    AliasesOption aliases;

    @Option(names = "--port", description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one)")
    int port = 8080;

    @Option(names = "--host", description = "address to listen on (default: ${DEFAULT-VALUE}, this machine only)")
    String host = "127.0.0.1";

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65_535) {
            throw new UserInputException("--port " + port + " is not a TCP port; use 1-65535, or 0 for any free one");
        }
        if (database.db != null && !Files.isRegularFile(database.db)) {
            throw new UserInputException("database " + database.db + " does not exist; ingest articles into it "
                    + "first (sitrep ingest --db " + database.db + " DIR) or try 'sitrep demo'");
        }
        try (EventStore store = database.open()) {
            Serving.untilStopped(store, database.path(), aliases::load, host, port, spec.commandLine().getOut());
        }
        return 0;
    }
}
