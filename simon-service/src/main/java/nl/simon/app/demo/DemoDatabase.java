package nl.simon.app.demo;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import com.zaxxer.hikari.HikariDataSource;

/**
 * Demo mode runs on a real PostgreSQL, embedded: its files live under {@code ./data/postgres}
 * and are kept across restarts, so what a visitor did is still there next time.
 */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
class DemoDatabase {
    private static final Logger LOG = LoggerFactory.getLogger(DemoDatabase.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${simon.demo.data-dir:data/postgres}") String dataDir,
            @Value("${simon.demo.db-port:54329}") int port) throws IOException {
        Path directory = Path.of(dataDir).toAbsolutePath();
        Files.createDirectories(directory);
        LOG.info("demo mode: embedded PostgreSQL with its data in {} on port {}", directory, port);
        return EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .start();
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(10);
        dataSource.addDataSourceProperty("reWriteBatchedInserts", "true");
        return dataSource;
    }
}
