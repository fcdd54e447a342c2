package nl.simon.integration.pull;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.simon.integration.fs.FsCredentials;
import nl.simon.integration.fs.FsFailure;
import nl.simon.integration.jobs.JobEpisodes;
import nl.simon.integration.jobs.JobFailure;
import nl.simon.integration.jobs.JobHealth;
import nl.simon.integration.lifecycle.ConnectedAccount;
import nl.simon.integration.lifecycle.Integrations;
import nl.simon.integration.lifecycle.SuspendTenant;
import nl.simon.integration.log.LogMessage;
import nl.simon.integration.log.RecordLog;
import nl.simon.shared.TenantId;
import nl.simon.shared.Transactions;

/**
 * One sync run of a tenant: re-reads the integration first (inactive or suspended: nothing happens),
 * then runs each pull; the first run after an activation is the initial import and counts its
 * progress. A refused API key suspends the tenant's jobs with a red log row; a spent quota moves the
 * next run to the refill time; FS unreachable fails the run (retried with backoff, logged once).
 * Clients, products and quotations are pulled independently: an unexpected failure of one (a bad
 * record, a bug) is one red row per episode and shows on the status page while the others go on; the
 * run fails (and backs off) only when nothing could be pulled.
 */
public final class SyncTenant {
    /** The job's name in the failure records and the log. */
    public static final String JOB = "fs-sync";

    private final Integrations integrations;
    private final ConnectedAccount account;
    private final List<Pull> pulls;
    private final SuspendTenant suspension;
    private final RecordLog log;
    private final Transactions transactions;
    private final JobHealth health;
    private final JobEpisodes episodes;

    public SyncTenant(
            Integrations integrations,
            ConnectedAccount account,
            List<Pull> pulls,
            SuspendTenant suspension,
            RecordLog log,
            Transactions transactions,
            JobHealth health,
            JobEpisodes episodes) {
        this.health = health;
        this.episodes = episodes;
        this.integrations = integrations;
        this.account = account;
        this.pulls = List.copyOf(pulls);
        this.suspension = suspension;
        this.log = log;
        this.transactions = transactions;
    }

    public SyncOutcome sync(TenantId tenant) {
        if (!integrations.get(tenant).runsJobs()) {
            return new SyncOutcome.NotActive();
        }
        Set<String> failing =
                health.failing(tenant).stream().map(JobFailure::job).collect(Collectors.toSet());
        try {
            int changes = pullAll(tenant, account.of(tenant), failing);
            integrations.syncChecked(tenant);
            if (failing.contains(JOB)) {
                episodes.succeeded(tenant, JOB);
            }
            return new SyncOutcome.Done(changes);
        } catch (FsFailure.Unauthorized refused) {
            suspension.suspend(tenant, refused);
            return new SyncOutcome.Suspended();
        } catch (FsFailure.RateLimited limited) {
            log.appendAndCommit(tenant, LogMessage.SYNC_RATE_LIMITED, null, limited.refillsAt());
            return new SyncOutcome.RetryAt(limited.refillsAt());
        } catch (FsFailure.Unreachable unreachable) {
            transactions.runAlone(() -> {
                if (integrations.syncFailed(tenant)) {
                    log.appendInTransaction(tenant, LogMessage.SYNC_UNREACHABLE, null);
                }
            });
            throw unreachable;
        } catch (NothingPulled failed) {
            throw failed;
        } catch (RuntimeException unexpected) {
            episodes.failed(tenant, JOB, unexpected);
            throw unexpected;
        }
    }

    /** The job name of one pull in the failure records: {@code fs-sync:clients}, {@code fs-sync:products}, ... */
    static String jobOf(Pull pull) {
        return JOB + ":" + pull.name();
    }

    private int pullAll(TenantId tenant, FsCredentials credentials, Set<String> failing) {
        boolean importing = !integrations.importProgress(tenant).finished();
        Progress progress = Progress.NONE;
        if (importing) {
            long total =
                    pulls.stream().mapToLong(pull -> pull.count(credentials)).sum();
            transactions.run(() -> {
                integrations.startImport(tenant, total);
                log.appendInTransaction(tenant, LogMessage.IMPORT_STARTED, null, total);
            });
            progress = records -> transactions.run(() -> integrations.advanceImport(tenant, records));
        }
        int changes = 0;
        RuntimeException lastFailure = null;
        int failed = 0;
        for (Pull pull : pulls) {
            try {
                changes += pull.pull(tenant, credentials, progress);
                if (failing.contains(jobOf(pull))) {
                    episodes.succeeded(tenant, jobOf(pull));
                }
            } catch (FsFailure failure) {
                throw failure;
            } catch (RuntimeException unexpected) {
                episodes.failed(tenant, jobOf(pull), unexpected);
                lastFailure = unexpected;
                failed++;
            }
        }
        if (failed > 0 && failed == pulls.size()) {
            throw new NothingPulled(lastFailure);
        }
        if (importing) {
            int imported = changes;
            transactions.run(() -> {
                integrations.finishImport(tenant);
                log.appendInTransaction(tenant, LogMessage.IMPORT_FINISHED, null, imported);
            });
        }
        return changes;
    }

    /** Every pull failed unexpectedly (each already recorded): the run fails, so the job backs off. */
    static final class NothingPulled extends RuntimeException {
        NothingPulled(RuntimeException last) {
            super("every pull failed; the last: " + last.getMessage(), last);
        }
    }
}
