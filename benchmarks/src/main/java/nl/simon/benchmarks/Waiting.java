package nl.simon.benchmarks;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.locks.LockSupport;

/** Polling until something holds, with a deadline: the benchmark waits on other processes. */
final class Waiting {
    private Waiting() {}

    /** Milliseconds since {@code startNanos} ({@link System#nanoTime()}). */
    static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    static void pause(Duration duration) {
        LockSupport.parkNanos(duration.toNanos());
        if (Thread.interrupted()) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        }
    }

    /** Polls {@code condition} every {@code every} until it holds; fails after {@code timeout} naming {@code what}. */
    static void until(String what, Duration timeout, Duration every, Callable<Boolean> condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                if (condition.call()) {
                    return;
                }
            } catch (Exception e) {
                throw new IllegalStateException("while waiting for " + what, e);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("gave up waiting for " + what + " after " + timeout);
            }
            pause(every);
        }
    }
}
