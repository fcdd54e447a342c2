package nl.simon.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * A PostgreSQL server of one test's own that can be stopped and started again on the same port with
 * the same data folder: the service under test sees a database outage and a restart, as in production.
 */
public final class RestartablePostgres implements AutoCloseable {
    private final int port;
    private final Path dataDirectory;
    private EmbeddedPostgres running;

    private RestartablePostgres(int port, Path dataDirectory) {
        this.port = port;
        this.dataDirectory = dataDirectory;
    }

    /** Starts a fresh server with one database, {@code name}, migrated by Flyway. */
    public static RestartablePostgres startWithDatabase(String name) {
        try {
            RestartablePostgres postgres = new RestartablePostgres(freePort(), Files.createTempDirectory("simon-pg-"));
            postgres.start();
            try (Connection connection = postgres.running.getPostgresDatabase().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + name);
            }
            org.flywaydb.core.Flyway.configure()
                    .dataSource(postgres.dataSource(name))
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("database " + name + " could not be made", e);
        }
    }

    public synchronized void start() {
        if (running != null) {
            return;
        }
        try {
            running = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start on port " + port, e);
        }
    }

    /** Stops the server (fast shutdown: open connections are cut) and keeps its data. */
    public synchronized void stop() {
        if (running == null) {
            return;
        }
        try {
            running.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            running = null;
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database + "?user=postgres";
    }

    /** A connection source for the test's own checks; it fails while the server is stopped. */
    public DataSource dataSource(String database) {
        org.postgresql.ds.PGSimpleDataSource dataSource = new org.postgresql.ds.PGSimpleDataSource();
        dataSource.setServerNames(new String[] {"localhost"});
        dataSource.setPortNumbers(new int[] {port});
        dataSource.setDatabaseName(database);
        dataSource.setUser("postgres");
        return dataSource;
    }

    @Override
    public synchronized void close() {
        stop();
        try (var files = Files.walk(dataDirectory)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder; the OS cleans it up otherwise
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
