package nl.simon.sync;

import nl.simon.integration.Draft;
import nl.simon.integration.FactuurSturen;
import nl.simon.integration.FsCredentials;
import nl.simon.integration.LogMessage;
import nl.simon.integration.RecordLog;
import nl.simon.shared.TenantId;
import nl.simon.shared.Transactions;
import nl.simon.workorder.WorkOrderId;

/**
 * Chooses a work order's draft name once, before its first POST, and stores it: the name the settings
 * give, or, when FS already has a draft of that name (another work order's reference, a draft made by
 * hand), the same name with the work order number after it, then {@code -2}, {@code -3}… (deterministic).
 */
final class DraftNames {
    private final FactuurSturen factuurSturen;
    private final InvoiceSyncs syncs;
    private final RecordLog log;
    private final Transactions transactions;

    DraftNames(FactuurSturen factuurSturen, InvoiceSyncs syncs, RecordLog log, Transactions transactions) {
        this.factuurSturen = factuurSturen;
        this.syncs = syncs;
        this.log = log;
        this.transactions = transactions;
    }

    String choose(TenantId tenant, WorkOrderId id, long number, String wanted, FsCredentials credentials) {
        String name = wanted;
        for (int attempt = 1; factuurSturen.findDraft(credentials, name).isPresent(); attempt++) {
            name = alternative(wanted, number, attempt);
        }
        String chosen = name;
        transactions.runAlone(() -> {
            syncs.chooseName(tenant, id, chosen);
            if (!chosen.equals(wanted)) {
                log.now(tenant, LogMessage.PUSH_RENAMED, String.valueOf(id.value()), number, wanted, chosen);
            }
        });
        return chosen;
    }

    static String alternative(String wanted, long number, int attempt) {
        String suffix = " #" + number + (attempt > 1 ? "-" + attempt : "");
        int room = Math.max(0, Draft.MAX_SAVENAME - suffix.length());
        String base = wanted.length() <= room ? wanted : wanted.substring(0, room).strip();
        return base + suffix;
    }
}
