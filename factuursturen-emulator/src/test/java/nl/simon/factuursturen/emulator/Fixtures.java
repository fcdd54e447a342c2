package nl.simon.factuursturen.emulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The captured bodies in {@code src/test/resources/fixtures}, with the library authors' indentation taken
 * out (the server writes compact JSON, see the fixtures README) and every escape kept as captured.
 */
final class Fixtures {

    private Fixtures() {}

    static String compact(String name) {
        return compactJson(read(name));
    }

    static String read(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Drops whitespace outside strings; leaves strings (and their escapes) untouched. */
    static String compactJson(String json) {
        StringBuilder out = new StringBuilder(json.length());
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                out.append(c);
                if (c == '\\') {
                    out.append(json.charAt(++i));
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
                out.append(c);
            } else if (!Character.isWhitespace(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The object with extra {@code "name":"value"} pairs appended before its closing brace. */
    static String withFields(String object, String... namesAndValues) {
        StringBuilder extra = new StringBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            extra.append(",\"")
                    .append(namesAndValues[i])
                    .append("\":\"")
                    .append(namesAndValues[i + 1])
                    .append('"');
        }
        return object.substring(0, object.length() - 1) + extra + "}";
    }
}
