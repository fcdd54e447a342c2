package nl.simon.integration.lifecycle;

import nl.simon.integration.fs.FsConnection;
import nl.simon.integration.fs.FsFailure;
import nl.simon.integration.jobs.TenantJobs;
import nl.simon.integration.log.LogMessage;
import nl.simon.integration.log.RecordLog;
import nl.simon.integration.notify.OfficeAlerts;
import nl.simon.shared.TenantId;
import nl.simon.shared.Transactions;

/**
 * FactuurSturen refused the stored API key (401): the tenant's pulls and pushes stop, with a red log
 * row saying to reconnect, until the user connects again. Suspending twice is once. A stored key that
 * cannot be decrypted is treated the same way.
 */
public final class SuspendTenant {
    public static final String UNAUTHORIZED = "UNAUTHORIZED";
    /** The stored key cannot be decrypted (the server's secrets key changed, a row restored from elsewhere). */
    public static final String KEY_UNREADABLE = "KEY_UNREADABLE";

    private final Integrations integrations;
    private final TenantJobs jobs;
    private final RecordLog log;
    private final Transactions transactions;
    private final OfficeAlerts alerts;

    public SuspendTenant(Integrations integrations, TenantJobs jobs, RecordLog log, Transactions transactions) {
        this(integrations, jobs, log, transactions, OfficeAlerts.NONE);
    }

    /** As above; each suspension also mails the company's admins (issue 16), in the suspension's transaction. */
    public SuspendTenant(
            Integrations integrations, TenantJobs jobs, RecordLog log, Transactions transactions, OfficeAlerts alerts) {
        this.integrations = integrations;
        this.jobs = jobs;
        this.log = log;
        this.transactions = transactions;
        this.alerts = alerts;
    }

    public void suspend(TenantId tenant) {
        suspend(tenant, null);
    }

    /** As {@link #suspend(TenantId)}; the red row says why: a refused key, or a stored key that cannot be read. */
    public void suspend(TenantId tenant, FsFailure.Unauthorized why) {
        LogMessage message = why instanceof FsFailure.StoredKeyUnreadable
                ? LogMessage.SUSPENDED_KEY_UNREADABLE
                : LogMessage.SUSPENDED_UNAUTHORIZED;
        String reason = why instanceof FsFailure.StoredKeyUnreadable ? KEY_UNREADABLE : UNAUTHORIZED;
        transactions.run(() -> {
            Integration current = integrations.lock(tenant);
            if (!current.isActive() || current.suspendedReason() != null) {
                return;
            }
            integrations.save(current.suspended(reason));
            jobs.stop(tenant);
            log.appendInTransaction(tenant, message, null);
            alerts.suspended(tenant, reason);
        });
    }

    /**
     * The key was refused (or could not be decrypted) while the user used it (saving settings,
     * "Controleer"): an active integration is suspended exactly as a job would; otherwise (still in the
     * wizard) the red row alone says to connect again.
     */
    public void refusedWhileUsed(TenantId tenant, FsFailure.Unauthorized why) {
        if (integrations.get(tenant).isActive()) {
            suspend(tenant, why);
            return;
        }
        String username =
                integrations.get(tenant).connected().map(FsConnection::username).orElse("");
        if (why instanceof FsFailure.StoredKeyUnreadable) {
            log.appendAndCommit(tenant, LogMessage.SUSPENDED_KEY_UNREADABLE, null);
        } else {
            log.appendAndCommit(tenant, LogMessage.CONNECTION_REFUSED, null, username);
        }
    }
}
