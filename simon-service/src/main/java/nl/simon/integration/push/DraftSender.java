package nl.simon.integration.push;

import java.util.Optional;
import nl.simon.integration.fs.Draft;
import nl.simon.integration.fs.FactuurSturen;
import nl.simon.integration.fs.FoundDraft;
import nl.simon.integration.fs.FsCredentials;
import nl.simon.integration.fs.FsFailure;
import nl.simon.integration.log.LogMessage;
import nl.simon.integration.log.RecordLog;
import nl.simon.shared.TenantId;
import nl.simon.shared.Transactions;
import nl.simon.workorder.WorkOrderId;

/**
 * One attempt to get a composed draft into FactuurSturen, exactly once (docs/adr/0003-exactly-once-push.md):
 * the draft's name is chosen and reserved before the first POST; an attempt whose outcome is unknown first
 * looks the draft up by that name; the attempt is marked "outcome unknown" (committed) right before the POST;
 * a found draft counts only when it is ours. It answers what happened; {@link PushWorkOrder} records it.
 * FS failures other than a refusal of the POST ({@link FsFailure.Unreachable}, rate limit, key) propagate.
 *
 * <p>The name is chosen once, before the first POST, and reserved: the name the settings give, or, when that
 * name is taken, the same name with the work order number after it, then {@code -2}, {@code -3}…
 * (deterministic). A name is taken when FS has a draft of that name (a draft made by hand, another work
 * order's) or another work order of the company reserved it, whose POST may still be on its way; both compare
 * names as FS does, ignoring case. The reservation is atomic (a unique index), so two pushes, also on two
 * instances, never get the same name.
 */
public final class DraftSender {
    /** Far more than any real collision run; a guard against looping for ever. */
    static final int MAX_ATTEMPTS = 1_000;

    private final FactuurSturen factuurSturen;
    private final InvoiceSyncs syncs;
    private final RecordLog log;
    private final Transactions transactions;

    public DraftSender(FactuurSturen factuurSturen, InvoiceSyncs syncs, RecordLog log, Transactions transactions) {
        this.factuurSturen = factuurSturen;
        this.syncs = syncs;
        this.log = log;
        this.transactions = transactions;
    }

    /** How one attempt ended. */
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

    /** {@code composed}: the draft under the name the settings give (used when the work order has none yet). */
    Attempt send(
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
        transactions.runAlone(() -> syncs.attemptStarted(tenant, id));
        try {
            return new Attempt.Sent(name, factuurSturen.createDraft(credentials, draft));
        } catch (FsFailure.Rejected rejected) {
            Optional<FoundDraft> found = factuurSturen.findDraft(credentials, name);
            if (found.isEmpty()) {
                return new Attempt.Refused(rejected.reason());
            }
            if (!state.outcomeUnknown() && !DraftOwnership.isOurs(found.get(), draft)) {
                return renameAfterForeignDraft(tenant, id, number, name, composed.savename(), credentials);
            }
            return judge(draft, found.get());
        } catch (FsFailure.Unreachable unknown) {
            if (!state.outcomeUnknown()) {
                log.appendAndCommit(tenant, LogMessage.PUSH_DELAYED, String.valueOf(id.value()), number);
            }
            throw unknown;
        }
    }

    /** The draft FS has under this name, if any. */
    Optional<FoundDraft> find(FsCredentials credentials, String name) {
        return factuurSturen.findDraft(credentials, name);
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
     * FS refused our POST because another draft (not ours) has the name, and no earlier POST of ours has an
     * unknown outcome: none of ours can be in FS, so a fresh name is safe. It is reserved now; the job runs
     * again at once and sends under it.
     */
    private Attempt renameAfterForeignDraft(
            TenantId tenant, WorkOrderId id, long number, String current, String wanted, FsCredentials credentials) {
        chooseName(tenant, id, number, current, wanted, credentials);
        return new Attempt.Again();
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
            NameReservation reservation = syncs.reserveName(tenant, id, current, name);
            if (reservation == NameReservation.CHANGED_MEANWHILE) {
                return Optional.empty();
            }
            if (reservation == NameReservation.RESERVED) {
                if (attempt > 0) {
                    log.appendAndCommit(
                            tenant, LogMessage.PUSH_RENAMED, String.valueOf(id.value()), number, wanted, name);
                }
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
