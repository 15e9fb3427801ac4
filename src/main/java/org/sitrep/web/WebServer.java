package org.sitrep.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.sitrep.Resolvers;
import org.sitrep.store.EventSearch;
import org.sitrep.store.EventStore;
import org.sitrep.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The analyst's desk over HTTP: the JSON API under {@code /api} and the page (static files under
 * {@code web/} on the class path). Every response carries a Content-Security-Policy that allows only the
 * server's own scripts and styles, and {@code X-Content-Type-Options: nosniff}: article text is untrusted,
 * and the page only ever puts it into the document as text.
 */
public final class WebServer implements AutoCloseable {
    /** Only same-origin files; no inline script or style, no plugins, no framing, no base or form tricks. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";
    static final String OPENAPI_PATH = "/api/openapi.json";
    private static final Map<String, String> SECURITY_HEADERS = Map.of(
            "Content-Security-Policy", CONTENT_SECURITY_POLICY,
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer",
            "X-Frame-Options", "DENY",
            "Cross-Origin-Opener-Policy", "same-origin");
    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private static final String STARTED = "sitrep.started";

    private final Javalin app;
    private final List<Route> routes;

    private WebServer(Javalin app, List<Route> routes) {
        this.app = app;
        this.routes = routes;
    }

    /**
     * Starts serving; returns once the port is bound.
     *
     * @param port 0 picks a free port ({@link #port()} tells which)
     * @throws IllegalStateException when the address cannot be bound (port in use, unknown host)
     */
    public static WebServer start(EventStore store, EventSearch search, String host, int port) {
        return start(store, search, Resolvers::loadDefault, host, port);
    }

    /**
     * As {@link #start(EventStore, EventSearch, String, int)}, with the actor and place tables the entities are
     * resolved with (loaded on first use: the gazetteer takes seconds).
     */
    public static WebServer start(EventStore store, EventSearch search, Supplier<Resolvers> resolvers, String host,
                                  int port) {
        List<Route> routes = new ArrayList<>();
        routes.addAll(new EventRoutes(store, search).routes());
        routes.addAll(new LookupRoutes(store, search).routes());
        routes.addAll(new AnalystRoutes(store, once(resolvers)).routes());
        byte[] openapi = resource("/api/openapi.json");

        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.startupWatcherEnabled = false;
            config.jsonMapper(new JavalinJackson(new ObjectMapper(), false));
            config.router.ignoreTrailingSlashes = true;
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/web";
                files.location = Location.CLASSPATH;
                files.headers = SECURITY_HEADERS;
            });
        });
        app.before(ctx -> {
            SECURITY_HEADERS.forEach(ctx::header);
            if (ctx.path().startsWith("/api/")) {
                ctx.header("Cache-Control", "no-store");
                ctx.attribute(STARTED, new long[] {System.nanoTime(), CPU.getCurrentThreadCpuTime()});
            }
        });
        // How long the server worked on an API answer, wall and CPU: lets a benchmark on a busy machine tell
        // the server's cost from time spent waiting for a core.
        app.after(ctx -> {
            long[] started = ctx.attribute(STARTED);
            if (started != null && !ctx.res().isCommitted()) {
                ctx.header("Server-Timing", String.format(Locale.ROOT, "app;dur=%.2f, cpu;dur=%.2f",
                        (System.nanoTime() - started[0]) / 1e6, (CPU.getCurrentThreadCpuTime() - started[1]) / 1e6));
            }
        });
        for (Route r : routes) {
            app.get(r.path(), ctx -> r.handler().handle(ctx, Params.of(ctx, r.params())));
        }
        app.get(OPENAPI_PATH, ctx -> ctx.contentType("application/json").result(openapi));
        app.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
        // Javalin's own: no route for the path (404), or a method other than GET (405).
        app.exception(HttpResponseException.class, (e, ctx) ->
                error(ctx, e.getStatus(), e.getStatus() == 404 ? notFound(ctx) : e.getMessage()));
        app.exception(StoreException.class, (e, ctx) -> {
            LOG.error("store failure on {}", ctx.path(), e);
            error(ctx, 500, e.getMessage());
        });
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("failure on {}", ctx.path(), e);
            error(ctx, 500, "the server failed on " + ctx.path() + ": " + e + "; see the server's log");
        });
        app.error(404, ctx -> {
            if (ctx.attribute("sitrep.error") == null) {
                error(ctx, 404, notFound(ctx));
            }
        });
        try {
            app.start(host, port);
        } catch (RuntimeException e) {
            app.stop();
            throw new IllegalStateException("cannot serve on " + host + ":" + port + ": " + rootMessage(e)
                    + "; choose another --port or --host", e);
        }
        return new WebServer(app, List.copyOf(routes));
    }

    /** Calls {@code supplier} the first time only. */
    private static <T> Supplier<T> once(Supplier<T> supplier) {
        AtomicReference<T> value = new AtomicReference<>();
        return () -> {
            synchronized (value) {
                if (value.get() == null) {
                    value.set(supplier.get());
                }
                return value.get();
            }
        };
    }

    private static void error(Context ctx, int status, String message) {
        ctx.attribute("sitrep.error", Boolean.TRUE);
        ctx.status(status).json(Views.error(status, HttpStatus.forStatus(status).getMessage(), message));
    }

    private static String notFound(Context ctx) {
        return ctx.path().startsWith("/api/")
                ? "no API path " + ctx.path() + "; the paths are described at " + OPENAPI_PATH
                : "no page " + ctx.path() + "; the desk is at /";
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }

    private static byte[] resource(String name) {
        try (InputStream in = WebServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the class path; rebuild sitrep");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + name + ": " + e, e);
        }
    }

    public int port() {
        return app.port();
    }

    /** The API's GET routes, for checking them against the OpenAPI description. */
    List<Route> routes() {
        return routes;
    }

    @Override
    public void close() {
        app.stop();
    }

}
