package nl.simon.testing;

import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The login throttle's clock in the tests: the system's, plus whatever a test moved it on, so a test
 * can let a throttle's wait pass without sleeping. Moving it only ever makes buckets fuller.
 */
public final class LoginThrottleTime implements TimeMeter {
    private final AtomicLong shift = new AtomicLong();

    public void advance(Duration duration) {
        shift.addAndGet(duration.toNanos());
    }

    @Override
    public long currentTimeNanos() {
        return System.nanoTime() + shift.get();
    }

    @Override
    public boolean isWallClockBased() {
        return false;
    }
}
