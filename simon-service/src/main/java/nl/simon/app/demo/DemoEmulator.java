package nl.simon.app.demo;

import nl.simon.factuursturen.emulator.EmulatorSettings;
import nl.simon.factuursturen.emulator.FactuurSturenEmulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * Demo mode has no internet: the FactuurSturen emulator runs in the same process on loopback
 * (port 8081, {@code EMULATOR_PORT} overrides) with the demo account {@code demo} /
 * {@code demo-api-key}, its clients, products and quotations. Its data lives in memory and
 * starts afresh with every start, as a FactuurSturen test account would be reset.
 */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
class DemoEmulator {
    private static final Logger LOG = LoggerFactory.getLogger(DemoEmulator.class);

    @Bean(destroyMethod = "close")
    FactuurSturenEmulator factuurSturenEmulator(@Value("${simon.demo.emulator-port:8081}") int port) {
        FactuurSturenEmulator emulator = FactuurSturenEmulator.start(EmulatorSettings.defaults().withPort(port));
        emulator.loadDemoData();
        LOG.info("demo mode: FactuurSturen emulator at {} (username '{}', API key '{}')", emulator.baseUrl(),
                FactuurSturenEmulator.DEMO_USERNAME, FactuurSturenEmulator.DEMO_API_KEY);
        return emulator;
    }
}
