package nl.simon.integration.pull;

import java.util.concurrent.Semaphore;

/**
 * The instance's bound on the first imports' second writers ({@link Reconciliation}): a second writer holds a
 * database connection of its own while it writes a page, so only {@code limit} imports at a time get one; the
 * others write with one thread, as every later pull does. With thousands of tenants importing at once the pool
 * (10 connections by default) stays for the scheduler's other tenants, the push and the office's pages.
 */
public final class SecondWriters {
    /** The instance's default: two imports at a time write with two connections each. */
    public static final int DEFAULT_LIMIT = 2;

    private final Semaphore permits;

    public SecondWriters(int limit) {
        this.permits = new Semaphore(limit);
    }

    /** A second writer for one import, or false when {@code limit} imports have one (never waits). */
    boolean take() {
        return permits.tryAcquire();
    }

    void giveBack() {
        permits.release();
    }
}
