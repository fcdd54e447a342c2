package nl.simon.app;

import java.util.Base64;
import nl.simon.adapter.crypto.AesGcmSecretBox;
import nl.simon.integration.fs.SecretBox;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The key that encrypts FactuurSturen API keys at rest: {@code SIMON_SECRETS_KEY} (base64 of 32 random
 * bytes, e.g. {@code openssl rand -base64 32}). Demo mode makes one and keeps it under {@code ./data/}.
 */
@Configuration(proxyBeanMethods = false)
class SecretsConfiguration {

    @Bean
    SecretBox secretBox(@Value("${simon.secrets.key:}") String key) {
        if (key.isBlank()) {
            throw new IllegalStateException("No secrets key: set SIMON_SECRETS_KEY to a base64-encoded 32-byte key "
                    + "(for example the output of: openssl rand -base64 32)");
        }
        return new AesGcmSecretBox(Base64.getDecoder().decode(key.strip()));
    }
}
