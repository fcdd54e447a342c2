package nl.simon.factuursturen.emulator.http;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import nl.simon.factuursturen.emulator.api.ApiRouter;
import nl.simon.factuursturen.emulator.api.Quirks;
import nl.simon.factuursturen.emulator.demo.DemoDataSet;
import nl.simon.factuursturen.emulator.store.Account;
import nl.simon.factuursturen.emulator.store.AccountFiles;
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
    /** Where accounts are kept across restarts (demo mode); null keeps them in memory only. */
    private volatile AccountFiles files;

    public EmulatorState(Clock clock, int defaultHourlyLimit) {
        this.clock = clock;
        this.defaultHourlyLimit = defaultHourlyLimit;
    }

    /** A new empty account; {@link IllegalStateException} when the username is taken. */
    /** The hourly limit of an account created without one. */
    public int defaultHourlyLimit() {
        return defaultHourlyLimit;
    }

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
        kept(account);
        return account;
    }

    /**
     * Keeps every account in a file of its own in {@code directory} from now on, and first loads the accounts
     * already kept there (a restart). Answers how many were loaded.
     */
    public int keepIn(AccountFiles accountFiles) {
        List<Account> loaded = accountFiles.load();
        this.files = accountFiles;
        for (Account account : loaded) {
            accounts.put(account);
            account.afterWrite(accountFiles::save);
        }
        return loaded.size();
    }

    private void kept(Account account) {
        AccountFiles current = files;
        if (current != null) {
            account.afterWrite(current::save);
            account.locked(() -> {
                current.save(account);
                return null;
            });
        }
    }

    /** The demo account of docs/contracts.md §1, created afresh (an existing one is replaced). */
    public Account loadDemo() {
        Account demo = new Account(DemoDataSet.USERNAME, DemoDataSet.API_KEY, defaultHourlyLimit);
        DemoDataSet.fill((resource, fields) -> create(demo, resource, fields));
        accounts.put(demo);
        kept(demo);
        return demo;
    }

    public String create(Account account, String resource, Map<String, ?> fields) {
        return router.create(account, now(), resource, fields);
    }

    /** Removes all accounts and data, faults, quirks and counts. */
    public void reset() {
        accounts.clear();
        AccountFiles current = files;
        if (current != null) {
            current.deleteAll();
        }
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
