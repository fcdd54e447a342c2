package nl.simon.factuursturen.emulator;

import java.time.Clock;

/**
 * How to start an emulator: address (loopback by default), port (0 = a free one), the clock the hourly
 * quota and invoice dates follow, the number of worker threads, and the hourly quota of new accounts.
 */
public record EmulatorSettings(String host, int port, Clock clock, int threads, int defaultHourlyLimit) {

    /** docs/factuursturen-api.md, Decisions: 2,000 calls an hour per account. */
    public static final int DEFAULT_HOURLY_LIMIT = 2_000;

    public EmulatorSettings {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0..65535");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
    }

    public static EmulatorSettings defaults() {
        return new EmulatorSettings("127.0.0.1", 0, Clock.systemUTC(), 8, DEFAULT_HOURLY_LIMIT);
    }

    public EmulatorSettings withHost(String newHost) {
        return new EmulatorSettings(newHost, port, clock, threads, defaultHourlyLimit);
    }

    public EmulatorSettings withPort(int newPort) {
        return new EmulatorSettings(host, newPort, clock, threads, defaultHourlyLimit);
    }

    public EmulatorSettings withClock(Clock newClock) {
        return new EmulatorSettings(host, port, newClock, threads, defaultHourlyLimit);
    }

    public EmulatorSettings withThreads(int newThreads) {
        return new EmulatorSettings(host, port, clock, newThreads, defaultHourlyLimit);
    }

    public EmulatorSettings withDefaultHourlyLimit(int newLimit) {
        return new EmulatorSettings(host, port, clock, threads, newLimit);
    }
}
