package nl.simon.factuursturen.client;

/**
 * A failed call to FactuurSturen, classified once, here, so callers decide by type:
 * {@link TransientFailure} (try again later), {@link RateLimited} (wait for the quota),
 * {@link Unauthorized} (credentials wrong or revoked: stop until the user reconnects) and
 * {@link Rejected} (FactuurSturen refused this request; its message says why).
 * Carries the method, path and status, and a trimmed body; never the API key.
 */
public abstract sealed class FactuurSturenException extends RuntimeException
        permits TransientFailure, RateLimited, Unauthorized, Rejected {
    private static final int MAX_BODY = 500;

    private final String method;
    private final String path;
    private final int status;
    private final String body;

    FactuurSturenException(String method, String path, int status, String body, String message, Throwable cause) {
        super(method + " " + path + (status > 0 ? " -> " + status : "") + ": " + message, cause);
        this.method = method;
        this.path = path;
        this.status = status;
        this.body = trim(body);
    }

    public String method() {
        return method;
    }

    public String path() {
        return path;
    }

    /** The HTTP status, or 0 when no answer came (I/O error, timeout). */
    public int status() {
        return status;
    }

    /** The answer's body, trimmed to 500 characters; empty when there was none. */
    public String body() {
        return body;
    }

    static String trim(String body) {
        if (body == null) {
            return "";
        }
        String stripped = body.strip();
        return stripped.length() <= MAX_BODY ? stripped : stripped.substring(0, MAX_BODY) + "…";
    }
}
