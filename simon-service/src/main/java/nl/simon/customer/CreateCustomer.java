package nl.simon.customer;

import nl.simon.shared.ConflictException;
import nl.simon.shared.Input;
import nl.simon.shared.InvalidInputException;
import nl.simon.shared.Origin;
import nl.simon.shared.TenantId;
import nl.simon.shared.Transactions;

/**
 * Adds a customer by hand (origin SIMON). While the integration is active such customers
 * are removed by the cleanup, as FactuurSturen is master; without it they are Simon's own. While it is
 * active a customer made in Simon cannot claim a FactuurSturen client number (400 on {@code fsClientNr}):
 * the number belongs to the client FS makes, which the pull brings in.
 */
public final class CreateCustomer {
    private final Customers customers;
    private final Transactions transactions;
    private final FactuurSturenMaster factuurSturen;

    public CreateCustomer(Customers customers, Transactions transactions) {
        this(customers, transactions, tenant -> false);
    }

    public CreateCustomer(Customers customers, Transactions transactions, FactuurSturenMaster factuurSturen) {
        this.customers = customers;
        this.transactions = transactions;
        this.factuurSturen = factuurSturen;
    }

    public Customer create(TenantId tenant, NewCustomer input) {
        String name = Input.required("name", input.name(), Input.MAX_NAME);
        Address address = new Address(
                Input.optional("address", input.address(), Input.MAX_ADDRESS),
                DutchPostcode.normalised("zipcode", input.zipcode()),
                Input.optional("city", input.city(), Input.MAX_CITY));
        String fsClientNr = Input.optional("fsClientNr", input.fsClientNr(), 40);
        return transactions.inTransaction(() -> {
            if (fsClientNr != null && factuurSturen.isMaster(tenant)) {
                throw new InvalidInputException("fsClientNr", "error.fs-client-nr-from-factuursturen");
            }
            if (fsClientNr != null && customers.fsClientNrTaken(tenant, fsClientNr)) {
                throw new ConflictException("error.fs-client-nr-taken", fsClientNr);
            }
            return customers.add(tenant, name, address, fsClientNr, Origin.SIMON);
        });
    }
}
