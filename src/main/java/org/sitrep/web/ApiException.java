package org.sitrep.web;

/**
 * A request the API cannot answer as asked, with the HTTP status and a message that tells the caller what to
 * change. {@link WebServer} turns it into a JSON error body; nothing else does.
 */
final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;

    private ApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    static ApiException badRequest(String message) {
        return new ApiException(400, message);
    }

    static ApiException notFound(String message) {
        return new ApiException(404, message);
    }

    int status() {
        return status;
    }
}
