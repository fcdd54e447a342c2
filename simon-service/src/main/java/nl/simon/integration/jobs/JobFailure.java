package nl.simon.integration.jobs;

import java.time.Instant;

/**
 * A tenant's job that keeps failing unexpectedly (not a FactuurSturen failure): which job ({@code fs-sync},
 * {@code fs-sync:clients}, {@code fs-cleanup}, {@code fs-push:<work order>}), the error, since when, how often.
 */
public record JobFailure(String job, String error, Instant since, Instant lastFailureAt, int failures) {}
