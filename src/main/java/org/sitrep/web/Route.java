package org.sitrep.web;

import io.javalin.http.Context;
import java.util.Set;

/**
 * One GET path of the API: where it is, which query parameters it takes, and what answers it. The table of
 * routes is what the server registers and what the OpenAPI test checks the description against.
 */
record Route(String path, Set<String> params, Handler handler) {
    Route {
        params = Set.copyOf(params);
    }

    /** Answers a request whose parameters have been checked against the route's. */
    @FunctionalInterface
    interface Handler {
        void handle(Context ctx, Params params) throws Exception;
    }
}
