package nl.simon.integration.push;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import nl.simon.integration.fs.FactuurSturen;
import nl.simon.integration.fs.FoundDraft;
import nl.simon.integration.fs.FsCredentials;
import nl.simon.integration.fs.FsFailure;
import nl.simon.integration.jobs.JobEpisodes;
import nl.simon.integration.lifecycle.ConnectedAccount;
import nl.simon.integration.lifecycle.Integration;
import nl.simon.integration.lifecycle.Integrations;
import nl.simon.integration.lifecycle.SuspendTenant;
import nl.simon.integration.settings.IntegrationSettings;
import nl.simon.integration.settings.SettingsVersion;
import nl.simon.item.Items;
import nl.simon.shared.ConflictException;
import nl.simon.shared.TenantId;
import nl.simon.workorder.InvoiceSyncState;
import nl.simon.workorder.WorkOrderId;

/**
 * The body of the {@code fs-push} job: sends one archived work order to FactuurSturen as a draft invoice,
 * exactly once. It decides from the push's state and the integration what happens, composes the draft with
 * the settings version fixed when the work order was queued ({@link ComposeDraft}), lets {@link DraftSender}
 * get it into FS (name reserved before the first POST, outcome marked unknown before each POST, a draft found
 * under our name counted only when it is ours) and records how it ended in the {@link PushQueue}.
 *
 * <p>What escapes a push: a key FS refuses or that cannot be decrypted suspends the tenant (red row) and the
 * push waits for the reconnect, which sends it at once; an unexpected failure (a bug, a bad record) is one red
 * row per episode ({@link JobEpisodes}), kept for the status page until that push succeeds, and fails the run
 * so it backs off.
 */
public final class PushWorkOrder {
    static final Duration SUSPENDED_RETRY = Duration.ofMinutes(10);

    private final PushQueue queue;
    private final Integrations integrations;
    private final ConnectedAccount account;
    private final InvoicedWorkOrders workOrders;
    private final Items items;
    private final FactuurSturen factuurSturen;
    private final DraftSender sender;
    private final SuspendTenant suspension;
    private final JobEpisodes episodes;
    private final Clock clock;

    public PushWorkOrder(
            PushQueue queue,
            Integrations integrations,
            ConnectedAccount account,
            InvoicedWorkOrders workOrders,
            Items items,
            FactuurSturen factuurSturen,
            DraftSender sender,
            SuspendTenant suspension,
            JobEpisodes episodes,
            Clock clock) {
        this.queue = queue;
        this.integrations = integrations;
        this.account = account;
        this.workOrders = workOrders;
        this.items = items;
        this.factuurSturen = factuurSturen;
        this.sender = sender;
        this.suspension = suspension;
        this.episodes = episodes;
        this.clock = clock;
    }

    /** The job's name in the failure records: one per work order, so one bad work order does not hide others. */
    public static String jobOf(WorkOrderId workOrder) {
        return "fs-push:" + workOrder.value();
    }

    public PushOutcome push(TenantId tenant, WorkOrderId workOrder) {
        try {
            return episodes.run(tenant, jobOf(workOrder), () -> pushOnce(tenant, workOrder));
        } catch (FsFailure.Unauthorized refused) {
            suspension.suspend(tenant, refused);
            return new PushOutcome.RetryAt(clock.instant().plus(SUSPENDED_RETRY));
        }
    }

    private PushOutcome pushOnce(TenantId tenant, WorkOrderId id) {
        Optional<PushState> state = queue.state(tenant, id);
        if (state.isEmpty() || state.get().state() != InvoiceSyncState.QUEUED) {
            return new PushOutcome.AlreadyDone();
        }
        Integration integration = integrations.get(tenant);
        if (!integration.runsJobs()) {
            if (!integration.isActive()
                    && state.get().outcomeUnknown()
                    && state.get().draftName() != null) {
                return settleWhileInactive(tenant, id, state.get(), integration);
            }
            return notNow(tenant, id, integration);
        }
        InvoicedWorkOrder workOrder = workOrders.read(tenant, id);
        FsCredentials credentials = account.of(tenant);
        try {
            Composition composition = compose(tenant, workOrder, state.get(), credentials);
            if (!(composition instanceof Composition.Ready ready)) {
                return queue.refused(tenant, id, workOrder.number(), (Composition.Refusal) composition);
            }
            return recorded(
                    tenant,
                    id,
                    workOrder.number(),
                    sender.send(tenant, id, workOrder.number(), ready.draft(), state.get(), credentials));
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
        InvoicedWorkOrder workOrder = workOrders.read(tenant, id);
        try {
            Composition composition = compose(tenant, workOrder, state, credentials);
            Optional<FoundDraft> found = sender.find(credentials, state.draftName());
            if (found.isEmpty()) {
                return notNow(tenant, id, integration);
            }
            if (composition instanceof Composition.Ready ready) {
                return recorded(
                        tenant,
                        id,
                        workOrder.number(),
                        DraftSender.judge(ready.draft().named(state.draftName()), found.get()));
            }
            return queue.refused(tenant, id, workOrder.number(), (Composition.Refusal) composition);
        } catch (FsFailure.RateLimited limited) {
            return new PushOutcome.RetryAt(limited.refillsAt());
        } catch (FsFailure.Unauthorized refused) {
            return new PushOutcome.RetryAt(clock.instant().plus(SUSPENDED_RETRY));
        }
    }

    /** Suspended: wait for the reconnect. Inactive: NOT_SENT, to be sent again after activating. */
    private PushOutcome notNow(TenantId tenant, WorkOrderId id, Integration integration) {
        if (integration.isActive()) {
            return new PushOutcome.RetryAt(clock.instant().plus(SUSPENDED_RETRY));
        }
        return queue.notSentWhileInactive(tenant, id, workOrders.number(tenant, id));
    }

    private PushOutcome recorded(TenantId tenant, WorkOrderId id, long number, DraftSender.Attempt attempt) {
        if (attempt instanceof DraftSender.Attempt.Sent sent) {
            return queue.sent(tenant, id, number, sent.name(), sent.draftId());
        }
        if (attempt instanceof DraftSender.Attempt.NotOurs notOurs) {
            return queue.notOurs(tenant, id, number, notOurs.found());
        }
        if (attempt instanceof DraftSender.Attempt.Refused refused) {
            return queue.rejected(tenant, id, number, refused.reason());
        }
        return new PushOutcome.RetryAt(clock.instant());
    }

    /** With the settings version fixed when the work order was queued (today's when it has none). */
    private Composition compose(
            TenantId tenant, InvoicedWorkOrder workOrder, PushState state, FsCredentials credentials) {
        IntegrationSettings settings = (state.settingsVersion() == null
                        ? integrations.currentSettings(tenant)
                        : integrations.settingsVersion(tenant, state.settingsVersion()))
                .map(SettingsVersion::settings)
                .orElseThrow(() -> new IllegalStateException("no settings for push"));
        return ComposeDraft.compose(
                workOrder.details(),
                workOrder.customer(),
                workOrder.location(),
                settings,
                new ProductPrices(tenant, items, factuurSturen, credentials));
    }
}
