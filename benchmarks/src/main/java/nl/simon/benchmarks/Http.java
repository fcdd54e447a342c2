package nl.simon.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** JSON over HTTP to the service, the emulator and its control endpoints; any unexpected status fails loudly. */
final class Http {
    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;
    private final String authorization;

    private Http(String base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    static Http at(String base) {
        return new Http(base, null);
    }

    Http basic(String user, String password) {
        return new Http(
                base,
                "Basic "
                        + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    Http bearer(String token) {
        return new Http(base, "Bearer " + token);
    }

    String base() {
        return base;
    }

    Response get(String path) {
        return send("GET", path, null);
    }

    Response post(String path, String json) {
        return send("POST", path, json);
    }

    Response put(String path, String json) {
        return send("PUT", path, json);
    }

    /** Sends and demands {@code status}; answers the body as JSON (null when empty). */
    JsonNode expect(int status, String method, String path, String json) {
        Response response = send(method, path, json);
        if (response.status() != status) {
            throw new IllegalStateException(method + " " + base + path + " answered " + response.status()
                    + " (expected " + status + "): " + response.body());
        }
        return response.body().isEmpty() ? null : JSON.readTree(response.body());
    }

    Response send(String method, String path, String json) {
        return send(method, path, json, "application/json");
    }

    Response send(String method, String path, String json, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", accept)
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + base + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** {@code "text"} with quotes and backslashes escaped, for JSON built by hand. */
    static String quoted(String text) {
        return JSON.writeValueAsString(text);
    }

    record Response(int status, String body) {
        JsonNode json() {
            return JSON.readTree(body);
        }
    }
}
