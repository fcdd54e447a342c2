package nl.simon.adapter.api;

import java.io.IOException;

/**
 * A request body longer than the service accepts, found while it was read (a body without a
 * {@code Content-Length}); the API answers 413 in its error shape.
 */
public final class RequestTooLarge extends IOException {
    private final long limit;

    public RequestTooLarge(long limit) {
        super("request body larger than " + limit + " bytes");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
