package nl.simon.integration.fs;

import java.net.URI;
import java.time.Instant;

/** The FactuurSturen account the tenant connected, as shown to users: never the API key. */
public record FsConnection(String username, URI baseUrl, Instant connectedAt) {}
