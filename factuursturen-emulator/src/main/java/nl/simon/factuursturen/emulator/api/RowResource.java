package nl.simon.factuursturen.emulator.api;

import java.util.Optional;
import java.util.function.Function;
import nl.simon.factuursturen.emulator.request.ApiFailure;
import nl.simon.factuursturen.emulator.store.Account;
import nl.simon.factuursturen.emulator.store.Table;
import nl.simon.factuursturen.emulator.wire.Row;

/**
 * The common shape of a resource (docs/factuursturen-api.md §4): {@code GET /x} lists, {@code GET /x/{id}} shows one wrapped,
 * {@code DELETE /x/{id}} removes; {@code POST /x} and {@code PUT /x/{id}} where a subclass allows them.
 * A trailing slash is tolerated; an unknown id is a 404 (or the list, with the bogus-id quirk).
 */
abstract class RowResource implements Resource {

    private final String name;
    private final Function<Account, Table> tableOf;
    private final Quirks quirks;

    RowResource(String name, Function<Account, Table> tableOf, Quirks quirks) {
        this.name = name;
        this.tableOf = tableOf;
        this.quirks = quirks;
    }

    @Override
    public Answer handle(Call call) {
        return switch (call.segments().size()) {
            case 1 -> collection(call);
            case 2 -> item(call, call.segments().get(1));
            default -> throw ApiFailure.notFound("Not found: " + call.path());
        };
    }

    private Answer collection(Call call) {
        return switch (call.method()) {
            case "GET" -> list(call);
            case "POST" -> create(call);
            default -> throw ApiFailure.methodNotAllowed(call.method(), call.path());
        };
    }

    private Answer item(Call call, String key) {
        return switch (call.method()) {
            case "GET" -> show(call, key);
            case "PUT" -> update(call, key);
            case "DELETE" -> delete(call, existing(call, key));
            case "POST" -> createUnder(call, key);
            default -> throw ApiFailure.methodNotAllowed(call.method(), call.path());
        };
    }

    protected Table table(Call call) {
        return tableOf.apply(call.account());
    }

    protected Answer list(Call call) {
        Paging paging = Paging.from(call.query());
        return Listing.rows(table(call).page(paging.start(), paging.count()));
    }

    /** By numeric id; subclasses may accept other keys (an invoice number). */
    protected Optional<Row> find(Call call, String key) {
        return table(call).get(Listing.idOf(key));
    }

    protected Row existing(Call call, String key) {
        return find(call, key).orElseThrow(() -> ApiFailure.notFound(name + " " + key + " not found"));
    }

    private Answer show(Call call, String key) {
        Optional<Row> row = find(call, key);
        if (row.isPresent()) {
            return Listing.wrapped(row.get());
        }
        if (quirks.bogusIdReturnsList()) {
            return list(call);
        }
        throw ApiFailure.notFound(name + " " + key + " not found");
    }

    protected Answer create(Call call) {
        throw ApiFailure.methodNotAllowed(call.method(), call.path());
    }

    /**
     * {@code POST /x/{anything}}: 405 unless a subclass says so (clients and products create, ignoring
     * the trailing segment, as a TypeScript client posting to {@code clients/undefined} shows, issue 18).
     */
    protected Answer createUnder(Call call, String ignored) {
        throw ApiFailure.methodNotAllowed(call.method(), call.path());
    }

    /** Not allowed unless a subclass says so (invoices cannot be updated, §4). */
    protected Answer update(Call call, String key) {
        throw ApiFailure.methodNotAllowed(call.method(), call.path());
    }

    protected Answer delete(Call call, Row row) {
        call.account().write(() -> table(call).remove(row.id()));
        return Answer.done();
    }
}
