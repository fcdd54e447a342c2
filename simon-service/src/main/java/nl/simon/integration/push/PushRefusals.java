package nl.simon.integration.push;

import nl.simon.integration.log.LogMessage;
import nl.simon.integration.log.RecordLog;
import nl.simon.shared.TenantId;
import nl.simon.shared.Transactions;
import nl.simon.workorder.WorkOrderId;

/** Records why a work order got no draft invoice: on the work order and in the log, with the action to take. */
final class PushRefusals {
    private final InvoiceSyncs syncs;
    private final RecordLog log;
    private final Transactions transactions;

    PushRefusals(InvoiceSyncs syncs, RecordLog log, Transactions transactions) {
        this.syncs = syncs;
        this.log = log;
        this.transactions = transactions;
    }

    PushOutcome record(TenantId tenant, WorkOrderId id, long number, Composition refusal) {
        if (refusal instanceof Composition.Excluded excluded) {
            transactions.run(() -> {
                syncs.skipped(tenant, id, SyncNote.of(LogMessage.PUSH_SKIPPED, number, excluded.word()));
                log.appendInTransaction(tenant, LogMessage.PUSH_SKIPPED, key(id), number, excluded.word());
            });
            return new PushOutcome.Skipped();
        }
        if (refusal instanceof Composition.NoFsClient noFs) {
            return failed(tenant, id, LogMessage.PUSH_NO_FS_CLIENT, number, noFs.customerName());
        }
        if (refusal instanceof Composition.UnknownProduct unknown) {
            return failed(tenant, id, LogMessage.PUSH_UNKNOWN_PRODUCT, number, unknown.field(), unknown.code());
        }
        return failed(tenant, id, LogMessage.PUSH_NO_CUSTOMER, number);
    }

    PushOutcome rejected(TenantId tenant, WorkOrderId id, long number, String reason) {
        return failed(tenant, id, LogMessage.PUSH_REJECTED, number, reason);
    }

    private PushOutcome failed(TenantId tenant, WorkOrderId id, LogMessage message, Object... parameters) {
        transactions.run(() -> {
            syncs.failed(tenant, id, SyncNote.of(message, parameters));
            log.appendInTransaction(tenant, message, key(id), parameters);
        });
        return new PushOutcome.Failed(message.code());
    }

    private static String key(WorkOrderId id) {
        return String.valueOf(id.value());
    }
}
