package nl.simon.factuursturen.emulator.request;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Decodes {@code application/x-www-form-urlencoded} bodies with PHP bracket notation into an object tree
 * (docs/factuursturen-api.md §1.3, §7.12): {@code reference[line1]=x}, {@code lines[0][amount]=2},
 * {@code lines[][description]=y} ({@code []} appends). Every value arrives as a string, as in PHP.
 */
public final class FormDecoder {

    private FormDecoder() {}

    public static ObjectNode decode(String body) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String key = decodePart(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decodePart(pair.substring(equals + 1));
            put(root, path(key), value);
        }
        return root;
    }

    private static String decodePart(String part) {
        try {
            return URLDecoder.decode(part, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiFailure.rejected("Malformed form body near '" + part + "'");
        }
    }

    /** {@code lines[0][amount]} → [lines, 0, amount]; an empty segment stands for "append". */
    static List<String> path(String key) {
        List<String> segments = new ArrayList<>();
        int open = key.indexOf('[');
        if (open <= 0 || !key.endsWith("]")) {
            segments.add(key);
            return segments;
        }
        segments.add(key.substring(0, open));
        for (String inner : key.substring(open + 1, key.length() - 1).split("]\\[", -1)) {
            segments.add(inner);
        }
        return segments;
    }

    private static void put(ObjectNode root, List<String> path, String value) {
        ObjectNode current = root;
        for (int i = 0; i < path.size() - 1; i++) {
            String name = nameIn(current, path.get(i));
            JsonNode child = current.get(name);
            if (child == null || !child.isObject()) {
                child = current.putObject(name);
            }
            current = (ObjectNode) child;
        }
        current.put(nameIn(current, path.get(path.size() - 1)), value);
    }

    private static String nameIn(ObjectNode parent, String segment) {
        return segment.isEmpty() ? Integer.toString(parent.size()) : segment;
    }
}
