package nl.simon.adapter.web;

import java.util.List;
import java.util.Locale;
import nl.simon.customer.Customer;
import nl.simon.customer.CustomerId;
import nl.simon.customer.Customers;
import nl.simon.item.Item;
import nl.simon.item.Items;
import nl.simon.shared.NotFoundException;
import nl.simon.tenant.Caller;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What static/js/picker.js asks while the office types in a customer, work address or item picker (issue 15): one page
 * of matches found on the server, with the total. Behind the office login like every page; a tenant only finds its
 * own rows.
 */
@RestController
@RequestMapping("/pickers")
class PickerData {
    private final WorkOrderFormChoices choices;
    private final Customers customers;
    private final Items items;
    private final Display display;
    private final MessageSource messages;

    PickerData(
            WorkOrderFormChoices choices, Customers customers, Items items, Display display, MessageSource messages) {
        this.choices = choices;
        this.customers = customers;
        this.items = items;
        this.display = display;
        this.messages = messages;
    }

    @GetMapping("/customers")
    Answer customers(
            Caller caller,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "false") boolean invoiceable,
            @RequestParam(defaultValue = "1") int page,
            Locale locale) {
        WorkOrderFormChoices.Found<Customer> found =
                choices.customers(caller.tenant(), blankless(q), page, invoiceable);
        return answer(
                found.rows().stream()
                        .map(c -> new Option(c.id().value(), customerLabel(c)))
                        .toList(),
                found.total(),
                found.hasNext(),
                "picker.customers",
                locale);
    }

    @GetMapping("/customers/{id}/locations")
    Answer locations(
            Caller caller,
            @PathVariable long id,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "1") int page,
            Locale locale) {
        CustomerId customer = customers
                .byId(caller.tenant(), new CustomerId(id))
                .orElseThrow(() -> new NotFoundException("Customer", id))
                .id();
        WorkOrderFormChoices.Found<WorkOrderFormChoices.Choice> found =
                choices.locationsOf(caller.tenant(), customer, blankless(q), page);
        return answer(
                found.rows().stream().map(c -> new Option(c.id(), c.label())).toList(),
                found.total(),
                found.hasNext(),
                "picker.locations",
                locale);
    }

    @GetMapping("/items")
    Answer items(
            Caller caller,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "1") int page,
            Locale locale) {
        int asked = PageSlice.page(page);
        String query = blankless(q);
        List<Item> rows = items.search(
                caller.tenant(), query, true, WorkOrderFormChoices.PAGE, (asked - 1) * WorkOrderFormChoices.PAGE);
        long total = items.count(caller.tenant(), query, true);
        return answer(
                rows.stream()
                        .map(i -> new Option(i.id().value(), itemLabel(i, display)))
                        .toList(),
                total,
                (long) asked * WorkOrderFormChoices.PAGE < total,
                "picker.items",
                locale);
    }

    static String customerLabel(Customer customer) {
        String city = customer.address().city();
        String number = customer.fsClientNr() == null ? "" : " · " + customer.fsClientNr();
        return customer.name() + (city == null || city.isBlank() ? "" : " · " + city) + number;
    }

    static String itemLabel(Item item, Display display) {
        return item.code() + " · " + item.name() + " · " + display.euro(item.price());
    }

    private Answer answer(List<Option> options, long total, boolean more, String countKey, Locale locale) {
        String summary = messages.getMessage(countKey, new Object[] {total}, locale);
        return new Answer(options, total, more, summary);
    }

    private static String blankless(String q) {
        return q == null || q.isBlank() ? null : q.strip();
    }

    record Option(long id, String label) {}

    /** {@code summary}: "20.319 klanten" to read out; {@code more}: a next page exists (type more to narrow). */
    record Answer(List<Option> options, long total, boolean more, String summary) {}
}
