package nl.simon.app;

import nl.simon.adapter.crypto.AesGcmSecretBox;
import nl.simon.integration.fs.SecretBox;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The key that encrypts FactuurSturen API keys at rest: {@code SIMON_SECRETS_KEY} (base64 of 32 random
 * bytes, e.g. {@code openssl rand -base64 32}). Demo mode makes one and keeps it under {@code ./data/}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecretsProperties.class)
class SecretsConfiguration {

    @Bean
    SecretBox secretBox(SecretsProperties secrets) {
        return new AesGcmSecretBox(secrets.bytes());
    }
}
