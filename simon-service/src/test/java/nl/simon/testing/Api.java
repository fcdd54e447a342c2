package nl.simon.testing;

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

/** A small client of the service's REST API over real HTTP, logged in with HTTP Basic. */
public final class Api {
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String baseUrl;
    private final String authorization;
    private final String language;
    private final String accept;

    private Api(String baseUrl, String authorization, String language, String accept) {
        this.baseUrl = baseUrl;
        this.authorization = authorization;
        this.language = language;
        this.accept = accept;
    }

    public static Api at(int port, String email, String password) {
        String token = Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new Api("http://127.0.0.1:" + port, "Basic " + token, null, "application/json");
    }

    /** The operator's API ({@code /api/operator/**}) with a bearer token. */
    public static Api operator(int port, String token) {
        return new Api("http://127.0.0.1:" + port, "Bearer " + token, null, "application/json");
    }

    public static Api anonymous(int port) {
        return new Api("http://127.0.0.1:" + port, null, null, "application/json");
    }

    public Api inLanguage(String acceptLanguage) {
        return new Api(baseUrl, authorization, acceptLanguage, accept);
    }

    public Api accepting(String mediaTypes) {
        return new Api(baseUrl, authorization, language, mediaTypes);
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    public Response post(String path, String json) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response post(String path) {
        return send(request(path).POST(HttpRequest.BodyPublishers.noBody()));
    }

    public Response send(String method, String path, String contentType, String body) {
        HttpRequest.Builder builder = request(path).method(method, HttpRequest.BodyPublishers.ofString(body));
        return send(contentType == null ? builder : builder.header("Content-Type", contentType));
    }

    /** The id of the customer that stands for this FS client (by its client number), which must exist. */
    public long customerWithFsNumber(String fsClientNr) {
        return get("/api/customers")
                .json()
                .valueStream()
                .filter(customer -> fsClientNr.equals(customer.get("fsClientNr").asString()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no customer with FS client number " + fsClientNr))
                .get("id")
                .asLong();
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", accept);
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        if (language != null) {
            builder.header("Accept-Language", language);
        }
        return builder;
    }

    private static Response send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An answer: status, raw body and the body as JSON. */
    public record Response(int status, String body, HttpResponse<String> raw) {
        public JsonNode json() {
            return JSON.readTree(body);
        }

        public long id() {
            return json().get("id").asLong();
        }

        public String text(String field) {
            JsonNode node = json().get(field);
            return node == null || node.isNull() ? null : node.asString();
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
