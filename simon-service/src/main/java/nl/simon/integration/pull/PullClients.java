package nl.simon.integration.pull;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import nl.simon.integration.fs.FactuurSturen;
import nl.simon.integration.fs.FsCredentials;
import nl.simon.integration.lifecycle.SimonTable;
import nl.simon.integration.lifecycle.TableActivity;
import nl.simon.integration.log.IntegrationLog;
import nl.simon.integration.log.LogEntry;
import nl.simon.integration.log.LogMessage;
import nl.simon.shared.TenantId;
import nl.simon.shared.Transactions;

/**
 * FactuurSturen clients become Simon customers (seed 2.1, 3.2, 3.3): the FS default address is the
 * customer's address and its first work address; work addresses added in Simon stay.
 */
public final class PullClients implements Pull, RecordKind<PulledCustomer> {
    private final FactuurSturen factuurSturen;
    private final MasterData data;
    private final Reconciliation<PulledCustomer> reconciliation;
    private final Clock clock;

    public PullClients(FactuurSturen factuurSturen, MasterData data, IntegrationLog log, TableActivity activity,
            Transactions transactions, Clock clock) {
        this.factuurSturen = factuurSturen;
        this.data = data;
        this.reconciliation = new Reconciliation<>(this, log, activity, transactions);
        this.clock = clock;
    }

    @Override
    public int pull(TenantId tenant, FsCredentials credentials, Progress progress) {
        return reconciliation.run(tenant, factuurSturen.clients(credentials).map(PulledCustomer::of), progress);
    }

    @Override
    public long count(FsCredentials credentials) {
        return factuurSturen.countClients(credentials);
    }

    @Override
    public String key(PulledCustomer record) {
        return record.client().clientnr();
    }

    @Override
    public String hash(PulledCustomer record) {
        return record.hash();
    }

    @Override
    public Map<String, Known> known(TenantId tenant) {
        return data.knownCustomers(tenant);
    }

    @Override
    public void add(TenantId tenant, List<PulledCustomer> records) {
        data.addCustomers(tenant, records);
    }

    @Override
    public void update(TenantId tenant, List<PulledCustomer> records) {
        data.updateCustomers(tenant, records);
    }

    @Override
    public void markGone(TenantId tenant, Collection<String> keys) {
        data.markCustomersGone(tenant, keys);
    }

    @Override
    public List<LogEntry> addedRows(PulledCustomer record) {
        List<LogEntry> rows = new ArrayList<>(2);
        rows.add(LogEntry.of(clock.instant(), LogMessage.CUSTOMER_ADDED, key(record), record.client().name()));
        if (record.hasAddress()) {
            rows.add(LogEntry.of(clock.instant(), LogMessage.LOCATION_ADDED, key(record), record.client().address()));
        }
        return rows;
    }

    @Override
    public LogEntry updatedRow(PulledCustomer record) {
        return LogEntry.of(clock.instant(), LogMessage.CUSTOMER_UPDATED, key(record), record.client().name());
    }

    @Override
    public LogEntry goneRow(String key) {
        return LogEntry.of(clock.instant(), LogMessage.CUSTOMER_GONE, key, key);
    }

    @Override
    public void firstPageWritten() {
        data.refreshCustomerStatistics();
    }

    @Override
    public List<SimonTable> tables() {
        return List.of(SimonTable.Customer, SimonTable.Location);
    }
}
