package nl.simon.factuursturen.emulator.http;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import java.util.logging.Level;
import java.util.logging.Logger;

/** A bug in the emulator answers 500 with the reason, and is logged; a gone client is ignored. */
final class Failures {

    private static final Logger LOG = Logger.getLogger(Failures.class.getName());

    private Failures() {}

    static void internal(HttpExchange exchange, Exception e) {
        if (e instanceof IOException) {
            exchange.close();
            return;
        }
        LOG.log(Level.WARNING, "emulator failure on " + exchange.getRequestURI().getPath(), e);
        try {
            byte[] body = ("Internal emulator error: " + e).getBytes(StandardCharsets.UTF_8);
            Replies.send(exchange, 500, Replies.TEXT, body, OptionalInt.empty());
        } catch (IOException | RuntimeException ignored) {
            exchange.close();
        }
    }
}
