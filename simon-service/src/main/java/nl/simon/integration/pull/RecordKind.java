package nl.simon.integration.pull;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import nl.simon.integration.lifecycle.SimonTable;
import nl.simon.integration.log.LogEntry;
import nl.simon.shared.TenantId;

/** What {@link Reconciliation} needs to know of one kind of pulled record (customers, items). */
interface RecordKind<T> {
    String key(T record);

    String hash(T record);

    Map<String, Known> known(TenantId tenant);

    void add(TenantId tenant, List<T> records);

    void update(TenantId tenant, List<T> records);

    void markGone(TenantId tenant, Collection<String> keys);

    List<LogEntry> addedRows(T record);

    LogEntry updatedRow(T record);

    LogEntry goneRow(String key);

    /** After the first page of a first import: the tables grew from nothing. */
    void firstPageWritten();

    /** The status page tables whose "integration update" time a change moves. */
    List<SimonTable> tables();
}
