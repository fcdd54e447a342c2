package nl.simon.app;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code simon.factuursturen.*}: where FactuurSturen is and how long a call to it may take. The defaults
 * live in {@code application.yml} only (docs/adr/0004-typed-configuration.md); a missing or invalid value
 * stops the start with a message that names the property.
 *
 * @param baseUrl the address a connection uses when it names none
 * @param allowedHosts other host names a tenant may connect to (blank entries ignored)
 * @param allowedAddresses whole addresses a tenant may also connect to (blank entries ignored)
 * @param connectTimeout how long connecting may take
 * @param readTimeout how long an answer may take
 */
@ConfigurationProperties("simon.factuursturen")
public record FactuurSturenProperties(
        String baseUrl,
        List<String> allowedHosts,
        List<String> allowedAddresses,
        Duration connectTimeout,
        Duration readTimeout) {

    public FactuurSturenProperties {
        if (baseUrl == null || baseUrl.isBlank()) {
            throw new IllegalArgumentException("simon.factuursturen.base-url must name the FactuurSturen API address");
        }
        try {
            URI.create(baseUrl.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("simon.factuursturen.base-url is not an address: " + baseUrl, e);
        }
        allowedHosts = nonBlank(allowedHosts);
        allowedAddresses = nonBlank(allowedAddresses);
        for (String address : allowedAddresses) {
            try {
                URI.create(address);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "simon.factuursturen.allowed-addresses holds something that is not an address: " + address, e);
            }
        }
        SettingChecks.requirePositive("simon.factuursturen.connect-timeout", connectTimeout);
        SettingChecks.requirePositive("simon.factuursturen.read-timeout", readTimeout);
    }

    /** The allowed host names, lower case. */
    public Set<String> hosts() {
        return allowedHosts.stream().map(host -> host.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    /** The allowed whole addresses. */
    public List<URI> addresses() {
        return allowedAddresses.stream().map(URI::create).toList();
    }

    public URI baseAddress() {
        return URI.create(baseUrl.strip());
    }

    private static List<String> nonBlank(List<String> values) {
        return values == null
                ? List.of()
                : values.stream()
                        .map(String::strip)
                        .filter(value -> !value.isEmpty())
                        .toList();
    }
}
