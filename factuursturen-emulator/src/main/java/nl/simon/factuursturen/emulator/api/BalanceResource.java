package nl.simon.factuursturen.emulator.api;

import nl.simon.factuursturen.emulator.request.ApiFailure;
import nl.simon.factuursturen.emulator.wire.WireJson;

/**
 * {@code GET balance} (docs/factuursturen-api.md §4.15): exists ([PY] getters list) but its answer is undocumented. Emulator decision
 * (issue 18): {@code {"balance":"0.00"}}, money as a string like every other top-level value (§3), the
 * value an account setting ({@code POST /_emulator/settings}).
 */
final class BalanceResource implements Resource {

    @Override
    public Answer handle(Call call) {
        if (call.segments().size() > 1) {
            throw ApiFailure.notFound("Not found: " + call.path());
        }
        if (!call.method().equals("GET")) {
            throw ApiFailure.methodNotAllowed(call.method(), call.path());
        }
        String balance = call.account().balance().toPlainString();
        return new Answer.Json(200, WireJson.write(out -> {
            out.writeStartObject();
            out.writeStringProperty("balance", balance);
            out.writeEndObject();
        }));
    }
}
