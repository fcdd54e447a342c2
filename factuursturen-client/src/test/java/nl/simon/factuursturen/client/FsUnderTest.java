package nl.simon.factuursturen.client;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.simon.factuursturen.emulator.FactuurSturenEmulator;

/**
 * Which FactuurSturen the client's integration tests talk to: the one place this is decided.
 *
 * <p>By default an emulator started in this JVM, with a new empty account for every test. With
 * {@code -Dfs.target=real} (the {@code real-fs} Maven profile sets it) the FactuurSturen account given by
 * {@code FS_BASE_URL}, {@code FS_USERNAME} and {@code FS_API_KEY}: every test then shares that account, uses
 * only records it made itself (names starting with {@link FsTestAccount#PREFIX}) and removes them after
 * itself. Without those variables the run stops at once with a message saying so; it never falls back to
 * the emulator. Tests that need the emulator's control (faults, clocks, request counts, quirks, a known
 * quota) are tagged {@link #EMULATOR_ONLY} and are not run against the real service.
 */
abstract sealed class FsUnderTest implements AutoCloseable permits FsUnderTest.Emulated, FsUnderTest.Real {
    static final String TARGET_PROPERTY = "fs.target";
    static final String EMULATOR_ONLY = "emulator-only";
    static final List<String> VARIABLES = List.of("FS_BASE_URL", "FS_USERNAME", "FS_API_KEY");

    /** The FactuurSturen this run talks to; close it after the test class. */
    static FsUnderTest start() {
        String target = System.getProperty(TARGET_PROPERTY, "emulator").strip();
        return switch (target) {
            case "emulator", "" -> new Emulated(FactuurSturenEmulator.start(0));
            case "real" -> Real.fromEnvironment(System.getenv());
            default ->
                throw new IllegalStateException(
                        TARGET_PROPERTY + " must be 'emulator' or 'real', not '" + target + "'");
        };
    }

    /** An account for one test: a new empty one on the emulator, the given account on the real service. */
    abstract FsTestAccount account(int hourlyLimit);

    abstract URI baseUrl();

    /** True when the account is new and empty for each test (the in-process emulator). */
    abstract boolean emulated();

    /** The in-process emulator, for tests tagged {@link #EMULATOR_ONLY}. */
    abstract FactuurSturenEmulator emulator();

    @Override
    public abstract void close();

    static final class Emulated extends FsUnderTest {
        private final FactuurSturenEmulator emulator;

        Emulated(FactuurSturenEmulator emulator) {
            this.emulator = emulator;
        }

        @Override
        FsTestAccount account(int hourlyLimit) {
            String username = "user-" + UUID.randomUUID();
            String apiKey = "key-" + UUID.randomUUID();
            return FsTestAccount.emulated(emulator.createAccount(username, apiKey, hourlyLimit), baseUrl(), apiKey);
        }

        @Override
        URI baseUrl() {
            return URI.create(emulator.baseUrl());
        }

        @Override
        boolean emulated() {
            return true;
        }

        @Override
        FactuurSturenEmulator emulator() {
            return emulator;
        }

        @Override
        public void close() {
            emulator.close();
        }
    }

    static final class Real extends FsUnderTest {
        private final URI baseUrl;
        private final String username;
        private final String apiKey;

        private Real(URI baseUrl, String username, String apiKey) {
            this.baseUrl = baseUrl;
            this.username = username;
            this.apiKey = apiKey;
        }

        static Real fromEnvironment(Map<String, String> environment) {
            List<String> missing = new ArrayList<>();
            for (String variable : VARIABLES) {
                String value = environment.get(variable);
                if (value == null || value.isBlank()) {
                    missing.add(variable);
                }
            }
            if (!missing.isEmpty()) {
                throw new IllegalStateException("The real-FactuurSturen run (-Preal-fs, " + TARGET_PROPERTY
                        + "=real) needs " + String.join(", ", VARIABLES) + " in the environment; missing: "
                        + String.join(", ", missing) + ". It never falls back to the emulator.");
            }
            String url = environment.get("FS_BASE_URL").strip();
            return new Real(
                    URI.create(url.endsWith("/") ? url : url + "/"),
                    environment.get("FS_USERNAME").strip(),
                    environment.get("FS_API_KEY").strip());
        }

        @Override
        FsTestAccount account(int hourlyLimit) {
            return FsTestAccount.real(baseUrl, username, apiKey);
        }

        @Override
        URI baseUrl() {
            return baseUrl;
        }

        @Override
        boolean emulated() {
            return false;
        }

        @Override
        FactuurSturenEmulator emulator() {
            throw new IllegalStateException("this test needs the emulator; tag it " + EMULATOR_ONLY);
        }

        @Override
        public void close() {
            // the real service is not ours to stop
        }

        @Override
        public String toString() {
            return "FsUnderTest.Real[" + baseUrl + ", " + username + "]";
        }
    }
}
