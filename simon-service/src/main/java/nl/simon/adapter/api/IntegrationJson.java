package nl.simon.adapter.api;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.simon.integration.fs.FsConnection;
import nl.simon.integration.jobs.JobFailure;
import nl.simon.integration.lifecycle.IntegrationOverview;
import nl.simon.integration.lifecycle.IntegrationStatus;
import nl.simon.integration.lifecycle.TableActivityRow;
import nl.simon.integration.pull.PullTiming;
import nl.simon.integration.settings.IntegrationSettings;
import nl.simon.integration.settings.SettingsVersion;

/**
 * {@code GET /api/integration}: docs/contracts.md §2 plus the wizard's steps and the connected account (never the key),
 * and how the pulls run: the configured interval in seconds, the next planned pull (null when none is planned)
 * and whether a pull is overdue; the last unexpected job error and every job failing now.
 */
record IntegrationJson(
        IntegrationStatus status,
        Instant activatedAt,
        Instant deactivatedAt,
        List<TableJson> tables,
        IntegrationSettings settings,
        SettingsVersionJson settingsVersion,
        ProgressJson initialImport,
        Map<String, Boolean> steps,
        ConnectionJson connection,
        String suspendedReason,
        Instant lastSyncAt,
        JobErrorJson lastError,
        List<JobErrorJson> jobErrors,
        long syncIntervalSeconds,
        Instant nextSyncAt,
        boolean syncOverdue,
        String suspensionNote) {

    /** {@code suspensionNote}: the operator's reason while the operator has suspended the integration (issue 16). */
    static IntegrationJson of(IntegrationOverview overview, PullTiming pulls, String suspensionNote) {
        var progress = overview.initialImport();
        ProgressJson initialImport = new ProgressJson(progress.done(), progress.total(), progress.finished());
        var integration = overview.integration();
        Map<String, Boolean> steps = new java.util.LinkedHashMap<>();
        overview.steps().forEach((step, done) -> steps.put(step.name().toLowerCase(java.util.Locale.ROOT), done));
        return new IntegrationJson(
                integration.status(),
                integration.activatedAt(),
                integration.deactivatedAt(),
                overview.tables().stream().map(TableJson::of).toList(),
                overview.settings(),
                overview.settingsVersion().map(SettingsVersionJson::of).orElse(null),
                initialImport,
                steps,
                integration.connected().map(ConnectionJson::of).orElse(null),
                integration.suspendedReason(),
                overview.lastSync().orElse(null),
                overview.lastError().map(JobErrorJson::of).orElse(null),
                overview.jobFailures().stream().map(JobErrorJson::of).toList(),
                pulls.interval().toSeconds(),
                pulls.nextPull().orElse(null),
                pulls.overdue(),
                suspensionNote);
    }

    /** A job failing unexpectedly: which, the error, since when (the episode), the last time, how often. */
    record JobErrorJson(String job, String error, Instant since, Instant lastFailureAt, int failures) {
        static JobErrorJson of(JobFailure failure) {
            return new JobErrorJson(
                    failure.job(), failure.error(), failure.since(), failure.lastFailureAt(), failure.failures());
        }
    }

    record TableJson(String table, Instant simonMutation, Instant integrationUpdate) {
        static TableJson of(TableActivityRow row) {
            return new TableJson(row.table().name(), row.simonMutation(), row.integrationUpdate());
        }
    }

    record SettingsVersionJson(int version, Instant validFrom, String savedBy) {
        static SettingsVersionJson of(SettingsVersion version) {
            return new SettingsVersionJson(version.version(), version.validFrom(), version.savedBy());
        }
    }

    record ProgressJson(long done, long total, boolean finished) {}

    record ConnectionJson(String username, URI baseUrl, Instant connectedAt) {
        static ConnectionJson of(FsConnection connection) {
            return new ConnectionJson(connection.username(), connection.baseUrl(), connection.connectedAt());
        }
    }
}
