package nl.simon.testing;

import java.util.UUID;
import nl.simon.factuursturen.emulator.EmulatedAccount;
import nl.simon.factuursturen.emulator.FactuurSturenEmulator;
import nl.simon.testing.TestTenants.TestTenant;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A FactuurSturen emulator for one test class (started before its tests, faults cleared after each,
 * stopped after all), and a fresh tenant with an FS account of its own for each test.
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
    public Connected newTenant(TestTenants tenants, int port) {
        TestTenant tenant = tenants.create();
        Api admin = Api.at(port, tenant.adminEmail(), tenant.password());
        String username = "fs-" + UUID.randomUUID();
        String apiKey = "key-" + UUID.randomUUID();
        EmulatedAccount account = emulator.createAccount(username, apiKey, 100_000);
        return new Connected(tenant, admin, account, new Wizard(admin, emulator.baseUrl(), username, apiKey),
                username, apiKey);
    }

    /** A tenant and its FS account; {@code wizard} activates the integration against that account. */
    public record Connected(TestTenant tenant, Api admin, EmulatedAccount account, Wizard wizard, String username,
            String apiKey) {
    }
}
