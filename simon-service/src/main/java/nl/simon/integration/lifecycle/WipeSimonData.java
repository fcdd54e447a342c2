package nl.simon.integration.lifecycle;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.simon.integration.log.LogMessage;
import nl.simon.integration.log.RecordLog;
import nl.simon.shared.ConflictException;
import nl.simon.shared.Count;
import nl.simon.shared.InvalidInputException;
import nl.simon.shared.TenantId;
import nl.simon.shared.Transactions;

/**
 * Wizard step 1 (docs/product.md §4.3, §7.1): empties Simon's tables so FactuurSturen can fill them. The first
 * activation wipes all seven; a re-activation wipes the tables the user picks (with the tables
 * pointing at them). One transaction, this tenant only.
 */
public final class WipeSimonData {
    private final Integrations integrations;
    private final SimonData data;
    private final TableActivity activity;
    private final RecordLog log;
    private final Transactions transactions;
    private final Clock clock;

    public WipeSimonData(
            Integrations integrations,
            SimonData data,
            TableActivity activity,
            RecordLog log,
            Transactions transactions,
            Clock clock) {
        this.integrations = integrations;
        this.data = data;
        this.activity = activity;
        this.log = log;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Wipes the named tables (names may come space-padded from a form) and answers which it wiped. The
     * whole request is checked before anything is touched: an unknown name or a missing dependent table
     * refuses it with nothing wiped.
     */
    public Set<SimonTable> wipe(TenantId tenant, List<String> tableNames) {
        return wipe(tenant, tableNames, null);
    }

    /**
     * As {@link #wipe(TenantId, List)}, but with the user's explicit confirmation (the wizard's "Ik begrijp dat …
     * verloren gaan", the API's optional {@code confirm}): unless {@code confirmed} is true, a wipe that would delete
     * any row is refused with nothing wiped. {@code null} means not asked (the API without the field, as before).
     */
    public Set<SimonTable> wipe(TenantId tenant, List<String> tableNames, Boolean confirmed) {
        Set<SimonTable> tables = parse(tableNames);
        requireDependents(tables);
        transactions.run(() -> {
            Integration integration = integrations.lock(tenant);
            if (integration.isActive()) {
                throw new ConflictException("error.integration.wipe-while-active");
            }
            if (!integration.everActivated() && !tables.equals(EnumSet.allOf(SimonTable.class))) {
                throw new InvalidInputException("tables", "error.wipe-all-first-time");
            }
            if (confirmed != null && !confirmed) {
                requireNothingLost(tenant, tables);
            }
            data.wipe(tenant, tables);
            activity.forgetSimonChanges(tenant, tables);
            integrations.save(new Integration(
                    tenant,
                    integration.status(),
                    integration.activatedAt(),
                    integration.deactivatedAt(),
                    clock.instant(),
                    integration.connection(),
                    integration.termsAcceptedAt(),
                    integration.suspendedReason()));
            log.appendInTransaction(tenant, LogMessage.DATA_WIPED, null, tables.isEmpty() ? "-" : names(tables));
        });
        return Set.copyOf(tables);
    }

    /** Refuses an unconfirmed wipe that would delete rows, naming the uninvoiced work orders it would lose. */
    private void requireNothingLost(TenantId tenant, Set<SimonTable> tables) {
        long rows = data.counts(tenant).stream()
                .filter(count -> tables.contains(count.table()))
                .mapToLong(TableCount::count)
                .sum();
        if (rows == 0) {
            return;
        }
        UninvoicedWorkOrders uninvoiced = tables.contains(SimonTable.WorkOrder)
                ? data.uninvoicedWorkOrders(tenant, UninvoicedWorkOrders.SHOWN)
                : new UninvoicedWorkOrders(0, List.of());
        if (uninvoiced.count() > 0) {
            throw new InvalidInputException(
                    "confirm",
                    "error.wipe-confirm-uninvoiced",
                    new Count(rows),
                    new Count(uninvoiced.count()),
                    uninvoiced.numbers());
        }
        throw new InvalidInputException("confirm", "error.wipe-confirm", new Count(rows));
    }

    private static Set<SimonTable> parse(List<String> names) {
        if (names == null) {
            throw new InvalidInputException("tables", "error.required");
        }
        Set<SimonTable> tables = EnumSet.noneOf(SimonTable.class);
        for (String name : names) {
            try {
                tables.add(SimonTable.valueOf(name == null ? "" : name.strip()));
            } catch (IllegalArgumentException unknown) {
                String shown = String.valueOf(name);
                throw new InvalidInputException(
                        "tables", "error.unknown-table", shown.length() > 40 ? shown.substring(0, 40) + "…" : shown);
            }
        }
        return tables;
    }

    private static void requireDependents(Set<SimonTable> tables) {
        for (SimonTable table : tables) {
            Set<SimonTable> missing = EnumSet.noneOf(SimonTable.class);
            missing.addAll(table.dependents());
            missing.removeAll(tables);
            if (!missing.isEmpty()) {
                throw new InvalidInputException("tables", "error.wipe-dependents", table, List.copyOf(missing));
            }
        }
    }

    private static String names(Set<SimonTable> tables) {
        return tables.stream().map(Enum::name).collect(Collectors.joining(", "));
    }
}
