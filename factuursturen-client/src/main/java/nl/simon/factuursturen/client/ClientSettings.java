package nl.simon.factuursturen.client;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Where and how to reach FactuurSturen. {@code pageSize} is the {@code count} asked per list page;
 * {@code readTimeout} bounds the wait for an answer to one request.
 */
public record ClientSettings(
        URI baseUrl,
        Credentials credentials,
        Duration connectTimeout,
        Duration readTimeout,
        int pageSize,
        Clock clock) {
    public static final URI PRODUCTION = URI.create("https://www.factuursturen.nl/api/v1/");

    public ClientSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(clock, "clock");
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be positive");
        }
        String url = baseUrl.toString();
        baseUrl = url.endsWith("/") ? baseUrl : URI.create(url + "/");
    }

    /** 5 s to connect, 30 s for an answer, 500 rows a page. */
    public static ClientSettings of(URI baseUrl, Credentials credentials) {
        return new ClientSettings(
                baseUrl, credentials, Duration.ofSeconds(5), Duration.ofSeconds(30), 500, Clock.systemUTC());
    }

    public ClientSettings withReadTimeout(Duration timeout) {
        return new ClientSettings(baseUrl, credentials, connectTimeout, timeout, pageSize, clock);
    }

    public ClientSettings withPageSize(int size) {
        return new ClientSettings(baseUrl, credentials, connectTimeout, readTimeout, size, clock);
    }

    public ClientSettings withClock(Clock newClock) {
        return new ClientSettings(baseUrl, credentials, connectTimeout, readTimeout, pageSize, newClock);
    }

    @Override
    public String toString() {
        return "ClientSettings[baseUrl=" + baseUrl + ", " + credentials + ", pageSize=" + pageSize + "]";
    }
}
