package nl.simon.integration.log;

import java.time.Clock;
import nl.simon.shared.TenantId;
import nl.simon.shared.Transactions;

/**
 * Writes integration log rows. {@link #appendInTransaction} joins the caller's transaction (the row commits or
 * rolls back with it); {@link #appendAndCommit} commits the row on its own at once, for a refusal that is about
 * to be thrown (the row must survive the rollback).
 */
public final class RecordLog {
    private final IntegrationLog log;
    private final Transactions transactions;
    private final Clock clock;

    public RecordLog(IntegrationLog log, Transactions transactions, Clock clock) {
        this.log = log;
        this.transactions = transactions;
        this.clock = clock;
    }

    public void appendInTransaction(TenantId tenant, LogMessage message, String recordId, Object... parameters) {
        log.append(tenant, LogEntry.of(clock.instant(), message, recordId, parameters));
    }

    /** A new id for the detail rows of one run and its summary row (issue 15: one log row per run). */
    public String newRun(String name) {
        return name + "-" + clock.instant().toEpochMilli();
    }

    /** Joins the caller's transaction: a detail row of {@code run}, shown on the run's details only. */
    public void appendInRun(TenantId tenant, String run, LogMessage message, String recordId, Object... parameters) {
        log.append(
                tenant,
                LogEntry.of(clock.instant(), message, recordId, parameters).inRun(run));
    }

    /** Joins the caller's transaction: the open error rows about the record are resolved now (issue 15). */
    public void resolveInTransaction(TenantId tenant, LogMessage about, String recordId) {
        log.resolve(tenant, about.table(), recordId, clock.instant());
    }

    public void appendAndCommit(TenantId tenant, LogMessage message, String recordId, Object... parameters) {
        transactions.runAlone(() -> appendInTransaction(tenant, message, recordId, parameters));
    }
}
