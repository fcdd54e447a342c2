package nl.simon.factuursturen.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plain HTTP to the FactuurSturen under test, beside the client: to create and remove a test's own data
 * on a real account, and to look at answers the client hides (status, headers, the raw body).
 */
final class FsHttp {
    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    private final URI baseUrl;
    private final String authorization;

    FsHttp(URI baseUrl, String username, String apiKey) {
        this.baseUrl = baseUrl;
        this.authorization = "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + apiKey).getBytes(StandardCharsets.UTF_8));
    }

    record Answer(int status, String body, HttpHeaders headers) {
        JsonNode json() {
            return JSON.readTree(body);
        }

        Optional<String> header(String name) {
            return headers.firstValue(name);
        }
    }

    Answer get(String path) {
        return send("GET", path, null);
    }

    Answer delete(String path) {
        return send("DELETE", path, null);
    }

    Answer post(String path, Map<String, ?> fields) {
        return send("POST", path, JSON.writeValueAsString(fields));
    }

    /** Creates a record with POST; the new id (FactuurSturen answers 201 with the bare id as text). */
    String create(String path, Map<String, ?> fields) {
        Answer answer = post(path, fields);
        if (answer.status() != 201) {
            throw new IllegalStateException("POST " + path + " answered " + answer.status() + ": " + answer.body());
        }
        return answer.body().strip().replace("\"", "");
    }

    Answer send(String method, String path, String jsonBody) {
        HttpRequest.Builder request = HttpRequest.newBuilder(baseUrl.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", authorization)
                .header("Accept", "application/json");
        if (jsonBody == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json; charset=utf-8")
                    .method(method, HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8));
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
