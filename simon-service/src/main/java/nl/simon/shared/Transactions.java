package nl.simon.shared;

import java.util.function.Supplier;

/** Runs a piece of work in one database transaction: all of it is stored, or none. */
public interface Transactions {
    <T> T inTransaction(Supplier<T> work);

    /** Runs {@code work} in a transaction of its own, committed whatever happens to the caller's. */
    void runAlone(Runnable work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
