package nl.simon.factuursturen.emulator.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntFunction;
import nl.simon.factuursturen.emulator.EmulatedAccount;
import nl.simon.factuursturen.emulator.EmulatorSettings;
import nl.simon.factuursturen.emulator.FactuurSturenEmulator;

/**
 * Not a test: prints GET requests per second of an in-process emulator holding 100,000 clients, measured
 * with a few concurrent keep-alive connections on this machine (load generator and server share the cores).
 * Arguments: [clients] [concurrent users] [seconds per scenario]. See EMULATOR.md, "Benchmark".
 */
public final class GetBenchmark {

    private static final String AUTHORIZATION =
            "Basic " + Base64.getEncoder().encodeToString("bench:bench-key".getBytes(StandardCharsets.UTF_8));

    private GetBenchmark() {}

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int users = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        long started = System.nanoTime();
        try (FactuurSturenEmulator emulator = FactuurSturenEmulator.start(EmulatorSettings.defaults())) {
            System.out.printf("emulator started in %d ms%n", (System.nanoTime() - started) / 1_000_000);
            EmulatedAccount account = emulator.createAccount("bench", "bench-key", Integer.MAX_VALUE);
            seed(account, clients);
            String base = emulator.baseUrl();
            run("GET clients/{id}", users, seconds, i -> base + "clients/" + (1 + i % clients));
            run(
                    "GET clients?count=100&start={random page}",
                    users,
                    seconds,
                    i -> base + "clients?count=100&start=" + 100 * (i % (clients / 100)));
        }
    }

    private static void seed(EmulatedAccount account, int clients) {
        long started = System.nanoTime();
        for (int i = 1; i <= clients; i++) {
            account.create(
                    "clients",
                    Map.of(
                            "company",
                            "Klant " + i + " B.V.",
                            "contact",
                            "Contact " + i,
                            "address",
                            "Straat " + i,
                            "zipcode",
                            "1234 AB",
                            "city",
                            "Utrecht",
                            "email",
                            "klant" + i + "@example.nl"));
        }
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        System.out.printf(
                "seeded %,d clients in %d ms; heap in use %d MB%n",
                clients,
                (System.nanoTime() - started) / 1_000_000,
                (runtime.totalMemory() - runtime.freeMemory()) >> 20);
    }

    private static void run(String name, int users, int seconds, IntFunction<String> url) throws InterruptedException {
        measure(users, 2, url);
        double perSecond = measure(users, seconds, url);
        System.out.printf("%-45s %,10.0f requests/s (%d concurrent users, %d s)%n", name, perSecond, users, seconds);
    }

    private static double measure(int users, int seconds, IntFunction<String> url) throws InterruptedException {
        LongAdder done = new LongAdder();
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            Thread thread = new Thread(() -> load(url, deadline, done));
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return done.sum() / (double) seconds;
    }

    private static void load(IntFunction<String> url, long deadline, LongAdder done) {
        URI first = URI.create(url.apply(0));
        try (KeepAliveConnection connection =
                new KeepAliveConnection(first.getHost(), first.getPort(), AUTHORIZATION)) {
            while (System.nanoTime() < deadline) {
                URI next = URI.create(url.apply(ThreadLocalRandom.current().nextInt(1 << 30)));
                int status = connection.get(
                        next.getRawPath() + (next.getRawQuery() == null ? "" : "?" + next.getRawQuery()));
                if (status != 200) {
                    throw new IllegalStateException(next + " answered " + status);
                }
                done.increment();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
