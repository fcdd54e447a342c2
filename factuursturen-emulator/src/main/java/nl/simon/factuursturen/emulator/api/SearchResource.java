package nl.simon.factuursturen.emulator.api;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import nl.simon.factuursturen.emulator.request.ApiFailure;
import nl.simon.factuursturen.emulator.store.Account;
import nl.simon.factuursturen.emulator.store.Table;
import nl.simon.factuursturen.emulator.wire.Field;
import nl.simon.factuursturen.emulator.wire.Row;
import nl.simon.factuursturen.emulator.wire.Schema;
import nl.simon.factuursturen.emulator.wire.Schemas;

/**
 * {@code GET search/{area}/{field}/{query}} (docs/factuursturen-api.md §4.14): area invoices, invoices_saved, invoices_repeated,
 * clients or products; field an attribute name or {@code all}. A row matches when the field's value
 * contains the query, ignoring case (for {@code all}: any scalar field). Answers a list, paged like lists.
 */
final class SearchResource implements Resource {

    private record Area(Function<Account, Table> tableOf, Schema schema) {}

    private static final Map<String, Area> AREAS = Map.of(
            "invoices", new Area(Account::invoices, Schemas.INVOICE),
            "invoices_saved", new Area(Account::savedInvoices, Schemas.SAVED_INVOICE),
            "invoices_repeated", new Area(Account::repeatedInvoices, Schemas.REPEATED_INVOICE),
            "clients", new Area(Account::clients, Schemas.CLIENT),
            "products", new Area(Account::products, Schemas.PRODUCT));

    @Override
    public Answer handle(Call call) {
        if (call.segments().size() != 4) {
            throw ApiFailure.notFound("Use search/{area}/{field}/{query}");
        }
        if (!call.method().equals("GET")) {
            throw ApiFailure.methodNotAllowed(call.method(), call.path());
        }
        String area = call.segments().get(1);
        Area found = Optional.ofNullable(AREAS.get(area))
                .orElseThrow(() -> ApiFailure.notFound("Unknown search area " + area));
        String query = call.segments().get(3).toLowerCase(Locale.ROOT);
        Predicate<Row> matcher = matcher(found.schema(), call.segments().get(2), query);
        Paging paging = Paging.from(call.query());
        return Listing.rows(
                paging.apply(found.tableOf().apply(call.account()).stream().filter(matcher)));
    }

    private static Predicate<Row> matcher(Schema schema, String fieldName, String query) {
        if (fieldName.equals("all")) {
            return row -> schema.fields().stream()
                    .filter(field -> field.kind().isScalar())
                    .anyMatch(field -> contains(row, field, query));
        }
        Field field = schema.find(fieldName)
                .filter(candidate -> candidate.kind().isScalar())
                .orElseThrow(() -> ApiFailure.rejected("Unknown search field " + fieldName));
        return row -> contains(row, field, query);
    }

    private static boolean contains(Row row, Field field, String query) {
        return ((String) row.value(field.name())).toLowerCase(Locale.ROOT).contains(query);
    }
}
