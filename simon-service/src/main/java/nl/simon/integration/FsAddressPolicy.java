package nl.simon.integration;

import java.net.URI;
import java.util.Locale;
import java.util.Set;
import nl.simon.shared.InvalidInputException;

/**
 * Which FactuurSturen address a tenant may connect to. Production allows only the default (the real
 * FS), so no tenant can make the service call internal hosts; demo mode and tests also allow the
 * listed hosts (loopback, where the emulator runs).
 */
public record FsAddressPolicy(URI defaultUrl, Set<String> allowedHosts) {

    public URI resolve(String requested) {
        if (requested == null || requested.isBlank()) {
            return defaultUrl;
        }
        URI uri;
        try {
            uri = URI.create(requested.strip());
        } catch (IllegalArgumentException unreadable) {
            throw new InvalidInputException("baseUrl", "error.base-url-not-allowed");
        }
        if (uri.equals(defaultUrl)) {
            return uri;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean web = scheme.equals("http") || scheme.equals("https");
        if (!web || uri.getHost() == null || !allowedHosts.contains(uri.getHost().toLowerCase(Locale.ROOT))) {
            throw new InvalidInputException("baseUrl", "error.base-url-not-allowed");
        }
        return uri;
    }
}
