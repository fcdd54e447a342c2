package nl.simon.integration.pull;

import java.util.List;
import nl.simon.integration.fs.FactuurSturen;
import nl.simon.integration.lifecycle.SimonTable;
import nl.simon.integration.log.LogMessage;

/**
 * FactuurSturen clients become Simon customers (docs/product.md §2.1, §3.2, §3.3): the FS default address is the
 * customer's address and its first work address; work addresses added in Simon stay.
 */
public final class PullClients {
    private PullClients() {}

    /** The clients as one {@link Reconciliation} pulls them: fingerprinted as {@link PulledCustomer}. */
    public static Reconciliation.Kind<PulledCustomer> kind(FactuurSturen factuurSturen, MasterData data) {
        return new Reconciliation.Kind<>(
                "clients",
                credentials -> factuurSturen.clients(credentials).map(PulledCustomer::of),
                factuurSturen::countClients,
                data.customers(),
                LogMessage.CUSTOMER_GONE,
                List.of(SimonTable.Customer, SimonTable.Location));
    }
}
