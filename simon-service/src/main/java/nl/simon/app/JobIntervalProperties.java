package nl.simon.app;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How often each active tenant's periodic jobs run: {@code simon.sync.interval} ({@code SYNC_INTERVAL})
 * and {@code simon.cleanup.interval} ({@code CLEANUP_INTERVAL}). Defaults in {@code application.yml} only.
 */
@ConfigurationProperties("simon")
public record JobIntervalProperties(Every sync, Every cleanup) {

    public JobIntervalProperties {
        SettingChecks.requirePositive("simon.sync.interval", sync == null ? null : sync.interval());
        SettingChecks.requirePositive("simon.cleanup.interval", cleanup == null ? null : cleanup.interval());
    }

    /** @param interval the time between two runs */
    public record Every(Duration interval) {}
}
