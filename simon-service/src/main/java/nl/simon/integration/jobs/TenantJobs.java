package nl.simon.integration.jobs;

import nl.simon.shared.TenantId;

/**
 * The tenant's background jobs (pull, cleanup): started on activation and reconnect, stopped on
 * deactivation and suspension.
 */
public interface TenantJobs {
    /** Schedules the tenant's recurring jobs; scheduling what already exists changes nothing. */
    void start(TenantId tenant);

    /**
     * After a reconnect or a re-activation: the recurring jobs exist again (the pull at once, the
     * cleanup at its interval) and the tenant's queued pushes are sent now, not at their retry time.
     */
    void resume(TenantId tenant);

    /** Cancels all the tenant's jobs at once, in the caller's transaction. */
    void stop(TenantId tenant);

    /** Moves the tenant's next sync run to now (or schedules it now when missing). */
    void runNow(TenantId tenant);
}
