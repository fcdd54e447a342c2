package nl.simon.integration.fs;

import java.net.URI;
import java.util.Objects;

/** What it takes to call FactuurSturen for a tenant. The API key stays out of {@link #toString()}. */
public record FsCredentials(String username, String apiKey, URI baseUrl) {
    public FsCredentials {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(baseUrl, "baseUrl");
    }

    @Override
    public String toString() {
        return "FsCredentials[username=" + username + ", apiKey=***, baseUrl=" + baseUrl + "]";
    }
}
