package nl.simon.integration.push;

import java.util.function.Supplier;
import nl.simon.shared.Transactions;

/** Runs the work at once; counts what ran alone (committed on its own). */
final class InMemoryTransactions implements Transactions {
    int alone;

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }

    @Override
    public void runAlone(Runnable work) {
        alone++;
        work.run();
    }
}
