package nl.simon.factuursturen.emulator.request;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** A request body as one object tree, whether it came as JSON or as a bracket-notation form. */
public final class Input {

    private final ObjectNode fields;

    public Input(ObjectNode fields) {
        this.fields = fields;
    }

    public static Input empty() {
        return new Input(JsonNodeFactory.instance.objectNode());
    }

    /** Present and not JSON null. */
    public boolean has(String name) {
        JsonNode node = fields.get(name);
        return node != null && !node.isNull();
    }

    public JsonNode node(String name) {
        return fields.get(name);
    }

    public Optional<String> text(String name) {
        return Scalars.text(name, fields.get(name));
    }

    public Optional<BigDecimal> decimal(String name) {
        return Scalars.decimal(name, fields.get(name));
    }

    public Optional<Long> integer(String name) {
        return Scalars.integer(name, fields.get(name));
    }

    public Optional<Boolean> flag(String name) {
        return Scalars.flag(name, fields.get(name));
    }

    public Optional<LocalDate> date(String name) {
        return Scalars.date(name, fields.get(name));
    }

    /** A required text: absent or empty is a 400 with the field named. */
    public String required(String name) {
        return text(name)
                .map(String::trim)
                .filter(value -> !value.isEmpty())
                .orElseThrow(() -> ApiFailure.rejected(name + " is required"));
    }
}
