package nl.simon.app.demo;

import java.nio.file.Path;
import nl.simon.factuursturen.emulator.EmulatorSettings;
import nl.simon.factuursturen.emulator.FactuurSturenEmulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * Demo mode has no internet: the FactuurSturen emulator runs in the same process on loopback
 * (port 8081, {@code EMULATOR_PORT} overrides) with the demo account {@code demo} /
 * {@code demo-api-key}, its clients, products and quotations. Its accounts are kept under
 * {@code ./data/emulator} (next to the database's folder; one file per account, replaced atomically after each change), so after a
 * restart FactuurSturen still has the drafts Simon shows as sent.
 */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
@EnableConfigurationProperties(DemoProperties.class)
class DemoEmulator {
    private static final Logger LOG = LoggerFactory.getLogger(DemoEmulator.class);

    @Bean(destroyMethod = "close")
    FactuurSturenEmulator factuurSturenEmulator(DemoProperties demo) {
        FactuurSturenEmulator emulator =
                FactuurSturenEmulator.start(EmulatorSettings.defaults().withPort(demo.emulatorPort()));
        try {
            Path folder = demo.emulatorDirectory();
            int kept = emulator.keepAccountsIn(folder);
            if (emulator.account(FactuurSturenEmulator.DEMO_USERNAME).isEmpty()) {
                emulator.loadDemoData();
            }
            LOG.info(
                    "demo mode: FactuurSturen emulator at {} (username '{}', API key '{}'), its data in {} ({} accounts kept)",
                    emulator.baseUrl(),
                    FactuurSturenEmulator.DEMO_USERNAME,
                    FactuurSturenEmulator.DEMO_API_KEY,
                    folder,
                    kept);
            return emulator;
        } catch (RuntimeException e) {
            emulator.close();
            throw e;
        }
    }
}
