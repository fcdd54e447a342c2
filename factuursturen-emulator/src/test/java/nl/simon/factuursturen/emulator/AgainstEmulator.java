package nl.simon.factuursturen.emulator;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * One emulator per test class on a free loopback port, with a settable clock; before each test it is
 * reset and holds one empty account {@code acme} / {@code acme-key}.
 */
abstract class AgainstEmulator {

    static final Instant START = Instant.parse("2025-03-10T09:30:00Z");
    static final String USERNAME = "acme";
    static final String API_KEY = "acme-key";

    static SettableClock clock;
    static FactuurSturenEmulator emulator;

    EmulatedAccount account;
    RawHttp http;

    @BeforeAll
    static void startEmulator() {
        clock = new SettableClock(START);
        emulator = FactuurSturenEmulator.start(EmulatorSettings.defaults().withClock(clock));
    }

    @AfterAll
    static void stopEmulator() {
        emulator.close();
    }

    @BeforeEach
    void freshAccount() {
        emulator.reset();
        clock.set(START);
        account = emulator.createAccount(USERNAME, API_KEY);
        http = new RawHttp(emulator.baseUrl()).as(USERNAME, API_KEY);
    }

    /** Creates {@code count} minimal clients; the last one has clientnr {@code count}. */
    void createClients(int count) {
        for (int i = 1; i <= count; i++) {
            account.create("clients", Map.of("company", "Klant " + i));
        }
    }
}
