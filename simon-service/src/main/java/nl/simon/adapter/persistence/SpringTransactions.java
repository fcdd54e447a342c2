package nl.simon.adapter.persistence;

import java.util.function.Supplier;
import nl.simon.shared.Transactions;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** {@link Transactions} on Spring's transaction manager; nested calls join the running transaction. */
public final class SpringTransactions implements Transactions {
    private final TransactionTemplate template;
    private final TransactionTemplate alone;

    public SpringTransactions(PlatformTransactionManager manager) {
        this.template = new TransactionTemplate(manager);
        this.alone = new TransactionTemplate(manager);
        this.alone.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public void runAlone(Runnable work) {
        alone.executeWithoutResult(status -> work.run());
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return template.execute(status -> work.get());
    }
}
