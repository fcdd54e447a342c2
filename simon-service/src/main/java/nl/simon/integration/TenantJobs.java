package nl.simon.integration;

import nl.simon.shared.TenantId;

/** The tenant's background jobs (pull, cleanup): started on activation, stopped on deactivation. */
public interface TenantJobs {
    /** Schedules the tenant's recurring jobs; scheduling what already exists changes nothing. */
    void start(TenantId tenant);

    /** Cancels all the tenant's jobs at once, in the caller's transaction. */
    void stop(TenantId tenant);

    /** Moves the tenant's next sync run to now (or schedules it now when missing). */
    void runNow(TenantId tenant);
}
