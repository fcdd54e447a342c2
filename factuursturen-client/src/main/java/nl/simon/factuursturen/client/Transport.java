package nl.simon.factuursturen.client;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.OptionalInt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One HTTP exchange with FactuurSturen, and the one place its failures are classified. Remembers
 * the last {@code X-RateLimit-Remaining} seen. 404 is handed back, as its meaning depends on the call.
 */
final class Transport {
    private static final Logger LOG = LoggerFactory.getLogger(Transport.class);
    static final String REMAINING = "X-RateLimit-Remaining";

    private final ClientSettings settings;
    private final HttpClient http;
    private volatile int remaining = -1;

    Transport(ClientSettings settings, HttpClient http) {
        this.settings = settings;
        this.http = http;
    }

    record Answer(int status, byte[] body) {
        boolean notFound() {
            return status == 404;
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    Answer exchange(String method, String path, String jsonBody) {
        HttpRequest request = request(method, path, jsonBody);
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new TransientFailure(method, path, 0, null, describe(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransientFailure(method, path, 0, null, "interrupted", e);
        }
        remember(response);
        LOG.debug("{} {} -> {} (remaining {})", method, path, response.statusCode(), remaining);
        return classify(method, path, new Answer(response.statusCode(), response.body()), response);
    }

    OptionalInt remaining() {
        int value = remaining;
        return value < 0 ? OptionalInt.empty() : OptionalInt.of(value);
    }

    private HttpRequest request(String method, String path, String jsonBody) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(settings.baseUrl() + path))
                .timeout(settings.readTimeout())
                .header("Authorization", settings.credentials().authorizationHeader())
                .header("Accept", "application/json")
                .header("User-Agent", "simon-factuursturen-client/1");
        if (jsonBody == null) {
            return builder.method(method, HttpRequest.BodyPublishers.noBody()).build();
        }
        return builder.header("Content-Type", "application/json; charset=utf-8")
                .method(method, HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8))
                .build();
    }

    private void remember(HttpResponse<byte[]> response) {
        Optional<String> header = response.headers().firstValue(REMAINING);
        header.ifPresent(value -> {
            try {
                remaining = Integer.parseInt(value.strip());
            } catch (NumberFormatException ignored) {
                // an unreadable header tells us nothing; keep what we knew
            }
        });
    }

    private Answer classify(String method, String path, Answer answer, HttpResponse<byte[]> response) {
        int status = answer.status();
        if (status >= 200 && status < 300 || status == 404) {
            return answer;
        }
        String body = answer.text();
        if (status == 401) {
            throw new Unauthorized(method, path, status, body);
        }
        if (status == 429 || status == 403 && quotaSpent(response)) {
            throw new RateLimited(method, path, status, body, nextFullHour());
        }
        if (status >= 500 || status == 408) {
            throw new TransientFailure(method, path, status, body, "FactuurSturen answered " + status, null);
        }
        throw new Rejected(method, path, status, body);
    }

    private static boolean quotaSpent(HttpResponse<byte[]> response) {
        return response.headers()
                .firstValue(REMAINING)
                .map(value -> value.strip().equals("0"))
                .orElse(false);
    }

    /** FactuurSturen's quota refills each clock hour. */
    private Instant nextFullHour() {
        return settings.clock().instant().truncatedTo(ChronoUnit.HOURS).plus(1, ChronoUnit.HOURS);
    }

    private static String describe(IOException e) {
        String type = e.getClass().getSimpleName();
        return e.getMessage() == null ? type : type + ": " + e.getMessage();
    }
}
