package nl.simon.app.demo;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * Demo mode runs on a real PostgreSQL, embedded: its files live under {@code ./data/postgres} and are kept
 * across restarts, so what a visitor did is still there next time. It is always demo mode's own database
 * (issue 12, item 11):
 * <ul>
 * <li>it listens on a free port picked at start ({@code simon.demo.db-port} names one; taken → a clear error);</li>
 * <li>a second demo in the same folder is refused (the folder's lock is held by the running one);</li>
 * <li>a PostgreSQL left running from this folder by a demo that was killed ({@code kill -9}) is found by the
 *     folder's {@code postmaster.pid}, which names this folder, and stopped before the new one starts;</li>
 * <li>after the start Simon asks the server for its data folder and refuses any server that is not this one.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
@EnableConfigurationProperties(DemoProperties.class)
class DemoDatabase {
    private static final Logger LOG = LoggerFactory.getLogger(DemoDatabase.class);
    /** zonky's own lock file in the data folder, held while a demo runs on it. */
    private static final String LOCK_FILE = "epg-lock";

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(DemoProperties demo) throws IOException {
        Path directory = demo.dataDirectory();
        int port = demo.dbPort();
        Files.createDirectories(directory);
        stopOrphanOf(directory);
        if (port != 0 && !free(port)) {
            throw new IllegalStateException(("demo mode: port %d (simon.demo.db-port) is taken by another program;"
                            + " Simon does not use a database it did not start. Leave simon.demo.db-port out (a free port is"
                            + " picked) or name a free one.")
                    .formatted(port));
        }
        String password = DemoSecretsKey.readOrCreate(passwordFile(directory));
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setConnectConfig("password", password)
                .start();
        try {
            requireOwn(postgres, directory);
            requirePassword(postgres, directory, password);
        } catch (RuntimeException e) {
            postgres.close();
            throw e;
        }
        LOG.info("demo mode: embedded PostgreSQL with its data in {} on port {}", directory, postgres.getPort());
        return postgres;
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres postgres, DemoProperties demo) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setPassword(DemoSecretsKey.readOrCreate(passwordFile(demo.dataDirectory())));
        dataSource.setMaximumPoolSize(10);
        dataSource.addDataSourceProperty("reWriteBatchedInserts", "true");
        return dataSource;
    }

    /** The database password, made once and kept next to the data folder (owner-readable only). */
    static Path passwordFile(Path directory) {
        return directory.resolveSibling(directory.getFileName() + ".password");
    }

    /**
     * The embedded server takes the password for every connection, also from this machine's other users
     * and programs: the {@code postgres} role gets the password kept in {@link #passwordFile}, and
     * {@code pg_hba.conf} (initdb's trusts everyone) asks for it (SCRAM) from then on.
     */
    static void requirePassword(EmbeddedPostgres postgres, Path directory, String password) {
        Path hba = directory.resolve("pg_hba.conf");
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("SET password_encryption = 'scram-sha-256'");
            statement.execute("ALTER ROLE postgres WITH PASSWORD '" + password.replace("'", "''") + "'");
            if (!Files.readString(hba).equals(PASSWORD_ONLY)) {
                Files.writeString(hba, PASSWORD_ONLY);
                statement.execute("SELECT pg_reload_conf()");
                LOG.info(
                        "demo mode: the embedded PostgreSQL now takes the password kept in {}",
                        passwordFile(directory));
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException(
                    "demo mode: the embedded PostgreSQL could not be given its password (" + passwordFile(directory)
                            + "); delete the data folder to start afresh",
                    e);
        }
    }

    private static final String PASSWORD_ONLY = """
            # Simon demo mode: every connection needs the password kept next to this folder.
            local   all             all                                     scram-sha-256
            host    all             all             127.0.0.1/32            scram-sha-256
            host    all             all             ::1/128                 scram-sha-256
            local   replication     all                                     scram-sha-256
            host    replication     all             127.0.0.1/32            scram-sha-256
            host    replication     all             ::1/128                 scram-sha-256
            """;

    /**
     * A running demo holds the folder's lock: then this start is refused. Without a running demo, a live
     * postmaster named in {@code postmaster.pid} for this very folder is an orphan of a killed demo: it is
     * stopped (fast shutdown) so the new start gets the folder clean.
     */
    static void stopOrphanOf(Path directory) throws IOException {
        if (!Files.exists(directory.resolve("postgresql.conf"))) {
            return; // a new folder: initdb needs it empty, and no PostgreSQL can have run on it
        }
        try (FileChannel channel =
                FileChannel.open(directory.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock lock = tryLock(channel);
            if (lock == null) {
                throw new IllegalStateException(("demo mode: another Simon demo is running with its data in %s;"
                                + " stop it first, or start this one in another folder")
                        .formatted(directory));
            }
            try {
                Optional<ProcessHandle> orphan = orphanPostmaster(directory);
                if (orphan.isPresent()) {
                    stop(orphan.get(), directory);
                }
            } finally {
                lock.release();
            }
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    /** The live process that {@code postmaster.pid} names, when the file says it serves this folder. */
    static Optional<ProcessHandle> orphanPostmaster(Path directory) throws IOException {
        Path pidFile = directory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.size() < 2 || !sameFolder(Path.of(lines.get(1).strip()), directory)) {
            return Optional.empty();
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).strip());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info()
                        .command()
                        .map(command -> command.contains("postgres"))
                        .orElse(true));
    }

    private static void stop(ProcessHandle postmaster, Path directory) {
        LOG.warn(
                "demo mode: PostgreSQL (pid {}) still runs on {} after the previous demo ended abruptly; stopping it",
                postmaster.pid(),
                directory);
        boolean signalled;
        try {
            Process kill = new ProcessBuilder("kill", "-INT", Long.toString(postmaster.pid())).start();
            signalled = kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0;
        } catch (IOException e) {
            signalled = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("demo mode: interrupted while stopping the old PostgreSQL", e);
        }
        if (!signalled) {
            postmaster.destroy();
        }
        try {
            postmaster.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(
                    ("demo mode: the PostgreSQL left running on %s (pid %d) does not stop;"
                                    + " stop it (kill %d) and start again")
                            .formatted(directory, postmaster.pid(), postmaster.pid()),
                    e);
        }
    }

    /** After the start: the server on our port must be the one with its data in our folder. */
    static void requireOwn(EmbeddedPostgres postgres, Path directory) {
        String served;
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SHOW data_directory")) {
            result.next();
            served = result.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "demo mode: the database on port " + postgres.getPort() + " could not be asked for its data folder",
                    e);
        }
        if (!sameFolder(Path.of(served), directory)) {
            throw new IllegalStateException(("demo mode: port %d answers with another PostgreSQL (its data in %s),"
                            + " not demo mode's own in %s; Simon does not use it. Stop that server or leave simon.demo.db-port"
                            + " out (a free port is picked).")
                    .formatted(postgres.getPort(), served, directory));
        }
    }

    private static boolean sameFolder(Path one, Path other) {
        try {
            return one.toRealPath().equals(other.toRealPath());
        } catch (IOException e) {
            return one.toAbsolutePath()
                    .normalize()
                    .equals(other.toAbsolutePath().normalize());
        }
    }

    private static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
