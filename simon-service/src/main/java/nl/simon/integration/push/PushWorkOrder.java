package nl.simon.integration.push;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import nl.simon.customer.Customer;
import nl.simon.customer.Customers;
import nl.simon.customer.Location;
import nl.simon.customer.Locations;
import nl.simon.integration.fs.Draft;
import nl.simon.integration.fs.FactuurSturen;
import nl.simon.integration.fs.FoundDraft;
import nl.simon.integration.fs.FsCredentials;
import nl.simon.integration.fs.FsFailure;
import nl.simon.integration.lifecycle.ConnectedAccount;
import nl.simon.integration.lifecycle.Integration;
import nl.simon.integration.lifecycle.Integrations;
import nl.simon.integration.lifecycle.SuspendTenant;
import nl.simon.integration.log.LogMessage;
import nl.simon.integration.log.RecordLog;
import nl.simon.integration.settings.SettingsVersion;
import nl.simon.item.Items;
import nl.simon.shared.ConflictException;
import nl.simon.shared.TenantId;
import nl.simon.shared.Transactions;
import nl.simon.workorder.InvoiceSyncState;
import nl.simon.workorder.ViewWorkOrder;
import nl.simon.workorder.WorkOrderDetails;
import nl.simon.workorder.WorkOrderId;

/**
 * Sends one archived work order to FactuurSturen as a draft invoice, exactly once. The draft's name
 * (FS {@code savename}) is chosen once and stored before the first POST; the attempt is recorded as
 * "outcome unknown" before the POST, so after a timeout, a 5xx, a lost answer or a crash the next
 * attempt first looks the draft up by that name and only sends when FS does not have it.
 */
public final class PushWorkOrder {
    static final Duration SUSPENDED_RETRY = Duration.ofMinutes(10);

    private final InvoiceSyncs syncs;
    private final ViewWorkOrder view;
    private final Customers customers;
    private final Locations locations;
    private final Items items;
    private final Integrations integrations;
    private final ConnectedAccount account;
    private final FactuurSturen factuurSturen;
    private final DraftNames names;
    private final SuspendTenant suspension;
    private final RecordLog log;
    private final Transactions transactions;
    private final Clock clock;

    public PushWorkOrder(PushParts parts, Integrations integrations, ConnectedAccount account,
            FactuurSturen factuurSturen, SuspendTenant suspension, RecordLog log, Transactions transactions,
            Clock clock) {
        this.suspension = suspension;
        this.syncs = parts.syncs();
        this.view = parts.view();
        this.customers = parts.customers();
        this.locations = parts.locations();
        this.items = parts.items();
        this.integrations = integrations;
        this.account = account;
        this.factuurSturen = factuurSturen;
        this.names = new DraftNames(factuurSturen, syncs, log);
        this.log = log;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The parts of Simon a push reads and writes. */
    public record PushParts(InvoiceSyncs syncs, ViewWorkOrder view, Customers customers, Locations locations,
            Items items) {
    }

    public PushOutcome push(TenantId tenant, WorkOrderId id) {
        Optional<PushState> state = transactions.inTransaction(() -> syncs.readLocked(tenant, id));
        if (state.isEmpty() || state.get().state() != InvoiceSyncState.QUEUED) {
            return new PushOutcome.AlreadyDone();
        }
        Integration integration = integrations.get(tenant);
        if (!integration.runsJobs()) {
            if (!integration.isActive() && state.get().outcomeUnknown() && state.get().draftName() != null) {
                return settleWhileInactive(tenant, id, state.get(), integration);
            }
            return notNow(tenant, id, integration);
        }
        WorkOrderDetails details = view.view(tenant, id);
        FsCredentials credentials = account.of(tenant);
        try {
            return send(tenant, details, compose(tenant, details, state.get(), credentials), state.get(), credentials);
        } catch (FsFailure.RateLimited limited) {
            return new PushOutcome.RetryAt(limited.refillsAt());
        } catch (FsFailure.Unauthorized refused) {
            suspension.suspend(tenant);
            return new PushOutcome.RetryAt(clock.instant().plus(SUSPENDED_RETRY));
        }
    }

    /**
     * Deactivated while our last POST's answer never came: the draft may be in FS. The credentials stay stored
     * after a deactivation, so look it up with them; only "not there" makes the work order NOT_SENT. FS not
     * answering keeps it QUEUED (the job retries), so the outcome stays unknown until a look-up settles it.
     */
    private PushOutcome settleWhileInactive(TenantId tenant, WorkOrderId id, PushState state, Integration integration) {
        FsCredentials credentials;
        try {
            credentials = account.of(tenant);
        } catch (ConflictException notConnected) {
            return notNow(tenant, id, integration);
        }
        WorkOrderDetails details = view.view(tenant, id);
        long number = details.workOrder().number();
        try {
            Composition composition = compose(tenant, details, state, credentials);
            Optional<FoundDraft> found = factuurSturen.findDraft(credentials, state.draftName());
            if (found.isEmpty()) {
                return notNow(tenant, id, integration);
            }
            if (composition instanceof Composition.Ready ready) {
                return settle(tenant, id, number, ready.draft().named(state.draftName()), found.get());
            }
            return new PushRefusals(syncs, log, transactions).record(tenant, id, number, composition);
        } catch (FsFailure.RateLimited limited) {
            return new PushOutcome.RetryAt(limited.refillsAt());
        } catch (FsFailure.Unauthorized refused) {
            return new PushOutcome.RetryAt(clock.instant().plus(SUSPENDED_RETRY));
        }
    }

    private PushOutcome notNow(TenantId tenant, WorkOrderId id, Integration integration) {
        if (integration.isActive()) {
            return new PushOutcome.RetryAt(clock.instant().plus(SUSPENDED_RETRY));
        }
        long number = view.view(tenant, id).workOrder().number();
        transactions.run(() -> {
            syncs.notSent(tenant, id, SyncNote.of(LogMessage.PUSH_NOT_SENT_INACTIVE, number));
            log.appendInTransaction(tenant, LogMessage.PUSH_NOT_SENT_INACTIVE, String.valueOf(id.value()), number);
        });
        return new PushOutcome.Failed("integration not active");
    }

    private Composition compose(TenantId tenant, WorkOrderDetails details, PushState state, FsCredentials credentials) {
        var settings = (state.settingsVersion() == null ? integrations.currentSettings(tenant)
                : integrations.settingsVersion(tenant, state.settingsVersion()))
                .map(SettingsVersion::settings).orElseThrow(() -> new IllegalStateException("no settings for push"));
        Customer customer = details.workOrder().customer().flatMap(c -> customers.byId(tenant, c)).orElse(null);
        Location location = details.workOrder().location().flatMap(l -> locations.byId(tenant, l)).orElse(null);
        return ComposeDraft.compose(details, customer, location, settings,
                new ProductPrices(tenant, items, factuurSturen, credentials));
    }

    private PushOutcome send(TenantId tenant, WorkOrderDetails details, Composition composition, PushState state,
            FsCredentials credentials) {
        WorkOrderId id = details.workOrder().id();
        long number = details.workOrder().number();
        if (!(composition instanceof Composition.Ready ready)) {
            return new PushRefusals(syncs, log, transactions).record(tenant, id, number, composition);
        }
        if (state.draftName() == null) {
            Optional<String> chosen = names.choose(tenant, id, number, null, ready.draft().savename(), credentials);
            if (chosen.isEmpty()) {
                return new PushOutcome.RetryAt(clock.instant());
            }
            state = state.named(chosen.get());
        }
        String name = state.draftName();
        Draft draft = ready.draft().named(name);
        if (state.outcomeUnknown()) {
            Optional<FoundDraft> found = factuurSturen.findDraft(credentials, name);
            if (found.isPresent()) {
                return settle(tenant, id, number, draft, found.get());
            }
        }
        transactions.runAlone(() -> syncs.attemptStarted(tenant, id));
        try {
            return sent(tenant, id, number, name, factuurSturen.createDraft(credentials, draft));
        } catch (FsFailure.Rejected rejected) {
            Optional<FoundDraft> found = factuurSturen.findDraft(credentials, name);
            if (found.isEmpty()) {
                return new PushRefusals(syncs, log, transactions).rejected(tenant, id, number, rejected.reason());
            }
            if (!state.outcomeUnknown() && !DraftOwnership.isOurs(found.get(), draft)) {
                return renameAfterForeignDraft(tenant, id, number, name, ready.draft().savename(), credentials);
            }
            return settle(tenant, id, number, draft, found.get());
        } catch (FsFailure.Unreachable unknown) {
            if (!state.outcomeUnknown()) {
                log.appendAndCommit(tenant, LogMessage.PUSH_DELAYED, String.valueOf(id.value()), number);
            }
            throw unknown;
        }
    }

    /**
     * A draft found under our name counts as sent only when it is ours: the client and lines we composed.
     * Otherwise (made by hand, another work order's) nothing is marked sent and the user is told in red; the
     * outcome of our own earlier POST stays unknown, so a Retry looks again before it sends.
     */
    private PushOutcome settle(TenantId tenant, WorkOrderId id, long number, Draft composed, FoundDraft found) {
        if (DraftOwnership.isOurs(found, composed)) {
            return sent(tenant, id, number, composed.savename(), found.id());
        }
        return notOurs(tenant, id, number, found);
    }

    private PushOutcome notOurs(TenantId tenant, WorkOrderId id, long number, FoundDraft found) {
        transactions.run(() -> {
            syncs.failedUnsettled(tenant, id, SyncNote.of(LogMessage.PUSH_NAME_NOT_OURS, number, found.savename()));
            log.appendInTransaction(tenant, LogMessage.PUSH_NAME_NOT_OURS, String.valueOf(id.value()), number,
                    found.savename());
        });
        return new PushOutcome.Failed(LogMessage.PUSH_NAME_NOT_OURS.code());
    }

    /**
     * FS refused our POST because another draft (not ours) has the name, and no earlier POST of ours has an
     * unknown outcome: none of ours can be in FS, so a fresh name is safe. It is reserved now; the job runs
     * again at once and sends under it.
     */
    private PushOutcome renameAfterForeignDraft(TenantId tenant, WorkOrderId id, long number, String current,
            String wanted, FsCredentials credentials) {
        names.choose(tenant, id, number, current, wanted, credentials);
        return new PushOutcome.RetryAt(clock.instant());
    }

    private PushOutcome sent(TenantId tenant, WorkOrderId id, long number, String name, String draftId) {
        transactions.run(() -> {
            syncs.sent(tenant, id, draftId);
            log.appendInTransaction(tenant, LogMessage.PUSH_SENT, String.valueOf(id.value()), number, name);
        });
        return new PushOutcome.Sent(name);
    }
}
