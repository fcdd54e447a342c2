package nl.simon.testing;

import io.github.bucket4j.TimeMeter;
import java.time.Duration;

/**
 * The login throttle's clock in the tests: the system's, plus whatever a test moved it on, so a test
 * can let a throttle's wait pass without sleeping. Moving it only ever makes buckets fuller. A test may
 * also stop it, so that no bucket refills while its requests run however slow the machine is; it then
 * runs on from where it stood (it never goes back).
 */
public final class LoginThrottleTime implements TimeMeter {
    private long shift;
    private boolean stopped;
    private long stoppedAt;

    public synchronized void advance(Duration duration) {
        if (stopped) {
            stoppedAt += duration.toNanos();
        } else {
            shift += duration.toNanos();
        }
    }

    /** Stops the clock where it stands: it moves only by {@link #advance} until {@link #restart}. */
    public synchronized void stop() {
        if (!stopped) {
            stoppedAt = System.nanoTime() + shift;
            stopped = true;
        }
    }

    /** Lets the clock run again from where it stood. */
    public synchronized void restart() {
        if (stopped) {
            shift = stoppedAt - System.nanoTime();
            stopped = false;
        }
    }

    @Override
    public synchronized long currentTimeNanos() {
        return stopped ? stoppedAt : System.nanoTime() + shift;
    }

    @Override
    public boolean isWallClockBased() {
        return false;
    }
}
