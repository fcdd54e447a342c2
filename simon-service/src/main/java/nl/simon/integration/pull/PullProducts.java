package nl.simon.integration.pull;

import java.time.Clock;
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

/** FactuurSturen products become Simon items (code, name, price, VAT %) in one item group "FactuurSturen" (seed 3.1). */
public final class PullProducts implements Pull, RecordKind<PulledItem> {
    private final FactuurSturen factuurSturen;
    private final MasterData data;
    private final Reconciliation<PulledItem> reconciliation;
    private final Clock clock;

    public PullProducts(FactuurSturen factuurSturen, MasterData data, IntegrationLog log, TableActivity activity,
            Transactions transactions, Clock clock) {
        this.factuurSturen = factuurSturen;
        this.data = data;
        this.reconciliation = new Reconciliation<>(this, log, activity, transactions);
        this.clock = clock;
    }

    @Override
    public int pull(TenantId tenant, FsCredentials credentials, Progress progress) {
        return reconciliation.run(tenant, factuurSturen.products(credentials).map(PulledItem::of), progress);
    }

    @Override
    public long count(FsCredentials credentials) {
        return factuurSturen.countProducts(credentials);
    }

    @Override
    public String key(PulledItem record) {
        return record.product().id();
    }

    @Override
    public String hash(PulledItem record) {
        return record.hash();
    }

    @Override
    public Map<String, Known> known(TenantId tenant) {
        return data.knownItems(tenant);
    }

    @Override
    public void add(TenantId tenant, List<PulledItem> records) {
        data.addItems(tenant, records);
    }

    @Override
    public void update(TenantId tenant, List<PulledItem> records) {
        data.updateItems(tenant, records);
    }

    @Override
    public void markGone(TenantId tenant, Collection<String> keys) {
        data.markItemsGone(tenant, keys);
    }

    @Override
    public List<LogEntry> addedRows(PulledItem record) {
        return List.of(LogEntry.of(clock.instant(), LogMessage.ITEM_ADDED, key(record), label(record)));
    }

    @Override
    public LogEntry updatedRow(PulledItem record) {
        return LogEntry.of(clock.instant(), LogMessage.ITEM_UPDATED, key(record), label(record));
    }

    @Override
    public LogEntry goneRow(String key) {
        return LogEntry.of(clock.instant(), LogMessage.ITEM_GONE, key, key);
    }

    @Override
    public void firstPageWritten() {
        data.refreshItemStatistics();
    }

    @Override
    public List<SimonTable> tables() {
        return List.of(SimonTable.Item);
    }

    private static String label(PulledItem record) {
        return record.product().code() + " " + record.product().name();
    }
}
