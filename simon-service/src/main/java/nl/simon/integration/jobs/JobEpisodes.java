package nl.simon.integration.jobs;

import java.time.Clock;
import java.util.function.Supplier;
import nl.simon.integration.fs.FsFailure;
import nl.simon.integration.log.LogMessage;
import nl.simon.integration.log.RecordLog;
import nl.simon.shared.TenantId;
import nl.simon.shared.Transactions;

/**
 * Unexpected failures of a tenant's jobs (a bug, a bad record, the database; not a FactuurSturen
 * failure, which has its own handling): one red log row per episode saying what failed and what to do,
 * the failure kept on the integration for the status page until the job succeeds again, and a row when
 * it does. The caller rethrows, so the job is retried with its capped backoff.
 */
public final class JobEpisodes {
    private static final int MAX_ERROR = 500;

    private final JobHealth health;
    private final RecordLog log;
    private final Transactions transactions;
    private final Clock clock;

    public JobEpisodes(JobHealth health, RecordLog log, Transactions transactions, Clock clock) {
        this.health = health;
        this.log = log;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Runs {@code work} as {@code job}: its unexpected failure is recorded (and rethrown), its success ends an episode. */
    public <T> T run(TenantId tenant, String job, Supplier<T> work) {
        T result;
        try {
            result = work.get();
        } catch (FsFailure failure) {
            throw failure;
        } catch (RuntimeException unexpected) {
            failed(tenant, job, unexpected);
            throw unexpected;
        }
        succeeded(tenant, job);
        return result;
    }

    /** Records an unexpected failure in its own transaction; answers whether it started a new episode. */
    public boolean failed(TenantId tenant, String job, RuntimeException unexpected) {
        String error = describe(unexpected);
        boolean[] started = {false};
        transactions.runAlone(() -> {
            started[0] = health.failed(tenant, job, error, clock.instant());
            if (started[0]) {
                log.appendInTransaction(tenant, LogMessage.JOB_FAILED, null, job, error);
            }
        });
        return started[0];
    }

    public void succeeded(TenantId tenant, String job) {
        transactions.runAlone(() -> {
            if (health.succeeded(tenant, job)) {
                log.appendInTransaction(tenant, LogMessage.JOB_RECOVERED, null, job);
            }
        });
    }

    /**
     * The root cause's kind and the first line of its message (e.g. the database's own words, without
     * the statement), short: enough for the administrator to look it up in the service's log.
     */
    static String describe(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause.getCause() != null && cause.getCause() != cause && depth < 20; depth++) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? "" : cause.getMessage().strip();
        int newline = message.indexOf('\n');
        if (newline >= 0) {
            message = message.substring(0, newline).strip();
        }
        String text = cause.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
        return text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR - 1) + "…";
    }
}
