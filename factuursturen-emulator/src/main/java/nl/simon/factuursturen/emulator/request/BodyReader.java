package nl.simon.factuursturen.emulator.request;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import nl.simon.factuursturen.emulator.wire.WireJson;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns a request body into an {@link Input}: JSON or form-encoded (docs/factuursturen-api.md §1.3). Without a
 * content type the first character decides.
 */
public final class BodyReader {

    private BodyReader() {}

    public static Input read(String contentType, byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        if (text.isBlank()) {
            return Input.empty();
        }
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.contains("json") || (type.isEmpty() && text.strip().startsWith("{"))) {
            return new Input(json(text));
        }
        if (type.contains("x-www-form-urlencoded") || type.isEmpty() || type.startsWith("text/plain")) {
            return new Input(FormDecoder.decode(text.strip()));
        }
        throw ApiFailure.unsupportedMediaType(contentType);
    }

    private static ObjectNode json(String text) {
        JsonNode node;
        try {
            node = WireJson.mapper().readTree(text);
        } catch (JacksonException e) {
            throw ApiFailure.rejected("The body is not valid JSON");
        }
        if (!(node instanceof ObjectNode object)) {
            throw ApiFailure.rejected("The body must be a JSON object");
        }
        return object;
    }
}
