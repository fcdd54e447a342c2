package nl.simon.integration.push;

import java.util.Optional;
import nl.simon.integration.fs.FoundDraft;
import nl.simon.integration.lifecycle.Integration;
import nl.simon.integration.lifecycle.Integrations;
import nl.simon.integration.log.LogMessage;
import nl.simon.integration.log.RecordLog;
import nl.simon.integration.notify.OfficeAlerts;
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
 * A work order's place in the push, and the one home of its invoice state ({@link InvoiceSyncState}) with the log row
 * each change writes: archiving queues the draft invoice in the archive's own transaction (an outbox), with the
 * settings version in force at that moment, and the push job runs within seconds; "Opnieuw versturen" queues it
 * again; the job ({@link PushWorkOrder}) reads where it stands and records here how it ended: SENT, FAILED with the
 * action to take (and one e-mail to the admins per episode), SKIPPED, or NOT_SENT while the integration is inactive
 * (to be sent later with "Opnieuw versturen").
 */
public final class PushQueue implements WhenArchived {
    private final Integrations integrations;
    private final WorkOrders workOrders;
    private final InvoiceSyncs syncs;
    private final PushJobs jobs;
    private final RecordLog log;
    private final Transactions transactions;
    private final OfficeAlerts alerts;

    public PushQueue(
            Integrations integrations,
            WorkOrders workOrders,
            InvoiceSyncs syncs,
            PushJobs jobs,
            RecordLog log,
            Transactions transactions,
            OfficeAlerts alerts) {
        this.integrations = integrations;
        this.workOrders = workOrders;
        this.syncs = syncs;
        this.jobs = jobs;
        this.log = log;
        this.transactions = transactions;
        this.alerts = alerts;
    }

    // Into the queue: archive, resend

    /** In the archive's transaction: queued when the integration is active, NOT_SENT when it was and is no more. */
    @Override
    public void archived(TenantId tenant, WorkOrderId workOrder) {
        Integration integration = integrations.get(tenant);
        if (integration.isActive()) {
            queue(tenant, workOrder);
        } else if (integration.everActivated()) {
            notSentInactive(
                    tenant,
                    workOrder,
                    workOrders.byId(tenant, workOrder).map(WorkOrder::number).orElse(0L));
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
                throw new ConflictException("error.push.not-resendable", state);
            }
            if (!integrations.get(tenant).isActive()) {
                throw new ConflictException("error.integration.not-active");
            }
            queue(tenant, id);
            log.appendInTransaction(tenant, LogMessage.PUSH_QUEUED_AGAIN, key(id), workOrder.number());
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

    private void queue(TenantId tenant, WorkOrderId workOrder) {
        Integer version = integrations
                .currentSettings(tenant)
                .map(SettingsVersion::version)
                .orElse(null);
        syncs.queue(tenant, workOrder, version);
        jobs.pushSoon(tenant, workOrder);
    }

    // Out of the queue: where a push stands, and how it ended (each in a transaction of its own)

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

    /** The integration was deactivated before the draft was made: NOT_SENT, to be sent again after activating. */
    PushOutcome notSentWhileInactive(TenantId tenant, WorkOrderId id, long number) {
        transactions.run(() -> notSentInactive(tenant, id, number));
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

    // While a push sends: the name it reserves, the POST it starts, an answer that does not come

    /**
     * Reserves {@code name} for the work order in place of {@code current} (null: none yet), atomically, so no other
     * work order of the company gets it; a name other than the {@code wanted} one is logged as a rename.
     */
    NameReservation reserveName(
            TenantId tenant, WorkOrderId id, long number, String current, String wanted, String name) {
        NameReservation reservation = syncs.reserveName(tenant, id, current, name);
        if (reservation == NameReservation.RESERVED && !name.equals(wanted)) {
            log.appendAndCommit(tenant, LogMessage.PUSH_RENAMED, key(id), number, wanted, name);
        }
        return reservation;
    }

    /** Committed on its own right before a POST: until its answer is known, a draft of ours may be in FS. */
    void attemptStarted(TenantId tenant, WorkOrderId id) {
        transactions.runAlone(() -> syncs.attemptStarted(tenant, id));
    }

    /** The first POST got no answer: one warning row; the job retries and looks the draft up first. */
    void delayed(TenantId tenant, WorkOrderId id, long number) {
        log.appendAndCommit(tenant, LogMessage.PUSH_DELAYED, key(id), number);
    }

    private PushOutcome failed(TenantId tenant, WorkOrderId id, long number, LogMessage message, Object... parameters) {
        transactions.run(() -> {
            syncs.failed(tenant, id, SyncNote.of(message, parameters));
            log.appendInTransaction(tenant, message, key(id), parameters);
            alerts.pushFailed(tenant, id.value(), number);
        });
        return new PushOutcome.Failed(message.code());
    }

    /** NOT_SENT with its warning, in the caller's transaction: at the archive, or when a push found it inactive. */
    private void notSentInactive(TenantId tenant, WorkOrderId id, long number) {
        syncs.notSent(tenant, id, SyncNote.of(LogMessage.PUSH_NOT_SENT_INACTIVE, number));
        log.appendInTransaction(tenant, LogMessage.PUSH_NOT_SENT_INACTIVE, key(id), number);
    }

    private static String key(WorkOrderId id) {
        return String.valueOf(id.value());
    }
}
