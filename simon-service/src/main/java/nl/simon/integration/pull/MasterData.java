package nl.simon.integration.pull;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import nl.simon.shared.TenantId;

/** Simon's customers and items as the pulls write them: in bulk, one page at a time. */
public interface MasterData {
    /** The tenant's customers pulled from FS, by FS client number. */
    Map<String, Known> knownCustomers(TenantId tenant);

    /** New customers, each with its FS default address as its first work address when it has one. */
    void addCustomers(TenantId tenant, List<PulledCustomer> customers);

    /** Changed customers (and their FS-made work address); a customer FS had deleted counts as back. */
    void updateCustomers(TenantId tenant, List<PulledCustomer> customers);

    /** Customers FS no longer has: hidden from pickers, left to the cleanup. */
    void markCustomersGone(TenantId tenant, Collection<String> clientNumbers);

    Map<String, Known> knownItems(TenantId tenant);

    /** New items, in the tenant's "FactuurSturen" item group. */
    void addItems(TenantId tenant, List<PulledItem> items);

    void updateItems(TenantId tenant, List<PulledItem> items);

    void markItemsGone(TenantId tenant, Collection<String> productIds);

    /**
     * Lets the database re-plan after the customers and work addresses grew from nothing (the first
     * import): without fresh statistics it may check each new work address against its customer by
     * scanning all customers. Only while the statistics still describe nearly empty tables: with
     * thousands of tenants, later first imports leave the statistics to autovacuum.
     */
    void refreshCustomerStatistics();

    /** As {@link #refreshCustomerStatistics()}, for the items (the customers are not analyzed again). */
    void refreshItemStatistics();
}
