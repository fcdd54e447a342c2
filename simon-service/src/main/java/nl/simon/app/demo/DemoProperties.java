package nl.simon.app.demo;

import java.nio.file.Path;
import nl.simon.app.SettingChecks;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code simon.demo.*}: demo mode's own settings. Defaults in {@code application.yml} only
 * (docs/adr/0004-typed-configuration.md).
 *
 * @param emulatorPort the port of the built-in FactuurSturen emulator ({@code EMULATOR_PORT})
 * @param dataDir the embedded PostgreSQL's data folder
 * @param emulatorDir where the emulator keeps its accounts; blank: {@code emulator} next to {@code dataDir}
 * @param dbPort the embedded PostgreSQL's port; 0: a free one picked at each start
 * @param secretsFile where the demo's secrets key is kept (read before binding, by DemoSecretsKey)
 */
@ConfigurationProperties("simon.demo")
public record DemoProperties(int emulatorPort, String dataDir, String emulatorDir, int dbPort, String secretsFile) {

    public DemoProperties {
        SettingChecks.requirePort("simon.demo.emulator-port", emulatorPort);
        SettingChecks.requirePort("simon.demo.db-port", dbPort);
        if (dataDir == null || dataDir.isBlank()) {
            throw new IllegalArgumentException("simon.demo.data-dir must name a folder");
        }
        emulatorDir = emulatorDir == null ? "" : emulatorDir;
    }

    /** The data folder, absolute. */
    Path dataDirectory() {
        return Path.of(dataDir).toAbsolutePath().normalize();
    }

    /** The emulator's folder, absolute. */
    Path emulatorDirectory() {
        return emulatorDir.isBlank()
                ? Path.of(dataDir).toAbsolutePath().getParent().resolve("emulator")
                : Path.of(emulatorDir).toAbsolutePath();
    }
}
