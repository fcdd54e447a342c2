package nl.simon.factuursturen.client;

import java.time.Instant;

/** The account's hourly quota is spent (403 with {@code X-RateLimit-Remaining: 0}); calls work again at {@link #refillsAt()}. */
public final class RateLimited extends FactuurSturenException {
    private final Instant refillsAt;

    RateLimited(String method, String path, int status, String body, Instant refillsAt) {
        super(method, path, status, body, "API quota spent until " + refillsAt, null);
        this.refillsAt = refillsAt;
    }

    public Instant refillsAt() {
        return refillsAt;
    }
}
