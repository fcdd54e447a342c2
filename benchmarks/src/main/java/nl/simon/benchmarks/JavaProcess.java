package nl.simon.benchmarks;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * A JVM the benchmark starts as a separate process (the emulator, a service instance), its output in a
 * log file under {@code benchmarks/target/logs}, stopped with SIGTERM (graceful), forcibly after 30 s.
 */
class JavaProcess implements AutoCloseable {
    /** Every process started, so that Ctrl-C on the benchmark stops them too. */
    private static final java.util.Set<Process> RUNNING = java.util.concurrent.ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(Process::destroyForcibly)));
    }

    private final String name;
    private final Process process;
    private final int port;
    private final Path log;
    private final Instant started;

    JavaProcess(String name, List<String> jvmOptions, Path jar, List<String> args, Map<String, String> env, int port)
            throws IOException {
        this.name = name;
        this.port = port;
        Path logs = Jars.root().resolve("benchmarks/target/logs");
        Files.createDirectories(logs);
        this.log = logs.resolve(name + ".log").toAbsolutePath();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        builder.environment().putAll(env);
        this.started = Instant.now();
        this.process = builder.start();
        RUNNING.add(process);
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    String name() {
        return name;
    }

    int port() {
        return port;
    }

    ProcessHandle handle() {
        return process.toHandle();
    }

    Instant started() {
        return started;
    }

    Path log() {
        return log;
    }

    /** Waits until {@code up} holds; fails with the log's tail when the process died or took too long. */
    void awaitUp(Duration timeout, BooleanSupplier up) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; its log:\n" + tail());
            }
            try {
                if (up.getAsBoolean()) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // not listening yet
            }
            Waiting.pause(Duration.ofMillis(100));
        }
        throw new IllegalStateException(name + " not up after " + timeout + "; its log:\n" + tail());
    }

    String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    @Override
    public void close() {
        RUNNING.remove(process);
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
