package nl.simon.factuursturen.emulator.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import nl.simon.factuursturen.emulator.Fault;
import nl.simon.factuursturen.emulator.demo.SyntheticDataSet;
import nl.simon.factuursturen.emulator.store.Account;
import nl.simon.factuursturen.emulator.wire.WireJson;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * {@code /_emulator/} (docs/contracts.md §3), JSON in and out, no authentication: accounts, reset, faults,
 * stats, plus demo (load the demo data set), seed (synthetic clients and products) and quirks. Errors are {@code {"error": "..."}}.
 */
final class ControlHandler implements HttpHandler {

    static final String PREFIX = "/_emulator/";

    private final EmulatorState state;

    ControlHandler(EmulatorState state) {
        this.state = state;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            String route = exchange.getRequestMethod().toUpperCase(Locale.ROOT) + " "
                    + RequestTarget.of(exchange.getRequestURI(), PREFIX).path();
            JsonNode body = body(exchange);
            reply(exchange, route(route, body));
        } catch (IllegalArgumentException | JacksonException e) {
            reply(exchange, new Reply(400, error(e.getMessage())));
        } catch (IllegalStateException e) {
            reply(exchange, new Reply(409, error(e.getMessage())));
        } catch (RuntimeException e) {
            Failures.internal(exchange, e);
        }
    }

    private record Reply(int status, Object body) {}

    private Reply route(String route, JsonNode body) {
        return switch (route) {
            case "POST accounts" ->
                new Reply(
                        201,
                        describe(state.createAccount(
                                text(body, "username"),
                                text(body, "apiKey"),
                                body.hasNonNull("hourlyLimit")
                                        ? body.get("hourlyLimit").asInt()
                                        : null)));
            case "GET accounts" ->
                new Reply(
                        200, state.accounts().all().stream().map(this::describe).toList());
            case "POST reset" -> empty(state::reset);
            case "POST demo" -> new Reply(201, describe(state.loadDemo()));
            case "POST seed" -> seed(body);
            case "POST faults" -> addFault(body);
            case "GET faults" ->
                new Reply(
                        200,
                        state.faults().remaining().stream()
                                .map(ControlHandler::describe)
                                .toList());
            case "DELETE faults" -> empty(state.faults()::clear);
            case "GET stats" -> new Reply(200, stats());
            case "GET drafts" -> new Reply(200, drafts());
            case "DELETE stats" -> empty(state.stats()::clear);
            case "GET quirks" -> new Reply(200, quirks());
            case "POST quirks", "PUT quirks" -> setQuirks(body);
            case "POST settings", "PUT settings" -> settings(body);
            default -> new Reply(404, error("No control endpoint " + route));
        };
    }

    private Reply addFault(JsonNode body) {
        long delayMs = body.path("delayMs").asLong(0);
        int status = body.hasNonNull("status") ? body.get("status").asInt() : (delayMs > 0 ? 0 : 500);
        String method = body.hasNonNull("method") ? body.get("method").asString() : null;
        Fault fault = new Fault(
                text(body, "path"),
                method,
                status,
                body.path("times").asInt(1),
                body.path("afterCommit").asBoolean(false),
                delayMs);
        state.faults().add(fault);
        return new Reply(201, describe(fault));
    }

    /** {@code {"username", "clients": n, "products": n}}: adds synthetic rows to an existing account. */
    private Reply seed(JsonNode body) {
        Account account = state.accounts()
                .find(text(body, "username"))
                .orElseThrow(() -> new IllegalArgumentException("no account " + text(body, "username")));
        int clients = body.path("clients").asInt(0);
        int products = body.path("products").asInt(0);
        if (clients < 0 || products < 0) {
            throw new IllegalArgumentException("clients and products must not be negative");
        }
        SyntheticDataSet.clients((resource, fields) -> state.create(account, resource, fields), clients);
        SyntheticDataSet.products((resource, fields) -> state.create(account, resource, fields), products);
        return new Reply(201, describe(account));
    }

    /**
     * {@code {"username", "invoicePrefix"?, "balance"?}}: changes the account settings given and answers
     * them all (issue 18); with only the username it just reads them.
     */
    private Reply settings(JsonNode body) {
        Account account = state.accounts()
                .find(text(body, "username"))
                .orElseThrow(() -> new IllegalArgumentException("no account " + text(body, "username")));
        account.write(() -> {
            if (body.has("invoicePrefix")) {
                account.changeInvoicePrefix(
                        body.get("invoicePrefix").isNull()
                                ? null
                                : body.get("invoicePrefix").asString());
            }
            if (body.has("balance")) {
                account.changeBalance(
                        new java.math.BigDecimal(body.get("balance").asString()));
            }
            return null;
        });
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("username", account.username());
        settings.put("invoicePrefix", account.invoicePrefix());
        settings.put("balance", account.balance().toPlainString());
        return new Reply(200, settings);
    }

    private Reply setQuirks(JsonNode body) {
        if (body.has("bogusIdReturnsList")) {
            state.quirks().bogusIdReturnsList(body.get("bogusIdReturnsList").asBoolean());
        }
        return new Reply(200, quirks());
    }

    private Map<String, Object> stats() {
        Map<String, Object> stats = new LinkedHashMap<>();
        stats.put("total", state.stats().total());
        stats.put("requests", state.stats().counts());
        return stats;
    }

    /** Every draft of every account with the wall-clock time it was stored, oldest first. */
    private List<Map<String, Object>> drafts() {
        List<Map<String, Object>> drafts = new ArrayList<>();
        for (Account account : state.accounts().all()) {
            account.savedInvoices().stream().forEach(row -> {
                Map<String, Object> draft = new LinkedHashMap<>();
                draft.put("username", account.username());
                draft.put("id", row.id());
                draft.put("name", row.text("name"));
                draft.put("savedAt", account.draftSavedAt(row.id()).orElse(0));
                drafts.add(draft);
            });
        }
        drafts.sort(Comparator.comparingLong(draft -> (Long) draft.get("savedAt")));
        return drafts;
    }

    private Map<String, Object> quirks() {
        return Map.of("bogusIdReturnsList", state.quirks().bogusIdReturnsList());
    }

    private Map<String, Object> describe(Account account) {
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("username", account.username());
        described.put("hourlyLimit", account.quota().hourlyLimit());
        described.put("remaining", account.quota().remaining(state.clock().instant()));
        return described;
    }

    static Map<String, Object> describe(Fault fault) {
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("path", fault.path());
        described.put("method", fault.method());
        described.put("status", fault.status());
        described.put("times", fault.times());
        described.put("afterCommit", fault.afterCommit());
        described.put("delayMs", fault.delayMs());
        return described;
    }

    private static Reply empty(Runnable action) {
        action.run();
        return new Reply(204, null);
    }

    private static Map<String, String> error(String message) {
        return Map.of("error", message == null ? "bad request" : message);
    }

    private static String text(JsonNode body, String name) {
        return body.hasNonNull(name) ? body.get(name).asString() : "";
    }

    private static JsonNode body(HttpExchange exchange) throws IOException {
        byte[] bytes = exchange.getRequestBody().readAllBytes();
        if (bytes.length == 0) {
            return WireJson.mapper().createObjectNode();
        }
        return WireJson.mapper().readTree(bytes);
    }

    private static void reply(HttpExchange exchange, Reply reply) throws IOException {
        byte[] body = reply.body() == null ? new byte[0] : WireJson.mapper().writeValueAsBytes(reply.body());
        Replies.send(exchange, reply.status(), Replies.JSON, body, OptionalInt.empty());
    }
}
