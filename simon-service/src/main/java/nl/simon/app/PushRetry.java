package nl.simon.app;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When a push run that failed (FactuurSturen out of reach, an unknown outcome, an unexpected failure) is run
 * again: after {@code first}, doubling each time, never waiting longer than {@code max}
 * (docs/adr/0003-exactly-once-push.md, step 7). Settings {@code simon.push.retry.first} and
 * {@code simon.push.retry.max}, defaults in {@code application.yml} only (5 s, 10 min); the tests shorten
 * {@code first}.
 */
@ConfigurationProperties("simon.push.retry")
public record PushRetry(Duration first, Duration max) {
    public PushRetry {
        SettingChecks.requirePositive("simon.push.retry.first", first);
        SettingChecks.requirePositive("simon.push.retry.max", max);
        if (max.compareTo(first) < 0) {
            throw new IllegalArgumentException(
                    "simon.push.retry.max must be at least simon.push.retry.first, not " + max);
        }
    }
}
