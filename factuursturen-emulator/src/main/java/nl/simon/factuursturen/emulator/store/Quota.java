package nl.simon.factuursturen.emulator.store;

import java.time.Instant;

/**
 * An account's hourly call budget (docs/factuursturen-api.md §1.5 and Decisions): it refills at the start of
 * every clock hour; a call when nothing is left is refused (403, remaining 0) and not counted.
 */
public final class Quota {

    private static final long SECONDS_PER_HOUR = 3600;

    private volatile int hourlyLimit;
    private long hour = Long.MIN_VALUE;
    private int used;

    public Quota(int hourlyLimit) {
        this.hourlyLimit = hourlyLimit;
    }

    public synchronized QuotaDecision take(Instant now) {
        rollOver(now);
        if (used >= hourlyLimit) {
            return new QuotaDecision.Spent();
        }
        used++;
        return new QuotaDecision.Allowed(hourlyLimit - used);
    }

    public synchronized int remaining(Instant now) {
        rollOver(now);
        return Math.max(0, hourlyLimit - used);
    }

    public int hourlyLimit() {
        return hourlyLimit;
    }

    public synchronized void changeLimit(int newLimit) {
        hourlyLimit = newLimit;
    }

    private void rollOver(Instant now) {
        long current = Math.floorDiv(now.getEpochSecond(), SECONDS_PER_HOUR);
        if (current != hour) {
            hour = current;
            used = 0;
        }
    }
}
