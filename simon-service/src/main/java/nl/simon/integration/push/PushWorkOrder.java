package nl.simon.integration.push;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import nl.simon.integration.fs.Draft;
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
 * exactly once (docs/adr/0003-exactly-once-push.md). It decides from the push's state and the integration what
 * happens, composes the draft with the settings version fixed when the work order was queued ({@link ComposeDraft}),
 * gets it into FS ({@link #send}) and records how it ended in the {@link PushQueue}.
 *
 * <p>Exactly once: the draft's name is chosen and reserved before the first POST; an attempt whose outcome is
 * unknown first looks the draft up by that name; the attempt is marked "outcome unknown" (committed) right before
 * the POST; a found draft counts only when it is ours. The name is the one the settings give, or, when that name is
 * taken, the same name with the work order number after it, then {@code -2}, {@code -3}… (deterministic). A name is
 * taken when FS has a draft of that name (a draft made by hand, another work order's) or another work order of the
 * company reserved it, whose POST may still be on its way; both compare names as FS does, ignoring case. The
 * reservation is atomic (a unique index), so two pushes, also on two instances, never get the same name.
 *
 * <p>What escapes a push: a key FS refuses or that cannot be decrypted suspends the tenant (red row) and the
 * push waits for the reconnect, which sends it at once; an unexpected failure (a bug, a bad record) is one red
 * row per episode ({@link JobEpisodes}), kept for the status page until that push succeeds, and fails the run
 * so it backs off.
 */
public final class PushWorkOrder {
    static final Duration SUSPENDED_RETRY = Duration.ofMinutes(10);
    /** Far more than any real run of colliding names; a guard against looping for ever. */
    static final int MAX_ATTEMPTS = 1_000;

    private final PushQueue queue;
    private final Integrations integrations;
    private final ConnectedAccount account;
    private final InvoicedWorkOrders workOrders;
    private final Items items;
    private final FactuurSturen factuurSturen;
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
            SuspendTenant suspension,
            JobEpisodes episodes,
            Clock clock) {
        this.queue = queue;
        this.integrations = integrations;
        this.account = account;
        this.workOrders = workOrders;
        this.items = items;
        this.factuurSturen = factuurSturen;
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
                    send(tenant, id, workOrder.number(), ready.draft(), state.get(), credentials));
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
            Optional<FoundDraft> found = factuurSturen.findDraft(credentials, state.draftName());
            if (found.isEmpty()) {
                return notNow(tenant, id, integration);
            }
            if (composition instanceof Composition.Ready ready) {
                return recorded(
                        tenant, id, workOrder.number(), judge(ready.draft().named(state.draftName()), found.get()));
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

    private PushOutcome recorded(TenantId tenant, WorkOrderId id, long number, Attempt attempt) {
        if (attempt instanceof Attempt.Sent sent) {
            return queue.sent(tenant, id, number, sent.name(), sent.draftId());
        }
        if (attempt instanceof Attempt.NotOurs notOurs) {
            return queue.notOurs(tenant, id, number, notOurs.found());
        }
        if (attempt instanceof Attempt.Refused refused) {
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

    /** How one attempt to get the draft into FS ended. */
    sealed interface Attempt {
        /** FS has our draft under this name: made now, or found and ours. */
        record Sent(String name, String draftId) implements Attempt {}

        /** FS has a draft under our name that is not ours. */
        record NotOurs(FoundDraft found) implements Attempt {}

        /** FS refused the POST and has no draft of that name. */
        record Refused(String reason) implements Attempt {}

        /** The work order's name changed (another run, or a fresh name after a foreign draft): run again now. */
        record Again() implements Attempt {}
    }

    /**
     * One attempt to get the draft into FS, exactly once. {@code composed}: the draft under the name the settings
     * give (used when the work order has none yet). FS failures other than a refusal of the POST
     * ({@link FsFailure.Unreachable}, rate limit, key) propagate.
     */
    private Attempt send(
            TenantId tenant, WorkOrderId id, long number, Draft composed, PushState state, FsCredentials credentials) {
        if (state.draftName() == null) {
            Optional<String> chosen = chooseName(tenant, id, number, null, composed.savename(), credentials);
            if (chosen.isEmpty()) {
                return new Attempt.Again();
            }
            state = state.named(chosen.get());
        }
        String name = state.draftName();
        Draft draft = composed.named(name);
        if (state.outcomeUnknown()) {
            Optional<FoundDraft> found = factuurSturen.findDraft(credentials, name);
            if (found.isPresent()) {
                return judge(draft, found.get());
            }
        }
        queue.attemptStarted(tenant, id);
        try {
            return new Attempt.Sent(name, factuurSturen.createDraft(credentials, draft));
        } catch (FsFailure.Rejected rejected) {
            Optional<FoundDraft> found = factuurSturen.findDraft(credentials, name);
            if (found.isEmpty()) {
                return new Attempt.Refused(rejected.reason());
            }
            if (!state.outcomeUnknown() && !DraftOwnership.isOurs(found.get(), draft)) {
                // another draft (not ours) has the name and no earlier POST of ours has an unknown outcome: none
                // of ours can be in FS, so a fresh name is safe; reserved now, and the job runs again at once
                chooseName(tenant, id, number, name, composed.savename(), credentials);
                return new Attempt.Again();
            }
            return judge(draft, found.get());
        } catch (FsFailure.Unreachable unknown) {
            if (!state.outcomeUnknown()) {
                queue.delayed(tenant, id, number);
            }
            throw unknown;
        }
    }

    /**
     * A draft found under our name counts as sent only when it is ours: the client and lines we composed.
     * Otherwise (made by hand, another work order's) it is not ours, and the outcome of our own earlier POST
     * stays unknown, so a Retry looks again before it sends.
     */
    static Attempt judge(Draft composed, FoundDraft found) {
        if (DraftOwnership.isOurs(found, composed)) {
            return new Attempt.Sent(composed.savename(), found.id());
        }
        return new Attempt.NotOurs(found);
    }

    /**
     * The name now reserved for the work order in place of {@code current} (null: none chosen yet); empty when
     * another run of the same push changed the work order's name meanwhile (that name stands: run again).
     */
    private Optional<String> chooseName(
            TenantId tenant, WorkOrderId id, long number, String current, String wanted, FsCredentials credentials) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            String name = attempt == 0 ? wanted : alternative(wanted, number, attempt);
            if (factuurSturen.findDraft(credentials, name).isPresent()) {
                continue;
            }
            NameReservation reservation = queue.reserveName(tenant, id, number, current, wanted, name);
            if (reservation == NameReservation.CHANGED_MEANWHILE) {
                return Optional.empty();
            }
            if (reservation == NameReservation.RESERVED) {
                return Optional.of(name);
            }
        }
        throw new IllegalStateException("no free draft name for work order " + id.value());
    }

    static String alternative(String wanted, long number, int attempt) {
        String suffix = " #" + number + (attempt > 1 ? "-" + attempt : "");
        int room = Math.max(0, Draft.MAX_SAVENAME - suffix.length());
        String base =
                wanted.length() <= room ? wanted : wanted.substring(0, room).strip();
        return base + suffix;
    }
}
