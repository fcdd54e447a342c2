package nl.simon.factuursturen.emulator;

import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar factuursturen-emulator-<version>-standalone.jar [--port 8081] [--host 127.0.0.1]}: runs
 * the emulator with the demo account loaded until the process is stopped. The port also comes from
 * {@code EMULATOR_PORT}; {@code --port} wins.
 */
public final class StandaloneEmulator {

    static final int DEFAULT_PORT = 8081;

    private StandaloneEmulator() {}

    public static void main(String[] args) throws InterruptedException {
        EmulatorSettings settings = settings(args, System.getenv());
        FactuurSturenEmulator emulator = FactuurSturenEmulator.start(settings);
        emulator.loadDemoData();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            emulator.close();
                            stopped.countDown();
                        },
                        "fs-emulator-shutdown"));
        System.out.println("FactuurSturen emulator at " + emulator.baseUrl() + " (control: " + emulator.controlUrl()
                + "), demo account '" + FactuurSturenEmulator.DEMO_USERNAME + "'");
        stopped.await();
    }

    static EmulatorSettings settings(String[] args, Map<String, String> environment) {
        String port = environment.getOrDefault("EMULATOR_PORT", Integer.toString(DEFAULT_PORT));
        String host = "127.0.0.1";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = value(args, ++i, "--port");
                case "--host" -> host = value(args, ++i, "--host");
                default ->
                    throw new IllegalArgumentException(
                            "unknown option " + args[i] + "; use --port <port> and --host <address>");
            }
        }
        try {
            return EmulatorSettings.defaults().withHost(host).withPort(Integer.parseInt(port.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("port must be a number, not '" + port + "'", e);
        }
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }
}
