package nl.simon.integration.operator;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.simon.shared.TenantId;

/** Every company on the service, as the operator sees and removes them. */
public interface Companies {
    /**
     * One page of companies, trouble first (see {@link CompanyOverview#trouble()}), then by name; {@code state} and
     * {@code query} (part of the name, literally, ignoring case) may be null. One query, with the total.
     */
    Page list(CompanyState state, String query, Instant now, int limit, int offset);

    Optional<String> name(TenantId tenant);

    /** The company's name, locked until the transaction ends; empty when there is no such company. */
    Optional<String> lockName(TenantId tenant);

    /** The operator's reason for suspending the company, shown to its office; null clears it. */
    void noteSuspension(TenantId tenant, String note);

    Optional<String> suspensionNote(TenantId tenant);

    /**
     * Removes the company and everything it has (users, Simon's data, the integration with its key, settings and log,
     * its jobs) in the caller's transaction; refused (409) while one of its jobs is running.
     */
    void delete(TenantId tenant);

    record Page(List<CompanyOverview> rows, long total) {}
}
