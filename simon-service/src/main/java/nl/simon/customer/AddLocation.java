package nl.simon.customer;

import nl.simon.shared.Input;
import nl.simon.shared.NotFoundException;
import nl.simon.shared.TenantId;
import nl.simon.shared.Transactions;

/** Adds a work address under a customer of the same tenant. */
public final class AddLocation {
    private final Customers customers;
    private final Locations locations;
    private final Transactions transactions;

    public AddLocation(Customers customers, Locations locations, Transactions transactions) {
        this.customers = customers;
        this.locations = locations;
        this.transactions = transactions;
    }

    public Location add(TenantId tenant, CustomerId customer, NewLocation input) {
        String street = Input.required("address", input.address(), Input.MAX_ADDRESS);
        String name = Input.optional("name", input.name(), Input.MAX_NAME);
        Address address = new Address(
                street,
                DutchPostcode.normalised("zipcode", input.zipcode()),
                Input.optional("city", input.city(), Input.MAX_CITY));
        return transactions.inTransaction(() -> {
            customers.byId(tenant, customer).orElseThrow(() -> new NotFoundException("Customer", customer.value()));
            return locations.add(tenant, customer, name == null ? street : name, address);
        });
    }
}
