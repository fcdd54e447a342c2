package nl.simon.benchmarks;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
    private final Path log;

    private Postgres(EmbeddedPostgres server, boolean durable, Path log) {
        this.server = server;
        this.durable = durable;
        this.log = log;
    }

    /** The size of the server's log now, to read what it logs after this moment ({@link #logSince}). */
    long logSize() throws IOException {
        return Files.exists(log) ? Files.size(log) : 0;
    }

    /** What the server logged after {@code offset}, once it has written it (the log is written a moment later). */
    String logSince(long offset) throws IOException {
        Waiting.pause(java.time.Duration.ofMillis(150));
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(log.toFile(), "r")) {
            byte[] bytes = new byte[(int) Math.max(0, file.length() - offset)];
            file.seek(offset);
            file.readFully(bytes);
            return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    static Postgres start(boolean durable) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
        if (durable) {
            builder.setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on");
        }
        builder.setServerConfig("max_connections", "200");
        // the server's own log in a file, written by its logging collector: the ui scenario reads auto_explain's
        // plans from it
        Path logs =
                Jars.root().resolve("benchmarks/target/logs").toAbsolutePath().normalize();
        Files.createDirectories(logs);
        // one file per driver process, so that two runs at once (the command and BenchmarksIT) don't share one
        String name = "postgres-" + ProcessHandle.current().pid() + ".log";
        Path log = logs.resolve(name);
        Files.deleteIfExists(log);
        builder.setServerConfig("logging_collector", "on")
                .setServerConfig("log_directory", logs.toString())
                .setServerConfig("log_filename", name);
        Postgres postgres = new Postgres(builder.start(), durable, log);
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
