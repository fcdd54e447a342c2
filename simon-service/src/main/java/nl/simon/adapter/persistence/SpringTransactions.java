package nl.simon.adapter.persistence;

import java.util.function.Supplier;
import nl.simon.shared.Transactions;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** {@link Transactions} on Spring's transaction manager; nested calls join the running transaction. */
public final class SpringTransactions implements Transactions {
    private final TransactionTemplate template;
    private final TransactionTemplate alone;
    private final JdbcTemplate jdbc;

    public SpringTransactions(PlatformTransactionManager manager, JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.template = new TransactionTemplate(manager);
        this.alone = new TransactionTemplate(manager);
        this.alone.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public void runAlone(Runnable work) {
        alone.executeWithoutResult(status -> work.run());
    }

    /**
     * PostgreSQL's asynchronous commit for this transaction only ({@code SET LOCAL}): the commit returns before
     * its WAL is flushed (the WAL writer flushes it within {@code wal_writer_delay}, 200 ms, or three times that
     * at worst), and any later synchronous commit flushes it first, since the WAL is written in order. A crash
     * loses at most the last such transactions, each whole. A joined transaction keeps its own setting.
     *
     * <p>Also PostgreSQL's own plan choice ({@code plan_cache_mode = auto}) in it, instead of the connections'
     * {@code force_custom_plan} (application.yml): that setting also applies to the foreign-key checks PostgreSQL
     * runs for every inserted row, which then planned their query again for each of the page's customers, work
     * addresses and log rows; the first import took about a third longer (benchmarks/README.md, finding 10).
     */
    @Override
    public void runRedoable(Runnable work) {
        template.executeWithoutResult(status -> {
            if (status.isNewTransaction()) {
                jdbc.execute("SET LOCAL synchronous_commit = off; " + ForeignKeyChecks.PLAN_ONCE);
            }
            work.run();
        });
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return template.execute(status -> work.get());
    }
}
