package nl.simon.integration.push;

import java.util.Optional;
import nl.simon.integration.fs.FoundDraft;
import nl.simon.integration.log.LogMessage;
import nl.simon.integration.log.RecordLog;
import nl.simon.integration.notify.OfficeAlerts;
import nl.simon.shared.TenantId;
import nl.simon.shared.Transactions;
import nl.simon.workorder.WorkOrderId;

/**
 * What a push reads and writes of a work order's invoice state: where it stands, and how an attempt ended,
 * on the work order and in the log (with the action to take), in one transaction each.
 */
public final class PushRecords {
    private final InvoiceSyncs syncs;
    private final RecordLog log;
    private final Transactions transactions;
    private final OfficeAlerts alerts;

    public PushRecords(InvoiceSyncs syncs, RecordLog log, Transactions transactions) {
        this(syncs, log, transactions, OfficeAlerts.NONE);
    }

    /**
     * As above; a FAILED push also mails the company's admins once per episode, and a sent one ends the episode
     * (issue 16), in the same transaction as the outcome.
     */
    public PushRecords(InvoiceSyncs syncs, RecordLog log, Transactions transactions, OfficeAlerts alerts) {
        this.syncs = syncs;
        this.log = log;
        this.transactions = transactions;
        this.alerts = alerts;
    }

    /** Where the work order's push stands now; empty when there is no such work order. */
    Optional<PushState> state(TenantId tenant, WorkOrderId id) {
        return transactions.inTransaction(() -> syncs.readLocked(tenant, id));
    }

    PushOutcome sent(TenantId tenant, WorkOrderId id, long number, String name, String draftId) {
        transactions.run(() -> {
            syncs.sent(tenant, id, draftId);
            log.appendInTransaction(tenant, LogMessage.PUSH_SENT, key(id), number, name);
            // the red rows about this work order's failed pushes now show "opgelost" (issue 15)
            log.resolveInTransaction(tenant, LogMessage.PUSH_SENT, key(id));
            alerts.pushSent(tenant);
        });
        return new PushOutcome.Sent(name);
    }

    /** A draft under our name that is not ours: FAILED in red, and our own last POST's outcome stays unknown. */
    PushOutcome notOurs(TenantId tenant, WorkOrderId id, long number, FoundDraft found) {
        transactions.run(() -> {
            syncs.failedUnsettled(tenant, id, SyncNote.of(LogMessage.PUSH_NAME_NOT_OURS, number, found.savename()));
            log.appendInTransaction(tenant, LogMessage.PUSH_NAME_NOT_OURS, key(id), number, found.savename());
            alerts.pushFailed(tenant, id.value(), number);
        });
        return new PushOutcome.Failed(LogMessage.PUSH_NAME_NOT_OURS.code());
    }

    PushOutcome notSentInactive(TenantId tenant, WorkOrderId id, long number) {
        transactions.run(() -> {
            syncs.notSent(tenant, id, SyncNote.of(LogMessage.PUSH_NOT_SENT_INACTIVE, number));
            log.appendInTransaction(tenant, LogMessage.PUSH_NOT_SENT_INACTIVE, key(id), number);
        });
        return new PushOutcome.Failed("integration not active");
    }

    /** Why the work order got no draft: skipped on purpose (exclusion word), or failed until the user acts. */
    PushOutcome refused(TenantId tenant, WorkOrderId id, long number, Composition.Refusal refusal) {
        if (refusal instanceof Composition.Excluded excluded) {
            transactions.run(() -> {
                syncs.skipped(tenant, id, SyncNote.of(LogMessage.PUSH_SKIPPED, number, excluded.word()));
                log.appendInTransaction(tenant, LogMessage.PUSH_SKIPPED, key(id), number, excluded.word());
            });
            return new PushOutcome.Skipped();
        }
        if (refusal instanceof Composition.NoFsClient noFs) {
            return failed(tenant, id, number, LogMessage.PUSH_NO_FS_CLIENT, number, noFs.customerName());
        }
        if (refusal instanceof Composition.UnknownProduct unknown) {
            return failed(tenant, id, number, LogMessage.PUSH_UNKNOWN_PRODUCT, number, unknown.field(), unknown.code());
        }
        return failed(tenant, id, number, LogMessage.PUSH_NO_CUSTOMER, number);
    }

    /** FS refused the draft (a 400 with its reason). */
    PushOutcome rejected(TenantId tenant, WorkOrderId id, long number, String reason) {
        return failed(tenant, id, number, LogMessage.PUSH_REJECTED, number, reason);
    }

    private PushOutcome failed(TenantId tenant, WorkOrderId id, long number, LogMessage message, Object... parameters) {
        transactions.run(() -> {
            syncs.failed(tenant, id, SyncNote.of(message, parameters));
            log.appendInTransaction(tenant, message, key(id), parameters);
            alerts.pushFailed(tenant, id.value(), number);
        });
        return new PushOutcome.Failed(message.code());
    }

    private static String key(WorkOrderId id) {
        return String.valueOf(id.value());
    }
}
