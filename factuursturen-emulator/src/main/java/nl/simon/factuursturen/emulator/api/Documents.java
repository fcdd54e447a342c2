package nl.simon.factuursturen.emulator.api;

import java.math.BigDecimal;
import java.util.List;
import nl.simon.factuursturen.emulator.reference.Layouts;
import nl.simon.factuursturen.emulator.reference.Profile;
import nl.simon.factuursturen.emulator.request.ApiFailure;
import nl.simon.factuursturen.emulator.request.FieldDecoder;
import nl.simon.factuursturen.emulator.request.Input;
import nl.simon.factuursturen.emulator.wire.Decimals;
import nl.simon.factuursturen.emulator.wire.Row;
import nl.simon.factuursturen.emulator.wire.Schema;
import nl.simon.factuursturen.emulator.wire.Schemas;

/**
 * What invoices, saved invoices, repeating invoices and quotations share (docs/factuursturen-api.md §4.4–§4.8): the client they
 * are for (a snapshot of its data and its defaults: payment term, send method, category), the writable
 * fields of the request, a valid profile and category, and the totals.
 */
final class Documents {

    private static final List<String> CLIENT_SNAPSHOT = List.of(
            "company",
            "contact",
            "address",
            "zipcode",
            "city",
            "country",
            "phone",
            "mobile",
            "email",
            "taxnumber",
            "tax_type",
            "tax_shifted");

    private Documents() {}

    /** The client named by {@code clientnr} (required, number or string, §7.10). */
    static Row client(Call call) {
        long clientnr = call.body().integer("clientnr").orElseThrow(() -> ApiFailure.rejected("clientnr is required"));
        return call.account()
                .clients()
                .get(clientnr)
                .orElseThrow(() -> ApiFailure.rejected("Client " + clientnr + " does not exist"));
    }

    /** A new document for {@code client}: client defaults first, then what the request says. */
    static Row.Builder compose(Schema schema, Input body, Row client) {
        Row.Builder row = schema.newRow();
        setIfPresent(row, "clientnr", client.text("clientnr"));
        for (String field : CLIENT_SNAPSHOT) {
            setIfPresent(row, field, client.text(field));
        }
        setIfPresent(row, "paymentperiod", client.text("top"));
        setIfPresent(row, "sendmethod", client.text("sendmethod"));
        setIfPresent(row, "category", client.text("default_category"));
        setIfPresent(row, "paymentcondition", Schemas.DEFAULT_PAYMENT_CONDITION);
        return checked(FieldDecoder.apply(body, row));
    }

    /** Valid profile and category, their names where the schema shows them, and fresh totals. */
    static Row.Builder checked(Row.Builder row) {
        String profile = row.text("profile");
        String profileName = Layouts.profile(profile)
                .map(Profile::name)
                .orElseThrow(() -> ApiFailure.rejected("Unknown profile " + profile));
        setIfPresent(row, "profile_name", profileName);
        if (row.schema().has("category")) {
            String category = row.text("category");
            String categoryName = Layouts.categoryName(category)
                    .orElseThrow(() -> ApiFailure.rejected("Unknown category " + category));
            setIfPresent(row, "category_name", categoryName);
        }
        Totals totals = totals(row);
        setIfPresent(row, "taxes", totals.taxes());
        setIfPresent(row, "tax", Decimals.amount(totals.tax()));
        setIfPresent(row, "totalintax", Decimals.amount(totals.totalInTax()));
        setIfPresent(row, "totaldiscount", Decimals.amount(totals.totalDiscount()));
        return row;
    }

    static Totals totals(Row.Builder row) {
        boolean intax = row.schema().has("tax_type") && "intax".equals(row.text("tax_type"));
        return Totals.of(row.lines(), row.text("discounttype"), new BigDecimal(row.text("discount")), intax);
    }

    /** A {@code savename}: required, at most {@code maxLength} characters. */
    static String savename(Input body, int maxLength) {
        String savename = body.text("savename").map(String::trim).orElse("");
        if (savename.isEmpty()) {
            throw ApiFailure.rejected("savename is required");
        }
        if (savename.length() > maxLength) {
            throw ApiFailure.rejected("savename is longer than " + maxLength + " characters");
        }
        return savename;
    }

    static void setIfPresent(Row.Builder row, String field, Object value) {
        if (row.schema().has(field)) {
            row.set(field, value);
        }
    }
}
