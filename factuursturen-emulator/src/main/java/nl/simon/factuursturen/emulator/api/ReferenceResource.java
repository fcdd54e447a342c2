package nl.simon.factuursturen.emulator.api;

import java.util.List;
import java.util.Set;
import nl.simon.factuursturen.emulator.reference.Category;
import nl.simon.factuursturen.emulator.reference.Countries;
import nl.simon.factuursturen.emulator.reference.Country;
import nl.simon.factuursturen.emulator.reference.Layouts;
import nl.simon.factuursturen.emulator.reference.Profile;
import nl.simon.factuursturen.emulator.reference.TaxRate;
import nl.simon.factuursturen.emulator.reference.TaxRates;
import nl.simon.factuursturen.emulator.request.ApiFailure;
import nl.simon.factuursturen.emulator.wire.WireJson;
import tools.jackson.core.JsonGenerator;

/**
 * The read-only lists, all values as strings (docs/factuursturen-api.md §3): {@code categories} (§4.9), {@code profiles} (§4.10,
 * default "1"/"0"), {@code taxes} (§4.11, default "true"/"false") and {@code countrylist[/{lang}]} (§4.12).
 */
final class ReferenceResource implements Resource {

    private static final Set<String> LANGUAGES = Set.of("nl", "en", "de", "fr", "es");

    @Override
    public Answer handle(Call call) {
        if (!call.method().equals("GET")) {
            throw ApiFailure.methodNotAllowed(call.method(), call.path());
        }
        boolean countryLanguage = call.resource().equals("countrylist")
                && call.segments().size() == 2
                && LANGUAGES.contains(call.segments().get(1));
        if (call.segments().size() > 1 && !countryLanguage) {
            throw ApiFailure.notFound("Not found: " + call.path());
        }
        return new Answer.Json(200, WireJson.write(out -> {
            out.writeStartArray();
            switch (call.resource()) {
                case "categories" -> Layouts.categories().forEach(category -> write(out, category));
                case "profiles" -> Layouts.profiles().forEach(profile -> write(out, profile));
                case "taxes" -> TaxRates.all().forEach(rate -> write(out, rate));
                default -> Countries.all().forEach(country -> write(out, country));
            }
            out.writeEndArray();
        }));
    }

    static List<String> names() {
        return List.of("categories", "profiles", "taxes", "countrylist");
    }

    private static void write(JsonGenerator out, Category category) {
        object(out, "id", category.id(), "name", category.name(), "ledger", category.ledger());
    }

    private static void write(JsonGenerator out, Profile profile) {
        object(out, "id", profile.id(), "name", profile.name(), "default", profile.isDefault() ? "1" : "0");
    }

    private static void write(JsonGenerator out, TaxRate rate) {
        object(
                out,
                "percentage",
                Integer.toString(rate.percentage()),
                "type",
                rate.type(),
                "default",
                Boolean.toString(rate.isDefault()),
                "country",
                rate.country());
    }

    private static void write(JsonGenerator out, Country country) {
        object(out, "id", country.id(), "name", country.name());
    }

    private static void object(JsonGenerator out, String... namesAndValues) {
        out.writeStartObject();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            out.writeStringProperty(namesAndValues[i], namesAndValues[i + 1]);
        }
        out.writeEndObject();
    }
}
