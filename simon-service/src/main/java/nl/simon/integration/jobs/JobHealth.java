package nl.simon.integration.jobs;

import java.time.Instant;
import java.util.List;
import nl.simon.shared.TenantId;

/** The unexpected failures of a tenant's jobs, one per failing job while its episode lasts. */
public interface JobHealth {
    /** Notes a failed run of {@code job}; true when this starts a new episode (log it once, not per retry). */
    boolean failed(TenantId tenant, String job, String error, Instant at);

    /** Notes a successful run of {@code job}; true when this ends an episode. */
    boolean succeeded(TenantId tenant, String job);

    /** The tenant's failing jobs, the oldest episode first. */
    List<JobFailure> failing(TenantId tenant);
}
