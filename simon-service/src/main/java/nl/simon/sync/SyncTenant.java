package nl.simon.sync;

import java.time.Clock;
import java.util.List;
import nl.simon.integration.ConnectedAccount;
import nl.simon.integration.FsCredentials;
import nl.simon.integration.FsFailure;
import nl.simon.integration.Integration;
import nl.simon.integration.Integrations;
import nl.simon.integration.LogMessage;
import nl.simon.integration.RecordLog;
import nl.simon.integration.TenantJobs;
import nl.simon.shared.TenantId;
import nl.simon.shared.Transactions;

/**
 * One sync run of a tenant: re-reads the integration first (inactive or suspended: nothing happens),
 * then runs each pull. A refused API key suspends the tenant's jobs with a red log row; a spent
 * quota moves the next run to the refill time; FS being unreachable fails the run (retried later).
 */
public final class SyncTenant {
    private final Integrations integrations;
    private final ConnectedAccount account;
    private final List<Pull> pulls;
    private final TenantJobs jobs;
    private final RecordLog log;
    private final Transactions transactions;

    public SyncTenant(Integrations integrations, ConnectedAccount account, List<Pull> pulls, TenantJobs jobs,
            RecordLog log, Transactions transactions) {
        this.integrations = integrations;
        this.account = account;
        this.pulls = List.copyOf(pulls);
        this.jobs = jobs;
        this.log = log;
        this.transactions = transactions;
    }

    public SyncOutcome sync(TenantId tenant) {
        if (!integrations.get(tenant).runsJobs()) {
            return new SyncOutcome.NotActive();
        }
        FsCredentials credentials = account.of(tenant);
        int changes = 0;
        try {
            for (Pull pull : pulls) {
                changes += pull.pull(tenant, credentials);
            }
        } catch (FsFailure.Unauthorized refused) {
            suspend(tenant);
            return new SyncOutcome.Suspended();
        } catch (FsFailure.RateLimited limited) {
            return new SyncOutcome.RetryAt(limited.refillsAt());
        }
        return new SyncOutcome.Done(changes);
    }

    private void suspend(TenantId tenant) {
        transactions.run(() -> {
            Integration current = integrations.lock(tenant);
            if (!current.isActive() || current.suspendedReason() != null) {
                return;
            }
            integrations.save(new Integration(tenant, current.status(), current.activatedAt(),
                    current.deactivatedAt(), current.wipedAt(), current.connection(), current.termsAcceptedAt(),
                    "UNAUTHORIZED"));
            jobs.stop(tenant);
            log.now(tenant, LogMessage.SUSPENDED_UNAUTHORIZED, null);
        });
    }
}
