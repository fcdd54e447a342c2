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

    /**
     * Runs {@code work} in one transaction whose commit need not wait until it is on disk: a crash right after
     * may lose it (and only it, with the transactions committed just before it the same way; never part of
     * one, never one before a transaction committed normally). Only for work that is done again when lost, such
     * as a page of the first import (docs/INVARIANTS.md, "Master data sync"). Joining a running transaction, it
     * commits with that one, as that one does.
     */
    default void runRedoable(Runnable work) {
        run(work);
    }
}
