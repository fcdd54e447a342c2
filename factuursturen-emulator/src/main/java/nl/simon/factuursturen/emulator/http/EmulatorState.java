package nl.simon.factuursturen.emulator.http;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;

import nl.simon.factuursturen.emulator.api.ApiRouter;
import nl.simon.factuursturen.emulator.api.Quirks;
import nl.simon.factuursturen.emulator.demo.DemoDataSet;
import nl.simon.factuursturen.emulator.store.Account;
import nl.simon.factuursturen.emulator.store.Accounts;
import nl.simon.factuursturen.emulator.store.Faults;
import nl.simon.factuursturen.emulator.store.RequestStats;

/**
 * Everything one emulator holds: accounts, armed faults, request counts, quirks, the API router and the
 * clock. Both the HTTP handlers and the Java API act on it.
 */
public final class EmulatorState {

    /** FactuurSturen is Dutch: dates and history times are in this zone. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final Accounts accounts = new Accounts();
    private final Faults faults = new Faults();
    private final RequestStats stats = new RequestStats();
    private final Quirks quirks = new Quirks();
    private final ApiRouter router = new ApiRouter(quirks);
    private final Clock clock;
    private final int defaultHourlyLimit;

    public EmulatorState(Clock clock, int defaultHourlyLimit) {
        this.clock = clock;
        this.defaultHourlyLimit = defaultHourlyLimit;
    }

    /** A new empty account; {@link IllegalStateException} when the username is taken. */
    public Account createAccount(String username, String apiKey, Integer hourlyLimit) {
        if (username == null || username.isBlank() || apiKey == null || apiKey.isBlank()) {
            throw new IllegalArgumentException("username and apiKey are required");
        }
        int limit = hourlyLimit == null ? defaultHourlyLimit : hourlyLimit;
        if (limit < 0) {
            throw new IllegalArgumentException("hourlyLimit must not be negative");
        }
        Account account = new Account(username, apiKey, limit);
        if (!accounts.add(account)) {
            throw new IllegalStateException("account " + username + " already exists");
        }
        return account;
    }

    /** The demo account of CONTRACTS.md §1, created afresh (an existing one is replaced). */
    public Account loadDemo() {
        Account demo = new Account(DemoDataSet.USERNAME, DemoDataSet.API_KEY, defaultHourlyLimit);
        DemoDataSet.fill((resource, fields) -> create(demo, resource, fields));
        accounts.put(demo);
        return demo;
    }

    public String create(Account account, String resource, Map<String, ?> fields) {
        return router.create(account, now(), resource, fields);
    }

    /** Removes all accounts and data, faults, quirks and counts. */
    public void reset() {
        accounts.clear();
        faults.clear();
        stats.clear();
        quirks.bogusIdReturnsList(false);
    }

    public ZonedDateTime now() {
        return clock.instant().atZone(ZONE);
    }

    public Clock clock() {
        return clock;
    }

    public Accounts accounts() {
        return accounts;
    }

    public Faults faults() {
        return faults;
    }

    public RequestStats stats() {
        return stats;
    }

    public Quirks quirks() {
        return quirks;
    }

    public ApiRouter router() {
        return router;
    }
}
