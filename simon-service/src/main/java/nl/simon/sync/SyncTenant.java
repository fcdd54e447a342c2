package nl.simon.sync;

import java.util.List;
import nl.simon.integration.ConnectedAccount;
import nl.simon.integration.FsCredentials;
import nl.simon.integration.FsFailure;
import nl.simon.integration.Integrations;
import nl.simon.integration.LogMessage;
import nl.simon.integration.RecordLog;
import nl.simon.integration.SuspendTenant;
import nl.simon.shared.TenantId;
import nl.simon.shared.Transactions;

/**
 * One sync run of a tenant: re-reads the integration first (inactive or suspended: nothing happens),
 * then runs each pull; the first run after an activation is the initial import and counts its
 * progress. A refused API key suspends the tenant's jobs with a red log row; a spent quota moves the
 * next run to the refill time; FS unreachable fails the run (retried with backoff, logged once).
 */
public final class SyncTenant {
    private final Integrations integrations;
    private final ConnectedAccount account;
    private final List<Pull> pulls;
    private final SuspendTenant suspension;
    private final RecordLog log;
    private final Transactions transactions;

    public SyncTenant(Integrations integrations, ConnectedAccount account, List<Pull> pulls, SuspendTenant suspension,
            RecordLog log, Transactions transactions) {
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
        try {
            int changes = pullAll(tenant, account.of(tenant));
            integrations.syncChecked(tenant);
            return new SyncOutcome.Done(changes);
        } catch (FsFailure.Unauthorized refused) {
            suspension.suspend(tenant);
            return new SyncOutcome.Suspended();
        } catch (FsFailure.RateLimited limited) {
            log.alone(tenant, LogMessage.SYNC_RATE_LIMITED, null, limited.refillsAt());
            return new SyncOutcome.RetryAt(limited.refillsAt());
        } catch (FsFailure.Unreachable unreachable) {
            transactions.runAlone(() -> {
                if (integrations.syncFailed(tenant)) {
                    log.now(tenant, LogMessage.SYNC_UNREACHABLE, null);
                }
            });
            throw unreachable;
        }
    }

    private int pullAll(TenantId tenant, FsCredentials credentials) {
        boolean importing = !integrations.importProgress(tenant).finished();
        Progress progress = Progress.NONE;
        if (importing) {
            long total = pulls.stream().mapToLong(pull -> pull.count(credentials)).sum();
            transactions.run(() -> {
                integrations.startImport(tenant, total);
                log.now(tenant, LogMessage.IMPORT_STARTED, null, total);
            });
            progress = records -> transactions.run(() -> integrations.advanceImport(tenant, records));
        }
        int changes = 0;
        for (Pull pull : pulls) {
            changes += pull.pull(tenant, credentials, progress);
        }
        if (importing) {
            int imported = changes;
            transactions.run(() -> {
                integrations.finishImport(tenant);
                log.now(tenant, LogMessage.IMPORT_FINISHED, null, imported);
            });
        }
        return changes;
    }
}
