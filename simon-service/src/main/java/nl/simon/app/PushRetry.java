package nl.simon.app;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When a push run that failed (FactuurSturen out of reach, an unknown outcome, an unexpected failure) is run
 * again: after {@code first}, doubling each time, never waiting longer than {@code max}
 * (docs/adr/0003-exactly-once-push.md, step 7). Settings {@code simon.push.retry.first} and
 * {@code simon.push.retry.max}; the tests shorten {@code first}.
 */
@ConfigurationProperties("simon.push.retry")
public record PushRetry(@DefaultValue("5s") Duration first, @DefaultValue("10m") Duration max) {
    public PushRetry {
        if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("simon.push.retry: first must be positive and max at least first");
        }
    }
}
