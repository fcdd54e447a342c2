package nl.simon.integration.push;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import nl.simon.customer.Address;
import nl.simon.customer.Customer;
import nl.simon.customer.CustomerId;
import nl.simon.integration.fs.Draft;
import nl.simon.integration.jobs.JobEpisodes;
import nl.simon.integration.lifecycle.ConnectedAccount;
import nl.simon.integration.lifecycle.SuspendTenant;
import nl.simon.integration.log.LogEntry;
import nl.simon.integration.log.RecordLog;
import nl.simon.integration.notify.OfficeAlerts;
import nl.simon.integration.settings.IntegrationSettings;
import nl.simon.shared.Origin;
import nl.simon.shared.TenantId;
import nl.simon.workorder.InvoiceSync;
import nl.simon.workorder.InvoiceSyncState;
import nl.simon.workorder.TimeSheet;
import nl.simon.workorder.ViewWorkOrder;
import nl.simon.workorder.WorkOrder;
import nl.simon.workorder.WorkOrderId;
import nl.simon.workorder.WorkOrderStatus;

/**
 * The push with in-memory ports: one tenant, its integration, work orders, customers, items, the log, and a
 * FactuurSturen that keeps drafts and fails on request. {@link #push} runs {@link PushWorkOrder} as the job does.
 */
final class InMemoryPush {
    static final TenantId TENANT = new TenantId(7);
    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    static final String CLIENTNR = "1001";
    static final IntegrationSettings SETTINGS = new IntegrationSettings(
            false,
            null,
            true,
            IntegrationSettings.DEFAULTS.workDescriptionSource(),
            IntegrationSettings.DEFAULTS.customerReferenceSource(),
            null,
            "0002",
            null,
            "garantie",
            false,
            IntegrationSettings.DEFAULTS.invoiceReference(),
            IntegrationSettings.DEFAULTS.invoiceName(),
            true);

    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    final InMemoryTransactions transactions = new InMemoryTransactions();
    final InMemoryInvoiceSyncs syncs = new InMemoryInvoiceSyncs();
    final InMemoryWorkOrders workOrders = new InMemoryWorkOrders(syncs);
    final InMemoryCustomers customers = new InMemoryCustomers();
    final InMemoryLocations locations = new InMemoryLocations();
    final InMemoryItems items = new InMemoryItems();
    final InMemoryIntegrations integrations = new InMemoryIntegrations();
    final InMemoryFactuurSturen factuurSturen = new InMemoryFactuurSturen(syncs);
    final InMemoryLog log = new InMemoryLog();
    final InMemoryJobHealth health = new InMemoryJobHealth();
    final InMemorySecretBox secrets = new InMemorySecretBox();
    final List<String> jobsStopped = new ArrayList<>();
    /** The work orders whose push job was scheduled ({@link PushJobs#pushSoon}), in order. */
    final List<WorkOrderId> pushesScheduled = new ArrayList<>();

    final PushQueue queue;
    final PushWorkOrder pushWorkOrder;

    InMemoryPush() {
        RecordLog recordLog = new RecordLog(log, transactions, clock);
        SuspendTenant suspension =
                new SuspendTenant(integrations, new StoppedJobs(jobsStopped), recordLog, transactions);
        PushJobs jobs = new PushJobs() {
            @Override
            public void pushSoon(TenantId tenant, WorkOrderId workOrder) {
                pushesScheduled.add(workOrder);
            }

            @Override
            public void pushQueuedNow(TenantId tenant) {
                throw new UnsupportedOperationException("not part of the push's tests");
            }
        };
        queue = new PushQueue(integrations, workOrders, syncs, jobs, recordLog, transactions, OfficeAlerts.NONE);
        pushWorkOrder = new PushWorkOrder(
                queue,
                integrations,
                new ConnectedAccount(integrations, secrets),
                new InvoicedWorkOrders(new ViewWorkOrder(workOrders, transactions), customers, locations),
                items,
                factuurSturen,
                suspension,
                new JobEpisodes(health, recordLog, transactions, clock),
                clock);
        items.add("0002", "Werktijd", "62.50");
        integrations.activate();
        customers.add(new Customer(
                new CustomerId(1),
                "Bakkerij Jansen",
                new Address("Dorpsstraat 1", "1234 AB", "Utrecht"),
                CLIENTNR,
                Origin.FACTUURSTUREN,
                true,
                NOW));
    }

    PushOutcome push(WorkOrderId id) {
        return pushWorkOrder.push(TENANT, id);
    }

    /** An archived work order of customer 1 with 60 minutes of work, QUEUED with settings version 1. */
    WorkOrderId queued(long number) {
        return queued(number, "Lekkage verholpen", new CustomerId(1));
    }

    WorkOrderId queued(long number, String description, CustomerId customer) {
        WorkOrderId id = new WorkOrderId(number + 100);
        workOrders.put(
                new WorkOrder(
                        id,
                        number,
                        customer,
                        null,
                        description,
                        null,
                        WorkOrderStatus.ARCHIVED,
                        new InvoiceSync(InvoiceSyncState.QUEUED, null, null),
                        NOW,
                        NOW,
                        NOW,
                        NOW,
                        1,
                        null),
                List.of(new TimeSheet(1, "Piet", 60, 0)));
        syncs.put(id, new PushState(InvoiceSyncState.QUEUED, null, false, 1));
        return id;
    }

    /** The draft {@link #queued} composes, under this name. */
    static Draft draftOf(String name) {
        return new Draft(
                CLIENTNR,
                name,
                List.of(),
                List.of(new nl.simon.integration.fs.DraftLine(
                        new BigDecimal("1.00"), "0002 Werktijd", new BigDecimal("62.50"), new BigDecimal("21"))));
    }

    List<String> logCodes() {
        return log.entries.stream().map(LogEntry::messageCode).toList();
    }
}
