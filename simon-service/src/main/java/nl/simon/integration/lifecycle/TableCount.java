package nl.simon.integration.lifecycle;

import java.time.Instant;

/** A Simon table in the wipe step: how many rows the tenant has, and the last change (null when empty). */
public record TableCount(SimonTable table, long count, Instant lastMutation) {}
