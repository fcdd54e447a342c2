package nl.simon.factuursturen.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Parsing answers and writing request bodies in FactuurSturen's shapes. */
final class FactuurSturenJson {
    static final JsonMapper MAPPER = JsonMapper.builder().build();

    private FactuurSturenJson() {}

    static JsonNode parse(byte[] body) {
        return body.length == 0 ? MAPPER.createArrayNode() : MAPPER.readTree(body);
    }

    /** The rows of a list answer: an array, or (tolerated) an object keyed by id. */
    static List<JsonNode> elements(JsonNode list) {
        List<JsonNode> rows = new ArrayList<>();
        if (list.isArray()) {
            list.forEach(rows::add);
        } else if (list.isObject()) {
            for (Map.Entry<String, JsonNode> entry : list.properties()) {
                if (entry.getValue().isObject()) {
                    rows.add(entry.getValue());
                }
            }
        }
        return rows;
    }

    /**
     * A single answer is wrapped in one key named after the resource ({@code {"client": {…}}});
     * the key's name varies, so take whatever the only property is. An array (FS answers some
     * unknown ids with the whole list) means not found.
     */
    static JsonNode unwrapSingle(JsonNode answer) {
        if (!answer.isObject() || answer.isEmpty()) {
            return null;
        }
        if (answer.size() == 1) {
            JsonNode only = answer.properties().iterator().next().getValue();
            if (only.isObject()) {
                return only;
            }
        }
        return answer;
    }

    static String draftInvoice(DraftInvoice draft) {
        ObjectNode body = MAPPER.createObjectNode();
        body.put("action", "save");
        body.put("savename", draft.savename());
        body.put("clientnr", draft.clientnr());
        ObjectNode reference = body.putObject("reference");
        for (int i = 0; i < draft.reference().size(); i++) {
            reference.put("line" + (i + 1), draft.reference().get(i));
        }
        ArrayNode lines = body.putArray("lines");
        draft.lines().forEach(line -> lines.add(line(line)));
        return MAPPER.writeValueAsString(body);
    }

    private static ObjectNode line(InvoiceLine line) {
        ObjectNode node = MAPPER.createObjectNode();
        if (line.amount() != null) {
            node.put("amount", line.amount());
        }
        node.put("description", line.description());
        if (line.price() != null) {
            node.put("price", line.price());
        }
        if (line.taxRate() != null) {
            node.put("tax_rate", line.taxRate());
        }
        return node;
    }
}
