package nl.simon.factuursturen.emulator;

import java.util.Map;

/**
 * Request counts of the FS API since start or reset ({@code GET /_emulator/stats}): {@code requests} maps
 * {@code "METHOD path"} (path under {@code /api/v1/}, e.g. {@code "POST invoices"},
 * {@code "GET clients/12"}) to a count. Every request counts, also those answered 401, 403 or a fault.
 */
public record EmulatorStats(long total, Map<String, Long> requests) {

    public EmulatorStats {
        requests = Map.copyOf(requests);
    }

    public long count(String method, String path) {
        return requests.getOrDefault(method + " " + Fault.normalizePath(path), 0L);
    }
}
