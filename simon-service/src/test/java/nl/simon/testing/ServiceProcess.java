package nl.simon.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.Awaitility;

/**
 * The service jar ({@code target/simon-service.jar}, built by {@code package}) in a process of its own,
 * on production settings, so a test can kill it (SIGKILL) and start it again on the same port.
 */
public final class ServiceProcess implements AutoCloseable {
    private final String name;
    private final int port;
    private final String jdbcUrl;
    private final List<String> extraArguments;
    private Process process;
    private int starts;

    private ServiceProcess(String name, int port, String jdbcUrl, List<String> extraArguments) {
        this.name = name;
        this.port = port;
        this.jdbcUrl = jdbcUrl;
        this.extraArguments = extraArguments;
    }

    /** Launches the process; {@link #awaitHealthy()} waits until it serves. */
    public static ServiceProcess launch(String name, String jdbcUrl, String... extraArguments) {
        ServiceProcess service = new ServiceProcess(name, freePort(), jdbcUrl, List.of(extraArguments));
        service.launch();
        return service;
    }

    public synchronized void launch() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException(name + " runs already");
        }
        Path jar = Path.of("target", "simon-service.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("run after `package`: " + jar.toAbsolutePath() + " is missing");
        }
        List<String> command = new ArrayList<>(List.of(
                new File(System.getProperty("java.home"), "bin/java").getPath(),
                "-Xmx384m",
                "-XX:TieredStopAtLevel=1",
                "-jar",
                jar.toString(),
                "--server.port=" + port,
                "--simon.factuursturen.allowed-hosts=127.0.0.1",
                "--simon.push.retry.first=" + TestDatabase.PUSH_RETRY_FIRST.toMillis() + "ms"));
        command.addAll(extraArguments);
        starts++;
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log().toFile());
        builder.environment().put("DATABASE_URL", jdbcUrl);
        builder.environment().put("SIMON_SECRETS_KEY", "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=");
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void awaitHealthy() {
        Process running = process;
        Awaitility.await()
                .atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(250))
                .ignoreExceptions()
                .failFast(name + " exited; see " + log().toAbsolutePath(), () -> !running.isAlive())
                .until(() -> Api.anonymous(port).get("/actuator/health").status() == 200);
    }

    public synchronized boolean isHealthy() {
        try {
            return process != null
                    && process.isAlive()
                    && Api.anonymous(port).get("/actuator/health").status() == 200;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** {@code kill -9}: no shutdown hook, no graceful stop; its picked jobs stay picked. */
    public synchronized void kill() {
        try {
            process.destroyForcibly().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public int port() {
        return port;
    }

    public String name() {
        return name;
    }

    public Path log() {
        return Path.of("target", name + "-" + Math.max(1, starts) + ".log");
    }

    @Override
    public synchronized void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
