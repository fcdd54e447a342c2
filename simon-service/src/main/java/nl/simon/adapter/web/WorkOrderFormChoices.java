package nl.simon.adapter.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.simon.customer.Customer;
import nl.simon.customer.CustomerId;
import nl.simon.customer.CustomerSearch;
import nl.simon.customer.Customers;
import nl.simon.customer.Location;
import nl.simon.customer.Locations;
import nl.simon.shared.TenantId;
import org.springframework.stereotype.Component;

/**
 * The customers and work addresses the "Nieuwe werkbon" and "Klant koppelen" forms offer (issue 15): searched on the
 * server, a page at a time with the total, never silently cut off. Without JavaScript the form shows the page of
 * customers its search found and the work addresses of exactly those; picker.js narrows the work addresses to the
 * chosen customer.
 */
@Component
class WorkOrderFormChoices {
    /** Customers per picker page. */
    static final int PAGE = 50;

    private final Customers customers;
    private final Locations locations;

    WorkOrderFormChoices(Customers customers, Locations locations) {
        this.customers = customers;
        this.locations = locations;
    }

    /** Active customers (or, for "Klant koppelen", only those FactuurSturen can invoice) matching {@code query}. */
    Found<Customer> customers(TenantId tenant, String query, int page, boolean invoiceableOnly) {
        CustomerSearch search = new CustomerSearch(query, true, invoiceableOnly);
        int asked = PageSlice.page(page);
        List<Customer> rows = customers.search(tenant, search, PAGE, (asked - 1) * PAGE);
        return new Found<>(rows, customers.count(tenant, search), asked, PAGE);
    }

    /**
     * Every work address of these customers as "customer – address", in customer order: one query for the whole
     * page of customers, not one per customer (issue 17: the list page made 50 queries more than it needed).
     */
    List<Choice> locations(TenantId tenant, List<Customer> of) {
        Map<CustomerId, List<Location>> byCustomer =
                locations.ofCustomers(tenant, of.stream().map(Customer::id).toList()).stream()
                        .collect(Collectors.groupingBy(Location::customer));
        List<Choice> choices = new ArrayList<>();
        for (Customer customer : of) {
            for (Location location : byCustomer.getOrDefault(customer.id(), List.of())) {
                choices.add(new Choice(location.id().value(), customer.name() + " – " + label(location)));
            }
        }
        return choices;
    }

    /** The work addresses of one customer matching {@code query}. */
    Found<Choice> locationsOf(TenantId tenant, CustomerId customer, String query, int page) {
        int asked = PageSlice.page(page);
        List<Choice> rows = locations.ofCustomer(tenant, customer, query, PAGE, (asked - 1) * PAGE).stream()
                .map(location -> new Choice(location.id().value(), label(location)))
                .toList();
        return new Found<>(rows, locations.countOfCustomer(tenant, customer, query), asked, PAGE);
    }

    static String label(Location location) {
        String address = location.address().oneLine();
        boolean named = location.name() != null
                && !location.name().equals(location.address().street());
        return named ? location.name() + " (" + address + ")" : address;
    }

    /** An option of a select. */
    public record Choice(long id, String label) {}

    /** One page (from 1) of what a picker found, and how many it found in all. */
    public record Found<T>(List<T> rows, long total, int page, int size) {
        public boolean hasNext() {
            return (long) page * size < total;
        }

        public boolean hasPrevious() {
            return page > 1;
        }

        public int next() {
            return page + 1;
        }

        public int previous() {
            return page - 1;
        }
    }
}
