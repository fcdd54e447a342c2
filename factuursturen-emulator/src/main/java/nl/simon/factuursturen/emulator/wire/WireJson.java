package nl.simon.factuursturen.emulator.wire;

import java.io.ByteArrayOutputStream;
import java.util.function.Consumer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON the way the real API writes it: compact, {@code /} escaped as {@code \/} (PHP's json_encode),
 * non-ASCII as raw UTF-8 (docs/factuursturen-api.md §1.3, factuursturen-emulator/src/test/resources/fixtures/README.md).
 */
public final class WireJson {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
            .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
            .build();

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private WireJson() {}

    /** Parses request bodies and control payloads; floats stay exact. */
    public static JsonMapper mapper() {
        return MAPPER;
    }

    public static byte[] write(Consumer<JsonGenerator> body) {
        return write(1024, body);
    }

    /** {@code expectedSize} avoids regrowing the buffer for long lists. */
    public static byte[] write(int expectedSize, Consumer<JsonGenerator> body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(expectedSize);
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            body.accept(generator);
        }
        return out.toByteArray();
    }
}
