package nl.simon.factuursturen.emulator.http;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import nl.simon.factuursturen.emulator.api.Answer;

/** Writes answers: JSON or plain text (a bare id is not JSON, docs/factuursturen-api.md §7.6), the quota header when known. */
final class Replies {

    static final String JSON = "application/json; charset=utf-8";
    static final String TEXT = "text/plain; charset=utf-8";
    static final String RATE_LIMIT_HEADER = "X-RateLimit-Remaining";

    private Replies() {}

    static void send(HttpExchange exchange, Answer answer, OptionalInt remaining) throws IOException {
        if (answer instanceof Answer.Json json) {
            send(exchange, json.status(), JSON, json.body(), remaining);
        } else if (answer instanceof Answer.Binary binary) {
            send(exchange, binary.status(), binary.contentType(), binary.body(), remaining);
        } else if (answer instanceof Answer.Text text) {
            send(exchange, text.status(), TEXT, text.body().getBytes(StandardCharsets.UTF_8), remaining);
        } else {
            send(exchange, answer.status(), TEXT, new byte[0], remaining);
        }
    }

    static void send(HttpExchange exchange, int status, String contentType, byte[] body, OptionalInt remaining)
            throws IOException {
        try (exchange) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
            remaining.ifPresent(value -> exchange.getResponseHeaders().set(RATE_LIMIT_HEADER, Integer.toString(value)));
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }
}
