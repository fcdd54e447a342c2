package nl.simon.integration.pull;

import java.time.Instant;

/**
 * The tenant's planned pull as the job table holds it: when it is due, and whether an instance is running
 * it right now (picked, with a recent heartbeat).
 */
public record ScheduledPull(Instant due, boolean running) {}
