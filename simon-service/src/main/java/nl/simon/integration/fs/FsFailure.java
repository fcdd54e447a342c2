package nl.simon.integration.fs;

import java.time.Instant;

/**
 * A call to FactuurSturen that failed, as the use cases see it: the API key was refused, the quota
 * is spent, FS could not be reached (try later), or FS refused the request with its own words.
 */
public abstract sealed class FsFailure extends RuntimeException {
    FsFailure(String message, Throwable cause) {
        super(message, cause);
    }

    public static sealed class Unauthorized extends FsFailure permits StoredKeyUnreadable {
        public Unauthorized(Throwable cause) {
            super("FactuurSturen refused the username or API key", cause);
        }

        Unauthorized(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * The stored API key cannot be decrypted (the secrets key changed, a row restored from elsewhere):
     * for the user the same as a refused key, connect again; the log and the answers say why.
     */
    public static final class StoredKeyUnreadable extends Unauthorized {
        public StoredKeyUnreadable(Throwable cause) {
            super("the stored FactuurSturen API key cannot be decrypted", cause);
        }
    }

    public static final class RateLimited extends FsFailure {
        private final Instant refillsAt;

        public RateLimited(Instant refillsAt, Throwable cause) {
            super("FactuurSturen API quota spent until " + refillsAt, cause);
            this.refillsAt = refillsAt;
        }

        public Instant refillsAt() {
            return refillsAt;
        }
    }

    public static final class Unreachable extends FsFailure {
        private final boolean outcomeUnknown;

        public Unreachable(boolean outcomeUnknown, Throwable cause) {
            super("FactuurSturen could not be reached: " + (cause == null ? "" : cause.getMessage()), cause);
            this.outcomeUnknown = outcomeUnknown;
        }

        public boolean outcomeUnknown() {
            return outcomeUnknown;
        }
    }

    public static final class Rejected extends FsFailure {
        private final String reason;

        public Rejected(String reason, Throwable cause) {
            super("FactuurSturen refused: " + reason, cause);
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }
}
