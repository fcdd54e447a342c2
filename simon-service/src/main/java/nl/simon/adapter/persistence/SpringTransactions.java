package nl.simon.adapter.persistence;

import java.util.function.Supplier;
import nl.simon.shared.Transactions;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** {@link Transactions} on Spring's transaction manager; nested calls join the running transaction. */
public final class SpringTransactions implements Transactions {
    private final TransactionTemplate template;

    public SpringTransactions(PlatformTransactionManager manager) {
        this.template = new TransactionTemplate(manager);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return template.execute(status -> work.get());
    }
}
