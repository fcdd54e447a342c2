package nl.simon.app.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Demo mode needs no configuration: when no secrets key is set, it makes a random one once and keeps
 * it in {@code ./data/secrets.key} (readable by the owner only), so stored API keys still open after
 * a restart.
 */
public final class DemoSecretsKey implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.matchesProfiles("demo")
                || !environment.getProperty("simon.secrets.key", "").isBlank()) {
            return;
        }
        Path file = Path.of(environment.getRequiredProperty("simon.demo.secrets-file"));
        environment
                .getPropertySources()
                .addLast(new MapPropertySource("demo-secrets-key", Map.of("simon.secrets.key", readOrCreate(file))));
    }

    static String readOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file).strip();
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            String encoded = Base64.getEncoder().encodeToString(key);
            Files.writeString(file, encoded);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            return encoded;
        } catch (IOException e) {
            throw new UncheckedIOException("demo secrets key " + file + " could not be kept", e);
        }
    }
}
