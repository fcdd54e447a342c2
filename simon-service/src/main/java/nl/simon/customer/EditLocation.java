package nl.simon.customer;

import nl.simon.shared.ConflictException;
import nl.simon.shared.Input;
import nl.simon.shared.NotFoundException;
import nl.simon.shared.TenantId;
import nl.simon.shared.Transactions;

/**
 * Issue 15 item 2: changes a work address made in Simon, with the checks of {@link AddLocation} (the address is
 * required, a Dutch postcode; no name means the address). A field left out (null) stays as it is. The work
 * address FactuurSturen made from its client's address is changed there (409): the next pull would overwrite it.
 */
public final class EditLocation {
    private final Locations locations;
    private final Transactions transactions;

    public EditLocation(Locations locations, Transactions transactions) {
        this.locations = locations;
        this.transactions = transactions;
    }

    public Location edit(TenantId tenant, CustomerId customer, LocationId id, NewLocation change) {
        return transactions.inTransaction(() -> {
            Location current = locations
                    .byId(tenant, id)
                    .filter(location -> location.customer().equals(customer))
                    .orElseThrow(() -> new NotFoundException("Location", id.value()));
            if (current.fromFactuurSturen()) {
                throw new ConflictException("error.location-managed-in-fs", current.name());
            }
            Address was = current.address();
            String street = change.address() == null
                    ? was.street()
                    : Input.required("address", change.address(), Input.MAX_ADDRESS);
            String name =
                    change.name() == null ? current.name() : Input.optional("name", change.name(), Input.MAX_NAME);
            Address address = new Address(
                    street,
                    change.zipcode() == null ? was.zipcode() : DutchPostcode.normalised("zipcode", change.zipcode()),
                    change.city() == null ? was.city() : Input.optional("city", change.city(), Input.MAX_CITY));
            return locations
                    .updateSimonMade(tenant, id, name == null ? street : name, address)
                    .orElseThrow(() -> new ConflictException("error.location-managed-in-fs", current.name()));
        });
    }
}
