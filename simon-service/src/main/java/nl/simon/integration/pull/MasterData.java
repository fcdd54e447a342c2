package nl.simon.integration.pull;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import nl.simon.shared.TenantId;

/** Simon's customers and items as the pulls write them: in bulk, one page at a time. */
public interface MasterData {
    /**
     * The customers pulled from FS, by FS client number. A new customer gets its FS default address as its
     * first work address when it has one; a change updates that work address too, and a customer FS had
     * deleted counts as back. Customers FS no longer has are hidden from pickers and left to the cleanup.
     */
    Table<PulledCustomer> customers();

    /** The items pulled from FS, by FS product id; new ones go into the tenant's "FactuurSturen" item group. */
    Table<PulledItem> items();

    /** One table of pulled records, keyed by FS's key of the record. */
    interface Table<P> {
        /** The tenant's records pulled before, by FS key. */
        Map<String, Known> known(TenantId tenant);

        void add(TenantId tenant, List<P> records);

        void update(TenantId tenant, List<P> records);

        /** Records FS no longer has: hidden, left to the cleanup. */
        void markGone(TenantId tenant, Collection<String> keys);

        /**
         * Lets the database re-plan after the table grew from nothing (the first import): without fresh
         * statistics it may check each new work address against its customer by scanning all customers. Only
         * while the statistics still describe nearly empty tables: with thousands of tenants, later first
         * imports leave the statistics to autovacuum. The items' refresh does not analyze the customers again.
         */
        void refreshStatistics();
    }
}
