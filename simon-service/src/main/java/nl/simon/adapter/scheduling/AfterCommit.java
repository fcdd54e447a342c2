package nl.simon.adapter.scheduling;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Wakes the scheduler once the caller's transaction committed: a job scheduled inside a transaction is
 * invisible to the scheduler until then, so waking it earlier would leave the job for the next poll.
 */
final class AfterCommit {
    private AfterCommit() {}

    static void run(Runnable wake) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    wake.run();
                }
            });
        } else {
            wake.run();
        }
    }
}
