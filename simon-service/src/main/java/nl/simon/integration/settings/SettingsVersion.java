package nl.simon.integration.settings;

import java.time.Instant;

/** One saved version of the settings; it applies from {@code validFrom} on, never before. */
public record SettingsVersion(int version, Instant validFrom, IntegrationSettings settings, String savedBy) {}
