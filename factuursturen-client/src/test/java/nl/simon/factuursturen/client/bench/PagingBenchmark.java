package nl.simon.factuursturen.client.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import nl.simon.factuursturen.client.ClientSettings;
import nl.simon.factuursturen.client.Credentials;
import nl.simon.factuursturen.client.FactuurSturenClient;
import org.awaitility.Awaitility;

/**
 * Pages through all clients (and optionally products) of an account with 100,000 clients and prints wall time, rows/s,
 * requests and the client JVM's peak heap. The emulator runs as a separate process (its
 * standalone jar), so its memory is not counted here. Run this JVM with {@code -Xmx200m} to
 * prove the heap target. Not a test: it prints figures (see README).
 */
public final class PagingBenchmark {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int pageSize = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        int products = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        Path jar = standaloneJar();
        int port = freePort();
        Process emulator = new ProcessBuilder("java", "-Xmx1g", "-jar", jar.toString(), "--port", String.valueOf(port))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            String control = "http://127.0.0.1:" + port + "/_emulator/";
            awaitUp(control);
            post(control + "accounts", "{\"username\":\"bench\",\"apiKey\":\"bench-key\",\"hourlyLimit\":1000000}");
            long seeding = System.nanoTime();
            post(
                    control + "seed",
                    "{\"username\":\"bench\",\"clients\":" + clients + ",\"products\":" + products + "}");
            System.out.printf(
                    "emulator (separate process) seeded %,d clients + %,d products in %,d ms%n",
                    clients, products, millis(seeding));
            run(URI.create("http://127.0.0.1:" + port + "/api/v1/"), clients, pageSize, products);
        } finally {
            emulator.destroy();
            emulator.waitFor();
        }
    }

    /**
     * Pages all clients, then (with {@code products > 0}) all products, as the initial import reads
     * them: the sum is the floor for the import's wall time (benchmarks/README.md, "Initial import and unchanged poll").
     */
    private static void run(URI baseUrl, int expected, int pageSize, int products) {
        FactuurSturenClient client =
                new FactuurSturenClient(ClientSettings.of(baseUrl, new Credentials("bench", "bench-key"))
                        .withPageSize(pageSize));
        client.clients().limit(pageSize).count();
        System.gc();
        resetPeaks();
        long started = System.nanoTime();
        long count = client.clients().count();
        long wall = millis(started);
        System.out.printf(
                "paged %,d clients (page size %d, %d requests) in %,d ms = %,.0f rows/s%n",
                count, pageSize, count / pageSize + 1, wall, count * 1000.0 / Math.max(wall, 1));
        if (products > 0) {
            long productsStarted = System.nanoTime();
            long productCount = client.products().count();
            long productWall = millis(productsStarted);
            long total = millis(started);
            System.out.printf(
                    "paged %,d products (page size %d, %d requests) in %,d ms = %,.0f rows/s%n",
                    productCount,
                    pageSize,
                    productCount / pageSize + 1,
                    productWall,
                    productCount * 1000.0 / Math.max(productWall, 1));
            System.out.printf(
                    "clients + products: %,d rows in %,d ms = %,.0f rows/s%n",
                    count + productCount, total, (count + productCount) * 1000.0 / Math.max(total, 1));
            if (productCount != products) {
                throw new IllegalStateException("expected " + products + " products, read " + productCount);
            }
        }
        System.out.printf(
                "client JVM: max heap %,d MB, peak heap used %,d MB%n",
                Runtime.getRuntime().maxMemory() >> 20, peakHeapUsed() >> 20);
        if (count != expected) {
            throw new IllegalStateException("expected " + expected + " clients, read " + count);
        }
    }

    private static Path standaloneJar() throws IOException {
        Path target = Path.of("factuursturen-emulator/target");
        if (!Files.isDirectory(target)) {
            target = Path.of("../factuursturen-emulator/target");
        }
        try (var files = Files.list(target)) {
            return files.filter(f -> f.getFileName().toString().endsWith("-standalone.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException(
                            "build the emulator first: ./mvnw -pl factuursturen-emulator package -DskipTests"));
        }
    }

    private static void awaitUp(String control) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(50))
                .ignoreExceptions()
                .until(() -> HTTP.send(
                                        HttpRequest.newBuilder(URI.create(control + "stats"))
                                                .build(),
                                        HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200);
    }

    private static void post(String url, String json) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(url + " -> " + response.statusCode() + " " + response.body());
        }
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .toList();
    }

    private static void resetPeaks() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeapUsed() {
        return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static long millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private PagingBenchmark() {}
}
