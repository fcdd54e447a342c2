package nl.simon.adapter.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.simon.customer.Customer;
import nl.simon.customer.CustomerId;
import nl.simon.customer.Customers;
import nl.simon.customer.Location;
import nl.simon.customer.Locations;
import nl.simon.shared.TenantId;
import org.springframework.stereotype.Component;

/** The customers and work addresses the "new work order" form offers: active customers only. */
@Component
class WorkOrderFormChoices {
    /** Enough for the companies Simon serves; a tenant with more needs a search field here. */
    static final int MAX_CUSTOMERS = 500;
    static final int MAX_LOCATIONS = 2_000;

    private final Customers customers;
    private final Locations locations;

    WorkOrderFormChoices(Customers customers, Locations locations) {
        this.customers = customers;
        this.locations = locations;
    }

    List<Customer> customers(TenantId tenant) {
        return customers.search(tenant, null, MAX_CUSTOMERS, 0).stream().filter(Customer::active).toList();
    }

    /** Every work address of these customers as "customer – address", in customer order, in one query. */
    List<Choice> locations(TenantId tenant, List<Customer> of) {
        Map<CustomerId, String> names = new HashMap<>();
        of.forEach(customer -> names.put(customer.id(), customer.name()));
        List<Choice> choices = new ArrayList<>();
        for (Location location : locations.ofActiveCustomers(tenant, MAX_LOCATIONS)) {
            String customer = names.get(location.customer());
            if (customer != null) {
                choices.add(new Choice(location.id().value(), customer + " – " + label(location)));
            }
        }
        return choices;
    }

    static String label(Location location) {
        String address = location.address().oneLine();
        boolean named = location.name() != null && !location.name().equals(location.address().street());
        return named ? location.name() + " (" + address + ")" : address;
    }

    /** An option of a select. */
    public record Choice(long id, String label) {
    }
}
