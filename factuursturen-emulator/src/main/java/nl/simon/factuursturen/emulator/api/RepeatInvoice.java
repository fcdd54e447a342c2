package nl.simon.factuursturen.emulator.api;

import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import java.util.Optional;
import nl.simon.factuursturen.emulator.request.ApiFailure;
import nl.simon.factuursturen.emulator.request.Input;
import nl.simon.factuursturen.emulator.store.Table;
import nl.simon.factuursturen.emulator.wire.Row;
import nl.simon.factuursturen.emulator.wire.Schemas;

/**
 * {@code POST invoices} with {@code action=repeat} (docs/factuursturen-api.md §4.4, §4.7): a unique {@code savename} and a
 * {@code frequency} are required; {@code initialdate} defaults to today; {@code nextsenddate} is the first
 * send date from today on. The emulator schedules nothing. Answers 201 with the repeating invoice's id.
 */
final class RepeatInvoice {

    private static final Map<String, Period> STEPS = Map.of(
            "weekly",
            Period.ofWeeks(1),
            "biweekly",
            Period.ofWeeks(2),
            "fourweekly",
            Period.ofWeeks(4),
            "monthly",
            Period.ofMonths(1),
            "bimonthly",
            Period.ofMonths(2),
            "quarterly",
            Period.ofMonths(3),
            "halfyearly",
            Period.ofMonths(6),
            "yearly",
            Period.ofYears(1));

    private RepeatInvoice() {}

    static Answer repeat(Call call) {
        Input body = call.body();
        String savename = Documents.savename(body, SaveInvoice.MAX_SAVENAME);
        if (body.text("frequency").orElse("").isBlank()) {
            throw ApiFailure.rejected("frequency is required when action is repeat");
        }
        boolean overwrite = body.flag("overwrite_if_exist").orElse(false);
        Row client = Documents.client(call);
        long id = call.account().write(() -> store(call, savename, overwrite, client));
        return Answer.created(Long.toString(id));
    }

    private static long store(Call call, String savename, boolean overwrite, Row client) {
        Table repeated = call.account().repeatedInvoices();
        Optional<Row> existing = repeated.findUnique(savename);
        if (existing.isPresent() && !overwrite) {
            throw ApiFailure.rejected("savename already exists");
        }
        Row.Builder row = Documents.compose(Schemas.REPEATED_INVOICE, call.body(), client);
        if (row.text("initialdate").isEmpty()) {
            row.set("initialdate", call.today().toString());
        }
        row.set("name", savename)
                .set("datesaved", call.today().toString())
                .set("nextsenddate", nextSendDate(row, call.today()));
        long id = existing.map(Row::id).orElseGet(repeated::nextId);
        repeated.put(row.build(id));
        return id;
    }

    private static String nextSendDate(Row.Builder row, LocalDate today) {
        LocalDate next = LocalDate.parse(row.text("initialdate"));
        Period step = STEPS.get(row.text("frequency"));
        while (next.isBefore(today)) {
            next = next.plus(step);
        }
        String last = row.text("finalsenddate");
        return !last.isEmpty() && next.isAfter(LocalDate.parse(last)) ? "" : next.toString();
    }
}
