package nl.simon.integration.pull;

import java.util.Optional;
import nl.simon.shared.TenantId;

/** Where the tenant's recurring pull stands in the job table; empty when it has no pull job at all. */
public interface PullSchedule {
    Optional<ScheduledPull> next(TenantId tenant);
}
