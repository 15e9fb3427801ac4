package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import org.sitrep.Resolvers;
import org.sitrep.store.EventStore;
import org.sitrep.store.SqliteSearch;
import org.sitrep.web.WebServer;

/** Serves the desk over an open store until the process is told to stop (Ctrl-C, SIGTERM). */
final class Serving {

    private Serving() {
    }

    /**
     * Starts the server, prints its address and blocks until the JVM shuts down; the shutdown closes the server
     * and its search connection. The caller keeps ownership of {@code store}.
     */
    static void untilStopped(EventStore store, Path db, Supplier<Resolvers> resolvers, String host, int port,
                             PrintWriter out) throws InterruptedException {
        SqliteSearch search = SqliteSearch.open(db);
        WebServer server;
        try {
            server = WebServer.start(store, search, resolvers, host, port);
        } catch (RuntimeException e) {
            search.close();
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            // Runs on Ctrl-C: the main thread is parked below and will not get to close anything itself.
            server.close();
            search.close();
            stopped.countDown();
        }, "sitrep-serve-stop"));
        out.println("Serving " + db + " at " + url(host, server.port()) + "  (Ctrl-C to stop)");
        out.flush();
        stopped.await();
    }

    /** {@code preferred} if nothing listens there on the loopback address, else 0 (any free port). */
    static int freePortOr(int preferred) {
        try (ServerSocket probe = new ServerSocket(preferred, 1, InetAddress.getLoopbackAddress())) {
            return preferred;
        } catch (IOException e) {
            return 0;
        }
    }

    static String url(String host, int port) {
        String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return "http://" + (h.equals("0.0.0.0") ? "127.0.0.1" : h) + ":" + port + "/";
    }
}
