package nl.simon.integration.push;

import java.util.Optional;
import nl.simon.shared.TenantId;
import nl.simon.workorder.InvoiceSyncState;
import nl.simon.workorder.WorkOrderId;

/** The push state of work orders, written step by step so a crash at any point is recoverable. */
public interface InvoiceSyncs {
    /**
     * Reads the work order's push state under its row lock ({@code FOR UPDATE}): waits while another
     * transaction (a Resend, a push run) holds it, and holds it until the caller's transaction ends. In a
     * transaction of its own it only waits for the lock and reads.
     */
    Optional<PushState> readLocked(TenantId tenant, WorkOrderId workOrder);

    /**
     * Whether the work order's push is QUEUED, read under its row lock ({@link #readLocked}). Asked when a push job's
     * run has finished, in the transaction that removes or keeps the job's row: QUEUED means a Resend came while the
     * run was ending, and a Resend holds the same row lock until it commits. Must be called in a transaction.
     */
    default boolean isQueued(TenantId tenant, WorkOrderId workOrder) {
        return readLocked(tenant, workOrder)
                .map(state -> state.state() == InvoiceSyncState.QUEUED)
                .orElse(false);
    }

    void queue(TenantId tenant, WorkOrderId workOrder, Integer settingsVersion);

    /** The tenant's archived work orders whose draft FAILED or was NOT_SENT (they can be resent), lowest number first. */
    java.util.List<WorkOrderId> resendable(TenantId tenant);

    void notSent(TenantId tenant, WorkOrderId workOrder, String message);

    /**
     * Reserves this draft name for the work order, atomically and only while its name is still
     * {@code current} (null: none chosen yet): TAKEN (nothing changed) when another work order of the tenant
     * already holds it, compared as FactuurSturen compares names (ignoring case); CHANGED_MEANWHILE when the
     * work order's name is no longer {@code current}. Call it outside a transaction: one statement, committed at once.
     */
    NameReservation reserveName(TenantId tenant, WorkOrderId workOrder, String current, String draftName);

    /** Committed before the POST: from now on the outcome is unknown until an answer is recorded. */
    void attemptStarted(TenantId tenant, WorkOrderId workOrder);

    void sent(TenantId tenant, WorkOrderId workOrder, String draftId);

    void skipped(TenantId tenant, WorkOrderId workOrder, String message);

    void failed(TenantId tenant, WorkOrderId workOrder, String message);

    /** FAILED, but the outcome of our own last POST stays unknown: the next attempt looks before it sends. */
    void failedUnsettled(TenantId tenant, WorkOrderId workOrder, String message);
}
