package nl.simon.integration.pull;

import java.util.List;

/**
 * Some pulled records could not be stored (the others were): their FactuurSturen keys with the reason. The
 * pull fails with it after all pages are done, so the job's failure handling reports it once per episode
 * and retries; nothing else waits for these records.
 */
public final class RecordsRefused extends RuntimeException {
    /** How many keys the message names at most; the count says the rest. */
    static final int NAMED = 5;

    RecordsRefused(List<String> refused) {
        super(refused.size() + " record(s) from FactuurSturen could not be stored, the others were: "
                + String.join("; ", refused.subList(0, Math.min(NAMED, refused.size())))
                + (refused.size() > NAMED ? "; …" : ""));
    }

    /** The most specific message of a failure, e.g. PostgreSQL's own words. */
    static String reason(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return message.lines().findFirst().orElse(message).strip();
    }
}
