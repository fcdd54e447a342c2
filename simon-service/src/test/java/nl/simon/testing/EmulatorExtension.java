package nl.simon.testing;

import java.net.URI;
import java.util.UUID;
import nl.simon.factuursturen.client.ClientSettings;
import nl.simon.factuursturen.client.Credentials;
import nl.simon.factuursturen.client.FactuurSturenClient;
import nl.simon.factuursturen.emulator.EmulatedAccount;
import nl.simon.factuursturen.emulator.FactuurSturenEmulator;
import nl.simon.testing.TestTenants.TestTenant;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A FactuurSturen emulator for one test class (started before its tests, faults cleared after each,
 * stopped after all), and a fresh tenant with an FS account of its own for each test:
 * <pre>{@code
 * Connected connected = fs.newTenant(tenants).withProducts("0001", "0002").activated();
 * }</pre>
 */
public final class EmulatorExtension implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {
    private FactuurSturenEmulator emulator;

    @Override
    public void beforeAll(ExtensionContext context) {
        emulator = FactuurSturenEmulator.start(0);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        emulator.clearFaults();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        emulator.close();
    }

    public FactuurSturenEmulator emulator() {
        return emulator;
    }

    /** A new tenant (admin logged in over the API) and a new, empty FS account with a large hourly quota. */
    public Connected newTenant(TestTenants tenants) {
        return connect(tenants.create());
    }

    /** As {@link #newTenant(TestTenants)}, for a service on {@code port} (the tenant's own). */
    public Connected newTenant(TestTenants tenants, int port) {
        TestTenant tenant = tenants.create();
        if (tenant.port() != port) {
            throw new IllegalArgumentException("the tenant lives on port " + tenant.port() + ", not " + port);
        }
        return connect(tenant);
    }

    /** A new, empty FS account with a large hourly quota for this tenant, not yet connected. */
    public Connected connect(TestTenant tenant) {
        Api admin = tenant.admin();
        String username = "fs-" + UUID.randomUUID();
        String apiKey = "key-" + UUID.randomUUID();
        EmulatedAccount account = emulator.createAccount(username, apiKey, 100_000);
        return new Connected(
                tenant,
                admin,
                account,
                new Wizard(admin, emulator.baseUrl(), username, apiKey),
                username,
                apiKey,
                emulator.baseUrl());
    }

    /** A tenant and its FS account; {@code wizard} activates the integration against that account. */
    public record Connected(
            TestTenant tenant,
            Api admin,
            EmulatedAccount account,
            Wizard wizard,
            String username,
            String apiKey,
            String fsBaseUrl) {

        /** Puts these products of {@link FsAccountData} in the FS account. */
        public Connected withProducts(String... codes) {
            FsAccountData.products(account, codes);
            return this;
        }

        /** Puts Bakkerij Jansen in the FS account; answers its client number. */
        public String addBakkerijJansen() {
            return FsAccountData.bakkerijJansen(account);
        }

        /** Runs the wizard with its default settings and waits until the first import has finished. */
        public Connected activated() {
            wizard.activate();
            wizard.awaitImport();
            return this;
        }

        /** Saves these integration settings (JSON), which must be accepted. */
        public Connected withSettings(String json) {
            Api.Response saved = admin.send("PUT", "/api/integration/settings", "application/json", json);
            if (saved.status() != 200) {
                throw new AssertionError("settings not saved: " + saved);
            }
            return this;
        }

        /** A FactuurSturen client on the FS account, to see what Simon did there. */
        public FactuurSturenClient fsClient() {
            return new FactuurSturenClient(ClientSettings.of(URI.create(fsBaseUrl), new Credentials(username, apiKey)));
        }
    }
}
