package nl.simon.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One real PostgreSQL per test JVM, started on first use and stopped when the JVM ends. Tests
 * do not reset the schema: each test works in a tenant of its own (see {@link TestTenants}),
 * which isolates it exactly as production isolates companies.
 */
public final class TestDatabase {
    private TestDatabase() {}

    private static final class Holder {
        static final EmbeddedPostgres POSTGRES = start();

        private static EmbeddedPostgres start() {
            try {
                EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        postgres.close();
                    } catch (IOException ignored) {
                        // the JVM is ending; the library's own reaper removes what is left
                    }
                }));
                return postgres;
            } catch (IOException e) {
                throw new UncheckedIOException("embedded PostgreSQL did not start", e);
            }
        }
    }

    public static EmbeddedPostgres postgres() {
        return Holder.POSTGRES;
    }

    public static String jdbcUrl() {
        return postgres().getJdbcUrl("postgres", "postgres");
    }

    /**
     * A database of its own on the shared server, migrated by Flyway: for tests that run their own
     * schedulers, so the service under test does not pick up their jobs (nor they its).
     */
    public static javax.sql.DataSource newDatabase(String name) {
        try (java.sql.Connection connection = postgres().getPostgresDatabase().getConnection();
                java.sql.Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("database " + name + " could not be made", e);
        }
        javax.sql.DataSource dataSource = postgres().getDatabase("postgres", name);
        org.flywaydb.core.Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        return dataSource;
    }

    /** A fresh key per test JVM for the API keys the tests store. */
    static final String SECRETS_KEY = randomKey();

    private static String randomKey() {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        return java.util.Base64.getEncoder().encodeToString(key);
    }

    /** A failed push run is run again this soon in the tests, then doubling (production: 5 s); see PushRetry. */
    public static final Duration PUSH_RETRY_FIRST = Duration.ofMillis(200);

    /** The operator's bearer token of the service under test. */
    public static final String OPERATOR_TOKEN = randomKey();

    /** Points a Spring test context at the shared database. */
    public static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of(
                            "spring.datasource.url=" + jdbcUrl(),
                            "spring.datasource.username=postgres",
                            "spring.datasource.password=postgres",
                            "simon.secrets.key=" + SECRETS_KEY,
                            "simon.operator.token=" + OPERATOR_TOKEN,
                            "simon.factuursturen.allowed-hosts=127.0.0.1,localhost",
                            "simon.factuursturen.read-timeout=2s",
                            "simon.push.retry.first=" + PUSH_RETRY_FIRST.toMillis() + "ms",
                            "db-scheduler.polling-interval=200ms",
                            "spring.mail.host=127.0.0.1",
                            "spring.mail.port=" + TestMail.port(),
                            "simon.mail.base-url=https://simon.test.example",
                            "simon.mail.interval=300ms")
                    .applyTo(context.getEnvironment());
        }
    }
}
