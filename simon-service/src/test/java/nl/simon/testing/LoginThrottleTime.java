package nl.simon.testing;

import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The login throttle's clock in the tests: the system's, plus whatever a test moved it on, so a test
 * can let a throttle's wait pass without sleeping. Moving it only ever makes buckets fuller. A test that
 * counts failures against a limit {@link #freeze()}s it first, so a slow machine does not refill the
 * bucket while the test is still failing logins (with a one-minute period, 20 failures refill one token
 * every 3 s), and {@link #thaw()}s it after.
 */
public final class LoginThrottleTime implements TimeMeter {
    private final AtomicLong shift = new AtomicLong();
    private final AtomicLong frozenAt = new AtomicLong(Long.MIN_VALUE);

    public void advance(Duration duration) {
        shift.addAndGet(duration.toNanos());
    }

    /** Stops the clock where it is; {@link #advance} still moves it. */
    public void freeze() {
        frozenAt.set(System.nanoTime());
    }

    /** Lets the clock run again from where it stood, so it never goes back. */
    public void thaw() {
        long frozen = frozenAt.getAndSet(Long.MIN_VALUE);
        if (frozen != Long.MIN_VALUE) {
            shift.addAndGet(frozen - System.nanoTime());
        }
    }

    @Override
    public long currentTimeNanos() {
        long frozen = frozenAt.get();
        return (frozen == Long.MIN_VALUE ? System.nanoTime() : frozen) + shift.get();
    }

    @Override
    public boolean isWallClockBased() {
        return false;
    }
}
