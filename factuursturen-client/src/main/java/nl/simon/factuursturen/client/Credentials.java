package nl.simon.factuursturen.client;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;

/**
 * A FactuurSturen account's username and API key. The key never appears in {@link #toString()},
 * exceptions or logs; it only leaves this object as the HTTP Basic header.
 */
public final class Credentials {
    private final String username;
    private final String apiKey;

    public Credentials(String username, String apiKey) {
        this.username = Objects.requireNonNull(username, "username");
        this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
    }

    public String username() {
        return username;
    }

    String authorizationHeader() {
        String pair = username + ":" + apiKey;
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Credentials that && username.equals(that.username) && apiKey.equals(that.apiKey);
    }

    @Override
    public int hashCode() {
        return Objects.hash(username, apiKey);
    }

    @Override
    public String toString() {
        return "Credentials[username=" + username + ", apiKey=***]";
    }
}
