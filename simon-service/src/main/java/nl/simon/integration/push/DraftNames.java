package nl.simon.integration.push;

import java.util.Optional;
import nl.simon.integration.fs.Draft;
import nl.simon.integration.fs.FactuurSturen;
import nl.simon.integration.fs.FsCredentials;
import nl.simon.integration.log.LogMessage;
import nl.simon.integration.log.RecordLog;
import nl.simon.shared.TenantId;
import nl.simon.workorder.WorkOrderId;

/**
 * Chooses a work order's draft name once, before its first POST, and reserves it: the name the settings
 * give, or, when that name is taken, the same name with the work order number after it, then {@code -2},
 * {@code -3}… (deterministic). A name is taken when FS has a draft of that name (a draft made by hand, another
 * work order's) or another work order of the company reserved it, whose POST may still be on its way; both
 * compare names as FS does, ignoring case. The reservation is atomic (a unique index), so two pushes, also
 * on two instances, never get the same name.
 */
final class DraftNames {
    /** Far more than any real collision run; a guard against looping for ever. */
    static final int MAX_ATTEMPTS = 1_000;

    private final FactuurSturen factuurSturen;
    private final InvoiceSyncs syncs;
    private final RecordLog log;

    DraftNames(FactuurSturen factuurSturen, InvoiceSyncs syncs, RecordLog log) {
        this.factuurSturen = factuurSturen;
        this.syncs = syncs;
        this.log = log;
    }

    /**
     * The name now reserved for the work order in place of {@code current} (null: none chosen yet); empty when
     * another run of the same push changed the work order's name meanwhile (that name stands: run again).
     */
    Optional<String> choose(
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
