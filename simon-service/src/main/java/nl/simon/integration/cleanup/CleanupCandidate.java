package nl.simon.integration.cleanup;

import java.util.List;

/**
 * A customer or item the cleanup looks at (made in Simon, or deleted in FactuurSturen):
 * the not yet archived work orders that use it, and whether any work order uses it at all.
 */
public record CleanupCandidate(long id, String label, boolean active, List<Long> openWorkOrders, boolean usedAtAll) {}
