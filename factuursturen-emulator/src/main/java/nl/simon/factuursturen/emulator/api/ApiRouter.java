package nl.simon.factuursturen.emulator.api;

import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.simon.factuursturen.emulator.request.ApiFailure;
import nl.simon.factuursturen.emulator.request.Input;
import nl.simon.factuursturen.emulator.store.Account;
import nl.simon.factuursturen.emulator.wire.WireJson;
import tools.jackson.databind.node.ObjectNode;

/** Sends each call to the resource named by its first path segment (docs/factuursturen-api.md §4 table). */
public final class ApiRouter {

    private final Map<String, Resource> resources = new HashMap<>();

    public ApiRouter(Quirks quirks) {
        resources.put("clients", new ClientsResource(quirks));
        resources.put("products", new ProductsResource(quirks));
        resources.put("invoices", new InvoicesResource(quirks));
        resources.put("invoices_saved", DraftsResource.saved(quirks));
        resources.put("invoices_repeated", DraftsResource.repeated(quirks));
        resources.put("quotations", new QuotationsResource(quirks));
        resources.put("invoices_payment", new Payments());
        resources.put("invoices_pdf", new InvoicePdfResource());
        resources.put("search", new SearchResource());
        resources.put("balance", new BalanceResource());
        ReferenceResource reference = new ReferenceResource();
        ReferenceResource.names().forEach(name -> resources.put(name, reference));
    }

    public Answer route(Call call) {
        if (call.segments().isEmpty()) {
            throw ApiFailure.notFound("Not found: /api/v1/");
        }
        Resource resource = resources.get(call.resource());
        if (resource == null) {
            throw ApiFailure.notFound("Not found: " + call.path());
        }
        return resource.handle(call);
    }

    /**
     * A {@code POST {resource}} carried out in-process (no HTTP, no quota, no faults) with the same
     * validation; answers the new id or throws {@link IllegalArgumentException} with the API's message.
     */
    public String create(Account account, ZonedDateTime now, String resource, Map<String, ?> fields) {
        ObjectNode body = WireJson.mapper().valueToTree(fields);
        Call call = new Call("POST", List.of(resource), Map.of(), new Input(body), account, now);
        try {
            Answer answer = route(call);
            if (answer instanceof Answer.Text text && text.status() == 201) {
                return text.body();
            }
            throw new IllegalArgumentException("POST " + resource + " answered " + answer.status());
        } catch (ApiFailure failure) {
            throw new IllegalArgumentException(
                    "POST " + resource + " answered " + failure.status() + ": " + failure.getMessage(), failure);
        }
    }
}
