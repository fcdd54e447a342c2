package nl.simon.benchmarks;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.Optional;

/**
 * PostgreSQL as its own process (zonky's embedded binaries; production runs a server). {@code durable}
 * switches zonky's test defaults ({@code fsync}, {@code synchronous_commit}, {@code full_page_writes}
 * off) back to PostgreSQL's own, so that every commit waits for the disk as it would in production.
 * Each scenario gets its own database, so one's data doesn't slow down another's.
 */
final class Postgres implements AutoCloseable {
    private final EmbeddedPostgres server;
    private final boolean durable;

    private Postgres(EmbeddedPostgres server, boolean durable) {
        this.server = server;
        this.durable = durable;
    }

    static Postgres start(boolean durable) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
        if (durable) {
            builder.setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on");
        }
        builder.setServerConfig("max_connections", "200");
        Postgres postgres = new Postgres(builder.start(), durable);
        Thread stop = new Thread(() -> {
            try {
                postgres.server.close();
            } catch (IOException | RuntimeException e) {
                // stopping anyway
            }
        });
        Runtime.getRuntime().addShutdownHook(stop);
        return postgres;
    }

    boolean durable() {
        return durable;
    }

    /** A new, empty database; answers its JDBC URL. */
    String createDatabase(String name) throws SQLException {
        try (Connection admin = server.getPostgresDatabase().getConnection();
                Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        return jdbcUrl(name);
    }

    String jdbcUrl(String database) {
        return server.getJdbcUrl("postgres", database);
    }

    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), "postgres", "postgres");
    }

    /** The postmaster, parent of every backend: its process tree is PostgreSQL's CPU. */
    Optional<ProcessHandle> process() throws SQLException {
        try (Connection db = connect("postgres");
                Statement statement = db.createStatement();
                ResultSet rs = statement.executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            return ProcessHandle.of(rs.getLong(1)).flatMap(ProcessHandle::parent);
        }
    }

    /** The single number {@code sql} answers; a collection parameter goes as a {@code bigint[]} (for {@code = ANY (?)}). */
    static long count(Connection db, String sql, Object... params) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                if (params[i] instanceof Collection<?> ids) {
                    statement.setArray(i + 1, db.createArrayOf("bigint", ids.toArray()));
                } else {
                    statement.setObject(i + 1, params[i]);
                }
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
