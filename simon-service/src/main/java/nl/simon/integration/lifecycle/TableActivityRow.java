package nl.simon.integration.lifecycle;

import java.time.Instant;

/** A row of the status page: last change made in Simon, last update by the integration. */
public record TableActivityRow(SimonTable table, Instant simonMutation, Instant integrationUpdate) {}
