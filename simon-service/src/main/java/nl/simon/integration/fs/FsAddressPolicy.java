package nl.simon.integration.fs;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import nl.simon.shared.InvalidInputException;

/**
 * Which FactuurSturen address a tenant may connect to. Production allows only the default (the real
 * FS), so no tenant can make the service call internal hosts. Besides it a deployment may allow whole
 * addresses ({@code allowedAddresses}: scheme, host, port and path must match, e.g. demo mode's built-in
 * emulator) and hosts ({@code allowedHosts}: any port, path exactly {@code /api/v1/}; a FactuurSturen test
 * host, or loopback in the tests). Never an address with user-info ({@code user:pass@}), a query, a
 * fragment, or a path other than FactuurSturen's API path.
 */
public record FsAddressPolicy(URI defaultUrl, Set<String> allowedHosts, List<URI> allowedAddresses) {
    private static final String API_PATH = "/api/v1/";
    private static final Pattern PLAIN_PATH = Pattern.compile("(/[A-Za-z0-9_~-][A-Za-z0-9._~-]*)*/");

    public FsAddressPolicy {
        allowedHosts = Set.copyOf(allowedHosts);
        allowedAddresses = List.copyOf(allowedAddresses);
        for (URI address : concat(defaultUrl, allowedAddresses)) {
            if (!wellFormed(address)) {
                throw new IllegalStateException("not a FactuurSturen API address (http or https, a host, a plain path"
                        + " ending in /, no user:password@, no ? or #): " + address.getScheme() + "://"
                        + address.getHost() + address.getRawPath());
            }
        }
    }

    public FsAddressPolicy(URI defaultUrl, Set<String> allowedHosts) {
        this(defaultUrl, allowedHosts, List.of());
    }

    /** Whether a tenant may name an address at all (else the wizard does not ask for one). */
    public boolean othersAllowed() {
        return !allowedHosts.isEmpty() || !allowedAddresses.isEmpty();
    }

    public URI resolve(String requested) {
        if (requested == null || requested.isBlank()) {
            return defaultUrl;
        }
        URI uri;
        try {
            uri = new URI(requested.strip());
        } catch (java.net.URISyntaxException unreadable) {
            throw refused();
        }
        if (!wellFormed(uri)) {
            throw refused();
        }
        if (sameAddress(uri, defaultUrl) || allowedAddresses.stream().anyMatch(allowed -> sameAddress(uri, allowed))) {
            return uri;
        }
        if (allowedHosts.contains(uri.getHost().toLowerCase(Locale.ROOT))
                && uri.getRawPath().equals(API_PATH)) {
            return uri;
        }
        throw refused();
    }

    private static boolean wellFormed(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        return (scheme.equals("http") || scheme.equals("https"))
                && uri.getHost() != null
                && uri.getRawUserInfo() == null
                && uri.getRawQuery() == null
                && uri.getRawFragment() == null
                && uri.getRawPath() != null
                && PLAIN_PATH.matcher(uri.getRawPath()).matches()
                && uri.getPort() <= 65535;
    }

    private static boolean sameAddress(URI uri, URI allowed) {
        return uri.getScheme().equalsIgnoreCase(allowed.getScheme())
                && uri.getHost().equalsIgnoreCase(allowed.getHost())
                && port(uri) == port(allowed)
                && uri.getRawPath().equals(allowed.getRawPath());
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
    }

    private static List<URI> concat(URI first, List<URI> rest) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(first), rest.stream())
                .toList();
    }

    private static InvalidInputException refused() {
        return new InvalidInputException("baseUrl", "error.base-url-not-allowed");
    }
}
