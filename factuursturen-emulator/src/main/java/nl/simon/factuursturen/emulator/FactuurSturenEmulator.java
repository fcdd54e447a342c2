package nl.simon.factuursturen.emulator;

import java.util.List;
import java.util.Optional;
import nl.simon.factuursturen.emulator.demo.DemoDataSet;
import nl.simon.factuursturen.emulator.http.EmulatorServer;
import nl.simon.factuursturen.emulator.http.EmulatorState;

/**
 * An emulator of the FactuurSturen.nl REST API v1 on a local port, for tests and demo mode (see
 * EMULATOR.md). Start it on port 0 and ask for {@link #baseUrl()}; close it when done.
 *
 * <pre>{@code
 * try (FactuurSturenEmulator fs = FactuurSturenEmulator.start(0)) {
 *     fs.createAccount("acme", "secret-key");
 *     // point the client at fs.baseUrl() -> http://127.0.0.1:<port>/api/v1/
 * }
 * }</pre>
 */
public final class FactuurSturenEmulator implements AutoCloseable {

    public static final String DEMO_USERNAME = DemoDataSet.USERNAME;
    public static final String DEMO_API_KEY = DemoDataSet.API_KEY;

    private final EmulatorState state;
    private final EmulatorServer server;

    private FactuurSturenEmulator(EmulatorState state, EmulatorServer server) {
        this.state = state;
        this.server = server;
    }

    /** On 127.0.0.1; port 0 picks a free port. No accounts yet. */
    public static FactuurSturenEmulator start(int port) {
        return start(EmulatorSettings.defaults().withPort(port));
    }

    public static FactuurSturenEmulator start(EmulatorSettings settings) {
        EmulatorState state = new EmulatorState(settings.clock(), settings.defaultHourlyLimit());
        return new FactuurSturenEmulator(
                state, EmulatorServer.start(state, settings.host(), settings.port(), settings.threads()));
    }

    public int port() {
        return server.port();
    }

    /** {@code http://127.0.0.1:<port>/api/v1/} */
    public String baseUrl() {
        return rootUrl() + "api/v1/";
    }

    /** {@code http://127.0.0.1:<port>/_emulator/} */
    public String controlUrl() {
        return rootUrl() + "_emulator/";
    }

    /** A new empty account with the default hourly quota; {@link IllegalStateException} if the name is taken. */
    public EmulatedAccount createAccount(String username, String apiKey) {
        return new EmulatedAccount(state, state.createAccount(username, apiKey, null));
    }

    public EmulatedAccount createAccount(String username, String apiKey, int hourlyLimit) {
        return new EmulatedAccount(state, state.createAccount(username, apiKey, hourlyLimit));
    }

    public Optional<EmulatedAccount> account(String username) {
        return state.accounts().find(username).map(account -> new EmulatedAccount(state, account));
    }

    /**
     * Keeps every account in a JSON file of its own in {@code directory} from now on, written atomically after
     * each change, and loads the accounts kept there before (demo mode: a restart keeps drafts, clients and
     * quotations). Without this call the emulator keeps everything in memory. Answers how many were loaded.
     */
    public int keepAccountsIn(java.nio.file.Path directory) {
        return state.keepIn(new nl.simon.factuursturen.emulator.store.AccountFiles(directory));
    }

    /** (Re)creates the demo account {@code demo} / {@code demo-api-key} with its data (docs/contracts.md §1). */
    public EmulatedAccount loadDemoData() {
        return new EmulatedAccount(state, state.loadDemo());
    }

    public void addFault(Fault fault) {
        state.faults().add(fault);
    }

    /** The armed faults with the uses they have left. */
    public List<Fault> faults() {
        return state.faults().remaining();
    }

    public void clearFaults() {
        state.faults().clear();
    }

    /** Removes all accounts and data, faults, quirks and request counts. */
    public void reset() {
        state.reset();
    }

    public EmulatorStats stats() {
        return new EmulatorStats(state.stats().total(), state.stats().counts());
    }

    public void clearStats() {
        state.stats().clear();
    }

    /** Quirk §7.7: GET of an unknown id answers 200 with the list instead of 404 (off by default). */
    public void bogusIdReturnsList(boolean enabled) {
        state.quirks().bogusIdReturnsList(enabled);
    }

    @Override
    public void close() {
        server.close();
    }

    private String rootUrl() {
        String host = server.host().contains(":") ? "[" + server.host() + "]" : server.host();
        return "http://" + host + ":" + port() + "/";
    }
}
