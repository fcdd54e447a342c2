package nl.simon.factuursturen.emulator;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reading answers in tests. */
final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {}

    static JsonNode parse(String body) {
        return MAPPER.readTree(body);
    }

    /** The {@code field} of every object in a list answer, in order. */
    static List<String> ids(String listBody, String field) {
        List<String> ids = new ArrayList<>();
        for (JsonNode row : parse(listBody)) {
            ids.add(row.get(field).asString());
        }
        return ids;
    }
}
