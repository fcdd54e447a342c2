package nl.simon.integration.pull;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How the tenant's pulls run: the configured interval, the next planned pull (empty when none is planned),
 * and whether a pull is overdue: the integration should be pulling, but no pull is planned, or the planned
 * one is more than an interval and a minute late and nobody is running it.
 */
public record PullTiming(Duration interval, Optional<Instant> nextPull, boolean overdue) {}
