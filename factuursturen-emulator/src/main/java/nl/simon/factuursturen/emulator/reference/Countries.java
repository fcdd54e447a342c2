package nl.simon.factuursturen.emulator.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.simon.factuursturen.emulator.wire.WireJson;
import tools.jackson.databind.JsonNode;

/**
 * The captured country list (fixture {@code countrylist_response.json}, 227 entries with FS's own ids:
 * 146 = Nederland, 18 = België, 50 = Duitsland). Names are Dutch in every language (see EMULATOR.md).
 */
public final class Countries {

    public static final String NETHERLANDS = "146";

    private static final List<Country> ALL = load();
    private static final Map<String, String> ID_BY_KEY = index(ALL);

    private Countries() {}

    public static List<Country> all() {
        return ALL;
    }

    /** A client's {@code country} on write: an id, or a country name that the server looks up (docs/factuursturen-api.md §4.1). */
    public static Optional<String> idFor(String idOrName) {
        return Optional.ofNullable(ID_BY_KEY.get(idOrName.trim().toLowerCase(Locale.ROOT)));
    }

    private static List<Country> load() {
        try (InputStream in =
                Countries.class.getResourceAsStream("/nl/simon/factuursturen/emulator/countrylist-nl.json")) {
            if (in == null) {
                throw new IllegalStateException("countrylist-nl.json is missing from the class path");
            }
            List<Country> countries = new ArrayList<>();
            for (JsonNode entry : WireJson.mapper().readTree(in)) {
                countries.add(new Country(
                        entry.get("id").asString(), entry.get("name").asString()));
            }
            return List.copyOf(countries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> index(List<Country> countries) {
        Map<String, String> byKey = new HashMap<>();
        for (Country country : countries) {
            byKey.putIfAbsent(country.name().toLowerCase(Locale.ROOT), country.id());
            byKey.put(country.id(), country.id());
        }
        return Map.copyOf(byKey);
    }
}
