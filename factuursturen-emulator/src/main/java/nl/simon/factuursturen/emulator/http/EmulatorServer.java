package nl.simon.factuursturen.emulator.http;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The JDK HTTP server with a fixed pool of worker threads (daemon threads, so a forgotten emulator never
 * keeps a JVM alive) and one timer thread for delayed answers.
 */
public final class EmulatorServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService workers;
    private final ScheduledExecutorService delayer;

    private EmulatorServer(HttpServer server, ExecutorService workers, ScheduledExecutorService delayer) {
        this.server = server;
        this.workers = workers;
        this.delayer = delayer;
    }

    public static EmulatorServer start(EmulatorState state, String host, int port, int threads) {
        // Nagle's algorithm would hold small keep-alive answers back; read once when the JDK server loads
        System.setProperty("sun.net.httpserver.nodelay", System.getProperty("sun.net.httpserver.nodelay", "true"));
        ExecutorService workers = Executors.newFixedThreadPool(threads, daemonThreads("fs-emulator-worker"));
        ScheduledExecutorService delayer =
                Executors.newSingleThreadScheduledExecutor(daemonThreads("fs-emulator-delay"));
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 256);
            server.setExecutor(workers);
            server.createContext(ApiHandler.PREFIX, new ApiHandler(state, workers, delayer));
            server.createContext(ControlHandler.PREFIX, new ControlHandler(state));
            server.start();
            return new EmulatorServer(server, workers, delayer);
        } catch (IOException e) {
            workers.shutdownNow();
            delayer.shutdownNow();
            throw new UncheckedIOException("cannot listen on " + host + ":" + port, e);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String host() {
        return server.getAddress().getHostString();
    }

    @Override
    public void close() {
        server.stop(0);
        delayer.shutdownNow();
        workers.shutdownNow();
    }

    private static ThreadFactory daemonThreads(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
