package nl.simon.factuursturen.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** {@code java -jar factuursturen-emulator-<version>-standalone.jar --port N} serves the demo account. */
class StandaloneJarIT {

    @Test
    void standalone_jar_starts_with_the_demo_account_on_the_given_port() throws Exception {
        Path jar = Path.of(System.getProperty("standalone.jar", "target/missing-standalone.jar"));
        assertThat(jar).exists();
        int port = freePort();
        Path log = Files.createTempFile("emulator", ".log");
        Process process = new ProcessBuilder(javaBinary(), "-jar", jar.toString(), "--port", Integer.toString(port))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            RawHttp demo = new RawHttp("http://127.0.0.1:" + port + "/api/v1/").as("demo", "demo-api-key");
            Awaitility.await()
                    .atMost(Duration.ofSeconds(20))
                    .ignoreExceptions()
                    .until(() -> demo.get("products").statusCode() == 200);

            HttpResponse<String> products = demo.get("products");
            assertThat(products.body()).contains("\"code\":\"0001\",\"name\":\"Reistijd\"");
            assertThat(Files.readString(log))
                    .contains("FactuurSturen emulator at http://127.0.0.1:" + port + "/api/v1/");
        } finally {
            process.destroy();
            process.waitFor();
            Files.deleteIfExists(log);
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java" + (File.separatorChar == '\\' ? ".exe" : ""))
                .toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
