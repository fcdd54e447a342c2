package nl.simon.integration.cleanup;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import nl.simon.integration.lifecycle.Integrations;
import nl.simon.integration.lifecycle.SimonTable;
import nl.simon.integration.lifecycle.TableActivity;
import nl.simon.integration.log.LogMessage;
import nl.simon.integration.log.RecordLog;
import nl.simon.shared.ConflictException;
import nl.simon.shared.TenantId;
import nl.simon.shared.Transactions;

/**
 * The cleanup, a few times a week (docs/product.md §2.1, §2.5, §7.3): removes customers and items made in Simon and
 * those deleted in FactuurSturen. One that a work order uses is hidden instead (it stays on those work
 * orders, gone from the pickers); when a not yet archived work order uses it, a warning names the work
 * orders and what actually works (link another customer; an item is billed as it is). Every removal and
 * hiding writes a log row. A client FactuurSturen still has but marks inactive is left alone: the pull
 * keeps it hidden under its FS number and shows it again when FS makes it active.
 */
public final class CleanUp {
    private final Integrations integrations;
    private final CleanupCandidates data;
    private final TableActivity activity;
    private final RecordLog log;
    private final Transactions transactions;

    public CleanUp(
            Integrations integrations,
            CleanupCandidates data,
            TableActivity activity,
            RecordLog log,
            Transactions transactions) {
        this.integrations = integrations;
        this.data = data;
        this.activity = activity;
        this.log = log;
        this.transactions = transactions;
    }

    /** The "Opschonen" button: at once, only while the integration is active. */
    public int cleanUpNow(TenantId tenant) {
        if (!integrations.get(tenant).isActive()) {
            throw new ConflictException("error.integration.not-active");
        }
        return cleanUp(tenant);
    }

    /** Answers how many customers and items were removed or hidden. */
    public int cleanUp(TenantId tenant) {
        return transactions.inTransaction(() -> {
            int customers = clean(
                    tenant,
                    data.customersToClean(tenant),
                    data::removeCustomers,
                    data::hideCustomers,
                    new Messages(
                            LogMessage.CUSTOMER_REMOVED, LogMessage.CUSTOMER_HIDDEN, LogMessage.CUSTOMER_HIDDEN_IN_USE),
                    SimonTable.Customer);
            int items = clean(
                    tenant,
                    data.itemsToClean(tenant),
                    data::removeItems,
                    data::hideItems,
                    new Messages(LogMessage.ITEM_REMOVED, LogMessage.ITEM_HIDDEN, LogMessage.ITEM_HIDDEN_IN_USE),
                    SimonTable.Item);
            log.appendInTransaction(tenant, LogMessage.CLEANUP_DONE, null, customers, items);
            return customers + items;
        });
    }

    private record Messages(LogMessage removed, LogMessage hidden, LogMessage hiddenInUse) {}

    private int clean(
            TenantId tenant,
            List<CleanupCandidate> candidates,
            BiConsumer<TenantId, Collection<Long>> remove,
            BiConsumer<TenantId, Collection<Long>> hide,
            Messages messages,
            SimonTable table) {
        List<CleanupCandidate> unused =
                candidates.stream().filter(c -> !c.usedAtAll()).toList();
        List<CleanupCandidate> toHide =
                candidates.stream().filter(c -> c.usedAtAll() && c.active()).toList();
        remove.accept(tenant, ids(unused));
        hide.accept(tenant, ids(toHide));
        unused.forEach(c -> log.appendInTransaction(tenant, messages.removed(), String.valueOf(c.id()), c.label()));
        toHide.stream()
                .filter(c -> c.openWorkOrders().isEmpty())
                .forEach(c -> log.appendInTransaction(tenant, messages.hidden(), String.valueOf(c.id()), c.label()));
        // Still in use by a work order that is not archived: say so at every cleanup until it is.
        candidates.stream()
                .filter(c -> !c.openWorkOrders().isEmpty())
                .forEach(c -> log.appendInTransaction(
                        tenant,
                        messages.hiddenInUse(),
                        String.valueOf(c.id()),
                        c.label(),
                        numbers(c.openWorkOrders())));
        if (!unused.isEmpty() || !toHide.isEmpty()) {
            activity.integrationUpdated(tenant, table);
        }
        return unused.size() + toHide.size();
    }

    private static List<Long> ids(List<CleanupCandidate> candidates) {
        return new ArrayList<>(candidates.stream().map(CleanupCandidate::id).toList());
    }

    private static String numbers(List<Long> workOrders) {
        return workOrders.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
