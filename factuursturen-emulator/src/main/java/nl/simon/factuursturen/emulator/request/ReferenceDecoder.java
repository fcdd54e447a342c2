package nl.simon.factuursturen.emulator.request;

import java.util.ArrayList;
import java.util.List;
import nl.simon.factuursturen.emulator.wire.Reference;
import tools.jackson.databind.JsonNode;

/** {@code reference} as {@code {line1,line2,line3}}, as a list of up to three strings, or one string. */
final class ReferenceDecoder {

    private ReferenceDecoder() {}

    static Reference decode(JsonNode node) {
        List<String> lines = new ArrayList<>();
        if (node.isObject()) {
            for (String key : List.of("line1", "line2", "line3")) {
                lines.add(Scalars.text("reference." + key, node.get(key)).orElse(""));
            }
        } else if (node.isArray()) {
            for (JsonNode line : node) {
                lines.add(Scalars.text("reference", line).orElse(""));
            }
        } else {
            lines.add(Scalars.text("reference", node).orElse(""));
        }
        while (lines.size() < 3) {
            lines.add("");
        }
        return new Reference(lines.get(0), lines.get(1), lines.get(2));
    }
}
