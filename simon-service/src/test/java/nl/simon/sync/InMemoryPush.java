package nl.simon.sync;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import nl.simon.customer.Address;
import nl.simon.customer.Customer;
import nl.simon.customer.CustomerId;
import nl.simon.customer.Customers;
import nl.simon.customer.Location;
import nl.simon.customer.LocationId;
import nl.simon.customer.Locations;
import nl.simon.integration.ConnectedAccount;
import nl.simon.integration.Draft;
import nl.simon.integration.FactuurSturen;
import nl.simon.integration.FoundDraft;
import nl.simon.integration.FsClientInfo;
import nl.simon.integration.FsConnection;
import nl.simon.integration.FsCredentials;
import nl.simon.integration.FsProductInfo;
import nl.simon.integration.FsQuotationInfo;
import nl.simon.integration.ImportProgress;
import nl.simon.integration.Integration;
import nl.simon.integration.IntegrationLog;
import nl.simon.integration.IntegrationSettings;
import nl.simon.integration.IntegrationStatus;
import nl.simon.integration.Integrations;
import nl.simon.integration.JobEpisodes;
import nl.simon.integration.JobFailure;
import nl.simon.integration.JobHealth;
import nl.simon.integration.LogEntry;
import nl.simon.integration.LogPage;
import nl.simon.integration.RecordLog;
import nl.simon.integration.SecretBox;
import nl.simon.integration.SettingsVersion;
import nl.simon.integration.Severity;
import nl.simon.integration.SuspendTenant;
import nl.simon.integration.TenantJobs;
import nl.simon.item.Item;
import nl.simon.item.ItemGroupId;
import nl.simon.item.ItemId;
import nl.simon.item.Items;
import nl.simon.shared.Origin;
import nl.simon.shared.TenantId;
import nl.simon.shared.Transactions;
import nl.simon.workorder.InvoiceSync;
import nl.simon.workorder.InvoiceSyncState;
import nl.simon.workorder.Planning;
import nl.simon.workorder.TimeSheet;
import nl.simon.workorder.UsedItem;
import nl.simon.workorder.ViewWorkOrder;
import nl.simon.workorder.WorkOrder;
import nl.simon.workorder.WorkOrderId;
import nl.simon.workorder.WorkOrderListing;
import nl.simon.workorder.WorkOrderStatus;
import nl.simon.workorder.WorkOrders;

/**
 * The push with in-memory ports: one tenant, its integration, work orders, customers, items, the log, and a
 * FactuurSturen that keeps drafts and fails on request. {@link #push} runs {@link GuardedPush} as the job does.
 */
final class InMemoryPush {
    static final TenantId TENANT = new TenantId(7);
    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    static final String CLIENTNR = "1001";
    static final IntegrationSettings SETTINGS = new IntegrationSettings(false, null, true,
            IntegrationSettings.DEFAULTS.workDescriptionSource(), IntegrationSettings.DEFAULTS.customerReferenceSource(),
            null, "0002", null, "garantie", false, IntegrationSettings.DEFAULTS.invoiceReference(),
            IntegrationSettings.DEFAULTS.invoiceName());

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
    final GuardedPush guarded;

    InMemoryPush() {
        RecordLog recordLog = new RecordLog(log, transactions, clock);
        SuspendTenant suspension = new SuspendTenant(integrations, new StoppedJobs(jobsStopped), recordLog, transactions);
        PushWorkOrder push = new PushWorkOrder(new PushRecords(syncs, recordLog, transactions), integrations,
                new ConnectedAccount(integrations, secrets),
                new InvoicedWorkOrders(new ViewWorkOrder(workOrders, transactions), customers, locations),
                new PushComposer(integrations, items, factuurSturen),
                new DraftSender(factuurSturen, syncs, recordLog, transactions), suspension, clock);
        guarded = new GuardedPush(push, suspension, new JobEpisodes(health, recordLog, transactions, clock), clock);
        items.add("0002", "Werktijd", "62.50");
        integrations.activate();
        customers.add(new Customer(new CustomerId(1), "Bakkerij Jansen", new Address("Dorpsstraat 1", "1234 AB",
                "Utrecht"), CLIENTNR, Origin.FACTUURSTUREN, true, NOW));
    }

    PushOutcome push(WorkOrderId id) {
        return guarded.push(TENANT, id);
    }

    /** An archived work order of customer 1 with 60 minutes of work, QUEUED with settings version 1. */
    WorkOrderId queued(long number) {
        return queued(number, "Lekkage verholpen", new CustomerId(1));
    }

    WorkOrderId queued(long number, String description, CustomerId customer) {
        WorkOrderId id = new WorkOrderId(number + 100);
        workOrders.put(new WorkOrder(id, number, customer, null, description, null, WorkOrderStatus.ARCHIVED,
                new InvoiceSync(InvoiceSyncState.QUEUED, null, null), NOW, NOW, NOW, NOW, 1, null), List.of(new TimeSheet(1, "Piet", 60, 0)));
        syncs.put(id, new PushState(InvoiceSyncState.QUEUED, null, false, 1));
        return id;
    }

    /** The draft {@link #queued} composes, under this name. */
    static Draft draftOf(String name) {
        return new Draft(CLIENTNR, name, List.of(), List.of(new nl.simon.integration.DraftLine(new BigDecimal("1.00"),
                "0002 Werktijd", new BigDecimal("62.50"), new BigDecimal("21"))));
    }

    List<String> logCodes() {
        return log.entries.stream().map(LogEntry::messageCode).toList();
    }

    // ports ----------------------------------------------------------------------------------------------

    /** Runs the work at once; counts what ran alone (committed on its own). */
    static final class InMemoryTransactions implements Transactions {
        int alone;

        @Override
        public <T> T inTransaction(Supplier<T> work) {
            return work.get();
        }

        @Override
        public void runAlone(Runnable work) {
            alone++;
            work.run();
        }
    }

    /** One row per work order, like the push columns of {@code work_order}; a name is unique ignoring case. */
    static final class InMemoryInvoiceSyncs implements InvoiceSyncs {
        static final class Row {
            InvoiceSyncState state;
            String name;
            boolean outcomeUnknown;
            Integer settingsVersion;
            String message;
            String draftId;
            int attempts;
        }

        final Map<WorkOrderId, Row> rows = new HashMap<>();
        /** Set: the next reservation finds that another run of the push chose this name meanwhile. */
        String chosenMeanwhile;
        /** Set: the next write of SENT fails (a bug, a broken database), once. */
        RuntimeException failNextSent;

        void put(WorkOrderId id, PushState state) {
            Row row = new Row();
            row.state = state.state();
            row.name = state.draftName();
            row.outcomeUnknown = state.outcomeUnknown();
            row.settingsVersion = state.settingsVersion();
            rows.put(id, row);
        }

        Row row(WorkOrderId id) {
            return rows.get(id);
        }

        @Override
        public Optional<PushState> lock(TenantId tenant, WorkOrderId workOrder) {
            return Optional.ofNullable(rows.get(workOrder))
                    .map(row -> new PushState(row.state, row.name, row.outcomeUnknown, row.settingsVersion));
        }

        @Override
        public void queue(TenantId tenant, WorkOrderId workOrder, Integer settingsVersion) {
            rows.get(workOrder).state = InvoiceSyncState.QUEUED;
            rows.get(workOrder).message = null;
            rows.get(workOrder).settingsVersion = settingsVersion;
        }

        @Override
        public void notSent(TenantId tenant, WorkOrderId workOrder, String message) {
            rows.get(workOrder).state = InvoiceSyncState.NOT_SENT;
            rows.get(workOrder).message = message;
        }

        @Override
        public NameReservation reserveName(TenantId tenant, WorkOrderId workOrder, String current, String draftName) {
            Row row = rows.get(workOrder);
            if (chosenMeanwhile != null) {
                row.name = chosenMeanwhile;
                chosenMeanwhile = null;
            }
            if (!java.util.Objects.equals(row.name, current)) {
                return NameReservation.CHANGED_MEANWHILE;
            }
            String key = key(draftName);
            boolean taken = rows.entrySet().stream().anyMatch(other -> !other.getKey().equals(workOrder)
                    && other.getValue().name != null && key(other.getValue().name).equals(key));
            if (taken) {
                return NameReservation.TAKEN;
            }
            row.name = draftName;
            return NameReservation.RESERVED;
        }

        @Override
        public void attemptStarted(TenantId tenant, WorkOrderId workOrder) {
            rows.get(workOrder).outcomeUnknown = true;
            rows.get(workOrder).attempts++;
        }

        @Override
        public void sent(TenantId tenant, WorkOrderId workOrder, String draftId) {
            if (failNextSent != null) {
                RuntimeException failure = failNextSent;
                failNextSent = null;
                throw failure;
            }
            Row row = rows.get(workOrder);
            row.state = InvoiceSyncState.SENT;
            row.message = null;
            row.outcomeUnknown = false;
            row.draftId = draftId;
        }

        @Override
        public void skipped(TenantId tenant, WorkOrderId workOrder, String message) {
            rows.get(workOrder).state = InvoiceSyncState.SKIPPED;
            rows.get(workOrder).message = message;
        }

        @Override
        public void failed(TenantId tenant, WorkOrderId workOrder, String message) {
            failedUnsettled(tenant, workOrder, message);
            rows.get(workOrder).outcomeUnknown = false;
        }

        @Override
        public void failedUnsettled(TenantId tenant, WorkOrderId workOrder, String message) {
            rows.get(workOrder).state = InvoiceSyncState.FAILED;
            rows.get(workOrder).message = message;
        }

        static String key(String name) {
            return name.strip().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * FactuurSturen's drafts, found by name ignoring case and surrounding spaces. Scripted failures: a POST that
     * fails (before or after storing the draft), a look-up that fails. Remembers whether each POST came after
     * its attempt was marked "outcome unknown".
     */
    static final class InMemoryFactuurSturen implements FactuurSturen {
        record PostFailure(RuntimeException failure, boolean storedAnyway) {
        }

        final Map<String, FoundDraft> drafts = new HashMap<>();
        final Deque<PostFailure> postFailures = new ArrayDeque<>();
        final Deque<RuntimeException> findFailures = new ArrayDeque<>();
        final List<Draft> posted = new ArrayList<>();
        final List<Boolean> markedBeforePost = new ArrayList<>();
        final List<String> lookedUp = new ArrayList<>();
        /** Runs once, when the next POST arrives (a draft made meanwhile by hand or by another run). */
        Runnable beforeNextPost;
        private final InMemoryInvoiceSyncs syncs;
        private int nextId = 500;

        InMemoryFactuurSturen(InMemoryInvoiceSyncs syncs) {
            this.syncs = syncs;
        }

        /** A draft already in FS (made by hand, or another work order's). */
        void has(String id, Draft draft) {
            drafts.put(InMemoryInvoiceSyncs.key(draft.savename()),
                    new FoundDraft(id, draft.savename(), draft.clientnr(), draft.lines()));
        }

        void failNextPost(RuntimeException failure, boolean storedAnyway) {
            postFailures.add(new PostFailure(failure, storedAnyway));
        }

        @Override
        public String createDraft(FsCredentials credentials, Draft draft) {
            posted.add(draft);
            if (beforeNextPost != null) {
                Runnable meanwhile = beforeNextPost;
                beforeNextPost = null;
                meanwhile.run();
            }
            markedBeforePost.add(syncs.rows.values().stream()
                    .anyMatch(row -> draft.savename().equals(row.name) && row.outcomeUnknown));
            PostFailure failure = postFailures.poll();
            if (failure != null && !failure.storedAnyway()) {
                throw failure.failure();
            }
            String id = String.valueOf(nextId++);
            has(id, draft);
            if (failure != null) {
                throw failure.failure();
            }
            return id;
        }

        @Override
        public Optional<FoundDraft> findDraft(FsCredentials credentials, String savename) {
            lookedUp.add(savename);
            RuntimeException failure = findFailures.poll();
            if (failure != null) {
                throw failure;
            }
            return Optional.ofNullable(drafts.get(InMemoryInvoiceSyncs.key(savename)));
        }

        @Override
        public Optional<FsProductInfo> productByCode(FsCredentials credentials, String code) {
            return Optional.empty();
        }

        @Override
        public void verify(FsCredentials credentials) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Stream<FsClientInfo> clients(FsCredentials credentials) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Stream<FsProductInfo> products(FsCredentials credentials) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long countClients(FsCredentials credentials) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long countProducts(FsCredentials credentials) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Stream<FsQuotationInfo> quotations(FsCredentials credentials) {
            throw new UnsupportedOperationException();
        }
    }

    /** One tenant's integration: active and connected unless a test says otherwise; settings version 1. */
    static final class InMemoryIntegrations implements Integrations {
        Integration integration = Integration.notActivated(TENANT);
        String encryptedApiKey = "sealed-key";

        void activate() {
            integration = new Integration(TENANT, IntegrationStatus.ACTIVE, NOW, null, null,
                    new FsConnection("bakkerij", URI.create("http://127.0.0.1:1/api/v1/"), NOW), NOW, null);
        }

        void deactivate() {
            integration = new Integration(TENANT, IntegrationStatus.INACTIVE, NOW, NOW, null,
                    integration.connection(), NOW, null);
        }

        void suspend(String reason) {
            integration = new Integration(TENANT, IntegrationStatus.ACTIVE, NOW, null, null,
                    integration.connection(), NOW, reason);
        }

        @Override
        public Integration lock(TenantId tenant) {
            return integration;
        }

        @Override
        public Integration get(TenantId tenant) {
            return integration;
        }

        @Override
        public void save(Integration changed) {
            integration = changed;
        }

        @Override
        public Optional<String> encryptedApiKey(TenantId tenant) {
            return integration.connection() == null ? Optional.empty() : Optional.of(encryptedApiKey);
        }

        @Override
        public Optional<SettingsVersion> currentSettings(TenantId tenant) {
            return settingsVersion(tenant, 1);
        }

        @Override
        public Optional<SettingsVersion> settingsVersion(TenantId tenant, int version) {
            return version == 1 ? Optional.of(new SettingsVersion(1, NOW, SETTINGS, "admin")) : Optional.empty();
        }

        @Override
        public void connect(TenantId tenant, FsConnection connection, String key) {
            throw new UnsupportedOperationException();
        }

        @Override
        public SettingsVersion addSettings(TenantId tenant, IntegrationSettings settings, Instant validFrom,
                String savedBy) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ImportProgress importProgress(TenantId tenant) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void startImport(TenantId tenant, long total) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void advanceImport(TenantId tenant, long records) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void finishImport(TenantId tenant) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void syncChecked(TenantId tenant) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Instant> lastSync(TenantId tenant) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean syncFailed(TenantId tenant) {
            throw new UnsupportedOperationException();
        }
    }

    /** Opens any sealed key, unless told the server's secrets key changed. */
    static final class InMemorySecretBox implements SecretBox {
        boolean unreadable;

        @Override
        public String seal(TenantId tenant, String secret) {
            return "sealed-" + secret;
        }

        @Override
        public String open(TenantId tenant, String sealed) {
            if (unreadable) {
                throw new IllegalStateException("wrong key");
            }
            return "api-key";
        }
    }

    static final class InMemoryLog implements IntegrationLog {
        final List<LogEntry> entries = new ArrayList<>();

        @Override
        public void append(TenantId tenant, LogEntry entry) {
            entries.add(entry);
        }

        @Override
        public void appendAll(TenantId tenant, List<LogEntry> all) {
            entries.addAll(all);
        }

        @Override
        public LogPage page(TenantId tenant, Severity severity, int page) {
            throw new UnsupportedOperationException();
        }
    }

    static final class InMemoryJobHealth implements JobHealth {
        final Map<String, String> failing = new HashMap<>();

        @Override
        public boolean failed(TenantId tenant, String job, String error, Instant at) {
            return failing.put(job, error) == null;
        }

        @Override
        public boolean succeeded(TenantId tenant, String job) {
            return failing.remove(job) != null;
        }

        @Override
        public List<JobFailure> failing(TenantId tenant) {
            throw new UnsupportedOperationException();
        }
    }

    record StoppedJobs(List<String> stopped) implements TenantJobs {
        @Override
        public void start(TenantId tenant) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void resume(TenantId tenant) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void stop(TenantId tenant) {
            stopped.add("stop " + tenant.value());
        }

        @Override
        public void runNow(TenantId tenant) {
            throw new UnsupportedOperationException();
        }
    }

    /** Work orders as the view reads them; the invoice state is the one {@link InMemoryInvoiceSyncs} keeps. */
    static final class InMemoryWorkOrders implements WorkOrders {
        private final Map<WorkOrderId, WorkOrder> workOrders = new HashMap<>();
        private final Map<WorkOrderId, List<TimeSheet>> timeSheets = new HashMap<>();
        private final InMemoryInvoiceSyncs syncs;

        InMemoryWorkOrders(InMemoryInvoiceSyncs syncs) {
            this.syncs = syncs;
        }

        void put(WorkOrder workOrder, List<TimeSheet> sheets) {
            workOrders.put(workOrder.id(), workOrder);
            timeSheets.put(workOrder.id(), sheets);
        }

        @Override
        public Optional<WorkOrder> byId(TenantId tenant, WorkOrderId id) {
            return Optional.ofNullable(workOrders.get(id));
        }

        @Override
        public List<Planning> plannings(TenantId tenant, WorkOrderId id) {
            return List.of();
        }

        @Override
        public List<TimeSheet> timeSheets(TenantId tenant, WorkOrderId id) {
            return timeSheets.getOrDefault(id, List.of());
        }

        @Override
        public List<UsedItem> usedItems(TenantId tenant, WorkOrderId id) {
            return List.of();
        }

        @Override
        public WorkOrder add(TenantId tenant, long number, CustomerId customer, LocationId location,
                String description, String customerReference) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<WorkOrder> lock(TenantId tenant, WorkOrderId id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void changeStatus(TenantId tenant, WorkOrderId id, WorkOrderStatus status) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void linkCustomer(TenantId tenant, WorkOrderId id, CustomerId customer, LocationId location) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void fromQuotation(TenantId tenant, WorkOrderId id, String quotationId, String quotationReference) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void addPlanning(TenantId tenant, WorkOrderId id, String employee, Instant start) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void addTimeSheet(TenantId tenant, WorkOrderId id, String employee, int workMinutes,
                int travelMinutes) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void addUsedItem(TenantId tenant, WorkOrderId id, ItemId item, BigDecimal quantity) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<WorkOrderListing> search(TenantId tenant, WorkOrderStatus status, String query, int limit,
                int offset) {
            throw new UnsupportedOperationException();
        }
    }

    static final class InMemoryCustomers implements Customers {
        private final Map<CustomerId, Customer> customers = new HashMap<>();

        void add(Customer customer) {
            customers.put(customer.id(), customer);
        }

        @Override
        public Optional<Customer> byId(TenantId tenant, CustomerId id) {
            return Optional.ofNullable(customers.get(id));
        }

        @Override
        public Customer add(TenantId tenant, String name, Address address, String fsClientNr, Origin origin) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Customer> search(TenantId tenant, String query, int limit, int offset) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean fsClientNrTaken(TenantId tenant, String fsClientNr) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Customer> byFsClientNr(TenantId tenant, String fsClientNr) {
            throw new UnsupportedOperationException();
        }
    }

    static final class InMemoryLocations implements Locations {
        @Override
        public Optional<Location> byId(TenantId tenant, LocationId id) {
            return Optional.empty();
        }

        @Override
        public Location add(TenantId tenant, CustomerId customer, String name, Address address) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Location> ofCustomer(TenantId tenant, CustomerId customer) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Location> ofActiveCustomers(TenantId tenant, int limit) {
            throw new UnsupportedOperationException();
        }
    }

    /** Items pulled from FactuurSturen, by code. */
    static final class InMemoryItems implements Items {
        private final Map<String, Item> byCode = new HashMap<>();

        void clear() {
            byCode.clear();
        }

        void add(String code, String name, String price) {
            byCode.put(code, new Item(new ItemId(byCode.size() + 1), new ItemGroupId(1), code, name,
                    new BigDecimal(price), new BigDecimal("21"), "fs-" + code, Origin.FACTUURSTUREN, true, NOW));
        }

        @Override
        public Optional<Item> activeByCode(TenantId tenant, String code) {
            return Optional.ofNullable(byCode.get(code));
        }

        @Override
        public Item add(TenantId tenant, ItemGroupId group, String code, String name, BigDecimal price,
                BigDecimal vat, String fsProductId, Origin origin) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Item> byId(TenantId tenant, ItemId id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Item> activeByName(TenantId tenant, String name) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Item> search(TenantId tenant, String query, boolean activeOnly, int limit, int offset) {
            throw new UnsupportedOperationException();
        }
    }
}
