package nl.simon.integration.cleanup;

import java.util.Collection;
import java.util.List;
import nl.simon.shared.TenantId;

/** What the cleanup finds and does: records to remove, or to hide where a work order still uses them. */
public interface CleanupCandidates {
    /**
     * Customers made in Simon, or deleted in FactuurSturen. Not those FS still has but marks inactive:
     * the pull keeps them hidden with their FS number, so removing them would only make the next pull add
     * them again under a new id.
     */
    List<CleanupCandidate> customersToClean(TenantId tenant);

    /** Items made in Simon, or deleted in FactuurSturen. */
    List<CleanupCandidate> itemsToClean(TenantId tenant);

    void removeCustomers(TenantId tenant, Collection<Long> ids);

    void hideCustomers(TenantId tenant, Collection<Long> ids);

    void removeItems(TenantId tenant, Collection<Long> ids);

    void hideItems(TenantId tenant, Collection<Long> ids);
}
