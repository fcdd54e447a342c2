package nl.simon.customer;

import nl.simon.shared.ConflictException;
import nl.simon.shared.Input;
import nl.simon.shared.InvalidInputException;
import nl.simon.shared.NotFoundException;
import nl.simon.shared.Origin;
import nl.simon.shared.TenantId;
import nl.simon.shared.Transactions;

/**
 * Issue 15 item 2: changes a customer made in Simon, with the checks of {@link CreateCustomer} (the name is
 * required, a Dutch postcode, an FS client number only while FactuurSturen is not master and never one another
 * customer has). A field left out (null) stays as it is; an empty optional field is cleared. A customer that
 * came from FactuurSturen is changed there (409): the next pull would overwrite the change.
 */
public final class EditCustomer {
    private final Customers customers;
    private final Transactions transactions;
    private final FactuurSturenMaster factuurSturen;

    public EditCustomer(Customers customers, Transactions transactions, FactuurSturenMaster factuurSturen) {
        this.customers = customers;
        this.transactions = transactions;
        this.factuurSturen = factuurSturen;
    }

    public Customer edit(TenantId tenant, CustomerId id, NewCustomer change) {
        return transactions.inTransaction(() -> {
            Customer current =
                    customers.byId(tenant, id).orElseThrow(() -> new NotFoundException("Customer", id.value()));
            if (current.origin() != Origin.SIMON) {
                throw new ConflictException("error.customer-managed-in-fs", current.name());
            }
            Address was = current.address();
            String name =
                    change.name() == null ? current.name() : Input.required("name", change.name(), Input.MAX_NAME);
            Address address = new Address(
                    change.address() == null
                            ? was.street()
                            : Input.optional("address", change.address(), Input.MAX_ADDRESS),
                    change.zipcode() == null ? was.zipcode() : DutchPostcode.normalised("zipcode", change.zipcode()),
                    change.city() == null ? was.city() : Input.optional("city", change.city(), Input.MAX_CITY));
            String fsClientNr = change.fsClientNr() == null
                    ? current.fsClientNr()
                    : Input.optional("fsClientNr", change.fsClientNr(), 40);
            boolean newNumber = fsClientNr != null && !fsClientNr.equals(current.fsClientNr());
            if (newNumber && factuurSturen.isMaster(tenant)) {
                throw new InvalidInputException("fsClientNr", "error.fs-client-nr-from-factuursturen");
            }
            if (newNumber && customers.fsClientNrTaken(tenant, fsClientNr)) {
                throw new ConflictException("error.fs-client-nr-taken", fsClientNr);
            }
            return customers
                    .updateSimonMade(tenant, id, name, address, fsClientNr)
                    .orElseThrow(() -> new ConflictException("error.customer-managed-in-fs", current.name()));
        });
    }
}
