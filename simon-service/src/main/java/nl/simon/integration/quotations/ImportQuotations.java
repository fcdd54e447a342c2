package nl.simon.integration.quotations;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import nl.simon.customer.Customer;
import nl.simon.customer.Customers;
import nl.simon.customer.Location;
import nl.simon.customer.Locations;
import nl.simon.integration.fs.FactuurSturen;
import nl.simon.integration.fs.FsCredentials;
import nl.simon.integration.fs.FsQuotationInfo;
import nl.simon.integration.lifecycle.Integrations;
import nl.simon.integration.log.LogMessage;
import nl.simon.integration.log.RecordLog;
import nl.simon.integration.pull.Progress;
import nl.simon.integration.pull.Pull;
import nl.simon.integration.settings.IntegrationSettings;
import nl.simon.integration.settings.SettingsVersion;
import nl.simon.item.Items;
import nl.simon.shared.TenantId;
import nl.simon.shared.Transactions;
import nl.simon.tenant.Tenants;
import nl.simon.workorder.WorkOrder;
import nl.simon.workorder.WorkOrders;

/**
 * Optional flow 2 (docs/product.md §5.2): with "quotations to work orders" on, every sync reads the FS quotations
 * and makes one work order of each that holds the filter word, once. A quotation whose client is not
 * in Simon yet waits for the next cycle (reported once, in red).
 */
public final class ImportQuotations implements Pull {
    private final FactuurSturen factuurSturen;
    private final Integrations integrations;
    private final QuotationImports imports;
    private final Customers customers;
    private final Locations locations;
    private final Items items;
    private final WorkOrders workOrders;
    private final Tenants tenants;
    private final RecordLog log;
    private final Transactions transactions;

    public ImportQuotations(
            FactuurSturen factuurSturen,
            Integrations integrations,
            QuotationImports imports,
            SimonParts parts,
            RecordLog log,
            Transactions transactions) {
        this.factuurSturen = factuurSturen;
        this.integrations = integrations;
        this.imports = imports;
        this.customers = parts.customers();
        this.locations = parts.locations();
        this.items = parts.items();
        this.workOrders = parts.workOrders();
        this.tenants = parts.tenants();
        this.log = log;
        this.transactions = transactions;
    }

    /** The Simon tables an import writes. */
    public record SimonParts(
            Customers customers, Locations locations, Items items, WorkOrders workOrders, Tenants tenants) {}

    @Override
    public String name() {
        return "quotations";
    }

    @Override
    public int pull(TenantId tenant, FsCredentials credentials, Progress progress) {
        Optional<IntegrationSettings> settings = integrations
                .currentSettings(tenant)
                .map(SettingsVersion::settings)
                .filter(IntegrationSettings::quotationsToWorkOrders);
        if (settings.isEmpty()) {
            return 0;
        }
        Map<String, Boolean> known = imports.known(tenant);
        Run run = new Run(log.newRun(name()));
        try (Stream<FsQuotationInfo> quotations = factuurSturen.quotations(credentials)) {
            for (FsQuotationInfo quotation : (Iterable<FsQuotationInfo>) quotations::iterator) {
                if (!Boolean.TRUE.equals(known.get(quotation.id()))
                        && QuotationWorkOrder.matches(quotation, settings.get().quotationFilterWord())) {
                    importOne(tenant, quotation, settings.get(), run);
                }
            }
        } finally {
            summarise(tenant, run);
        }
        return run.imported;
    }

    /**
     * One log row for the run with its counts (issue 15, as the pulls do); the imported quotations and their
     * lines are its details. A quotation that waits for its client stays a red row of its own.
     */
    private void summarise(TenantId tenant, Run run) {
        if (run.imported == 0) {
            return;
        }
        transactions.run(() -> log.appendInTransaction(
                tenant,
                run.unmatched > 0 ? LogMessage.QUOTATIONS_IMPORTED_WITH_WARNINGS : LogMessage.QUOTATIONS_IMPORTED,
                run.id,
                run.imported,
                run.unmatched));
    }

    /** The counts of one import run and the id its detail rows carry (the summary row's record id). */
    private static final class Run {
        final String id;
        int imported;
        int unmatched;

        Run(String id) {
            this.id = id;
        }
    }

    /** Quotations are not counted in the first import's progress (it counts clients and products). */
    @Override
    public long count(FsCredentials credentials) {
        return 0;
    }

    private void importOne(TenantId tenant, FsQuotationInfo quotation, IntegrationSettings settings, Run run) {
        boolean imported = transactions.inTransaction(() -> {
            Optional<Customer> customer =
                    customers.byFsClientNr(tenant, quotation.clientnr()).filter(Customer::active);
            if (customer.isEmpty()) {
                if (imports.waiting(tenant, quotation.id())) {
                    log.appendInTransaction(
                            tenant,
                            LogMessage.QUOTATION_WAITING,
                            quotation.id(),
                            QuotationWorkOrder.label(quotation),
                            quotation.clientnr());
                }
                return false;
            }
            QuotationWorkOrder made = QuotationWorkOrder.of(
                    quotation,
                    settings,
                    code -> items.activeByCode(tenant, code),
                    name -> items.activeByName(tenant, name));
            WorkOrder workOrder = create(tenant, quotation, customer.get(), made);
            imports.imported(tenant, quotation.id(), workOrder.id());
            // the red row of a quotation that waited for its client now shows "opgelost" (issue 15)
            log.resolveInTransaction(tenant, LogMessage.QUOTATION_WAITING, quotation.id());
            log.appendInRun(
                    tenant,
                    run.id,
                    LogMessage.QUOTATION_IMPORTED,
                    quotation.id(),
                    QuotationWorkOrder.label(quotation),
                    workOrder.number());
            made.unmatched()
                    .forEach(line -> log.appendInRun(
                            tenant,
                            run.id,
                            LogMessage.QUOTATION_LINE_UNMATCHED,
                            quotation.id(),
                            QuotationWorkOrder.label(quotation),
                            workOrder.number(),
                            line));
            made.billedOtherwise()
                    .forEach(line -> log.appendInRun(
                            tenant,
                            run.id,
                            LogMessage.QUOTATION_LINE_BILLED_OTHERWISE,
                            quotation.id(),
                            QuotationWorkOrder.label(quotation),
                            workOrder.number(),
                            line));
            run.unmatched += made.unmatched().size();
            return true;
        });
        if (imported) {
            run.imported++;
        }
    }

    private WorkOrder create(TenantId tenant, FsQuotationInfo quotation, Customer customer, QuotationWorkOrder made) {
        Location location =
                locations.ofCustomer(tenant, customer.id()).stream().findFirst().orElse(null);
        WorkOrder workOrder = workOrders.add(
                tenant,
                tenants.nextWorkOrderNumber(tenant),
                customer.id(),
                location == null ? null : location.id(),
                made.description(),
                made.customerReference());
        workOrders.fromQuotation(tenant, workOrder.id(), quotation.id(), QuotationWorkOrder.label(quotation));
        made.usedItems()
                .forEach(match -> workOrders.addUsedItem(
                        tenant, workOrder.id(), match.item().id(), match.quantity()));
        return workOrder;
    }
}
