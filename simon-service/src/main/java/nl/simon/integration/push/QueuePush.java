package nl.simon.integration.push;

import nl.simon.integration.lifecycle.Integration;
import nl.simon.integration.lifecycle.Integrations;
import nl.simon.integration.log.LogMessage;
import nl.simon.integration.log.RecordLog;
import nl.simon.integration.settings.SettingsVersion;
import nl.simon.shared.ConflictException;
import nl.simon.shared.TenantId;
import nl.simon.shared.Transactions;
import nl.simon.workorder.InvoiceSyncState;
import nl.simon.workorder.WhenArchived;
import nl.simon.workorder.WorkOrder;
import nl.simon.workorder.WorkOrderId;
import nl.simon.workorder.WorkOrderStatus;
import nl.simon.workorder.WorkOrders;

/**
 * Queues an archived work order's draft invoice in the archive's own transaction (an outbox), with the
 * settings version in force at that moment; the push job runs within seconds. With the integration
 * inactive the work order stays NOT_SENT with a warning, to be sent later ("Opnieuw versturen").
 */
public final class QueuePush implements WhenArchived {
    private final Integrations integrations;
    private final WorkOrders workOrders;
    private final InvoiceSyncs syncs;
    private final PushJobs jobs;
    private final RecordLog log;
    private final Transactions transactions;

    public QueuePush(
            Integrations integrations,
            WorkOrders workOrders,
            InvoiceSyncs syncs,
            PushJobs jobs,
            RecordLog log,
            Transactions transactions) {
        this.integrations = integrations;
        this.workOrders = workOrders;
        this.syncs = syncs;
        this.jobs = jobs;
        this.log = log;
        this.transactions = transactions;
    }

    @Override
    public void archived(TenantId tenant, WorkOrderId workOrder) {
        Integration integration = integrations.get(tenant);
        if (integration.isActive()) {
            queue(tenant, workOrder);
        } else if (integration.everActivated()) {
            long number =
                    workOrders.byId(tenant, workOrder).map(WorkOrder::number).orElse(0L);
            syncs.notSent(tenant, workOrder, SyncNote.of(LogMessage.PUSH_NOT_SENT_INACTIVE, number));
            log.appendInTransaction(
                    tenant, LogMessage.PUSH_NOT_SENT_INACTIVE, String.valueOf(workOrder.value()), number);
        }
    }

    /** "Opnieuw versturen": a FAILED or NOT_SENT archived work order is queued again, with the settings of now. */
    public void resend(TenantId tenant, WorkOrderId id) {
        transactions.run(() -> {
            WorkOrder workOrder = workOrders.locked(tenant, id);
            InvoiceSyncState state = workOrder.invoiceSync().state();
            if (workOrder.status() != WorkOrderStatus.ARCHIVED) {
                throw new ConflictException("error.push.not-archived");
            }
            if (!state.canBeResent()) {
                throw new ConflictException("error.push.not-resendable", state.name());
            }
            if (!integrations.get(tenant).isActive()) {
                throw new ConflictException("error.integration.not-active");
            }
            queue(tenant, id);
            log.appendInTransaction(
                    tenant, LogMessage.PUSH_QUEUED_AGAIN, String.valueOf(id.value()), workOrder.number());
        });
    }

    /**
     * "Alle niet-verstuurde opnieuw versturen": {@link #resend} for each archived work order whose draft FAILED or was
     * NOT_SENT, each in its own transaction under its row lock, so each is queued once however often this runs (one
     * that changed meanwhile, e.g. queued by a concurrent call, is passed over). Answers how many it queued.
     */
    public int resendAll(TenantId tenant) {
        if (!integrations.get(tenant).isActive()) {
            throw new ConflictException("error.integration.not-active");
        }
        int queued = 0;
        for (WorkOrderId id : syncs.resendable(tenant)) {
            try {
                resend(tenant, id);
                queued++;
            } catch (ConflictException changedMeanwhile) {
                if (!integrations.get(tenant).isActive()) {
                    throw changedMeanwhile;
                }
            }
        }
        return queued;
    }

    /** How many archived work orders "alle niet-verstuurde opnieuw versturen" would queue now. */
    public int resendableCount(TenantId tenant) {
        return syncs.resendable(tenant).size();
    }

    /**
     * Asked when a push job's run has finished, in the transaction that removes or keeps its row: whether the
     * work order is QUEUED again (a Resend came while the run was ending), read under its row lock, which a
     * Resend holds until it commits. Must be called in a transaction.
     */
    public boolean queuedAgain(TenantId tenant, WorkOrderId workOrder) {
        return syncs.readLocked(tenant, workOrder)
                .map(state -> state.state() == InvoiceSyncState.QUEUED)
                .orElse(false);
    }

    private void queue(TenantId tenant, WorkOrderId workOrder) {
        Integer version = integrations
                .currentSettings(tenant)
                .map(SettingsVersion::version)
                .orElse(null);
        syncs.queue(tenant, workOrder, version);
        jobs.pushSoon(tenant, workOrder);
    }
}
