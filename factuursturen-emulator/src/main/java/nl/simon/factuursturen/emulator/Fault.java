package nl.simon.factuursturen.emulator;

import java.util.Locale;

/**
 * A failure to inject (docs/contracts.md §3, {@code POST /_emulator/faults}): the next {@code times} requests
 * whose method matches ({@code null} = any) and whose path under {@code /api/v1/} is {@code path} or lies
 * below it fail with {@code status}. With {@code afterCommit} the request is carried out first and only
 * the answer fails (a lost response). {@code delayMs} holds the answer back first. {@code status} 0 means
 * "no failure, only the delay"; {@code times} -1 means "until cleared".
 */
public record Fault(String path, String method, int status, int times, boolean afterCommit, long delayMs) {

    public Fault {
        path = normalizePath(path);
        method = method == null || method.isBlank() || method.equals("*") ? null : method.toUpperCase(Locale.ROOT);
        if (times == 0 || times < -1) {
            throw new IllegalArgumentException("times must be positive, or -1 for until cleared");
        }
        if (status != 0 && (status < 100 || status > 599)) {
            throw new IllegalArgumentException("status must be an HTTP status code, or 0 for a delay only");
        }
        if (delayMs < 0) {
            throw new IllegalArgumentException("delayMs must not be negative");
        }
        if (status == 0 && delayMs == 0) {
            throw new IllegalArgumentException("a fault needs a status, a delay, or both");
        }
    }

    /** Once, before the change is made. */
    public static Fault failing(String method, String path, int status) {
        return new Fault(path, method, status, 1, false, 0);
    }

    /** Once: the change is stored but the answer is {@code status} (a lost response). */
    public static Fault lostResponse(String method, String path, int status) {
        return new Fault(path, method, status, 1, true, 0);
    }

    /** Once: a normal answer, {@code delayMs} late. */
    public static Fault delayed(String method, String path, long delayMs) {
        return new Fault(path, method, 0, 1, false, delayMs);
    }

    public Fault times(int newTimes) {
        return new Fault(path, method, status, newTimes, afterCommit, delayMs);
    }

    public boolean matches(String requestMethod, String requestPath) {
        String normalized = normalizePath(requestPath);
        boolean pathMatches = path.isEmpty() || normalized.equals(path) || normalized.startsWith(path + "/");
        return pathMatches && (method == null || method.equalsIgnoreCase(requestMethod));
    }

    /** {@code /api/v1/invoices/} and {@code invoices} are the same path. */
    static String normalizePath(String raw) {
        String path = raw == null ? "" : raw.trim();
        while (path.startsWith("/")) {
            path = path.substring(1);
        }
        if (path.startsWith("api/v1/")) {
            path = path.substring("api/v1/".length());
        }
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return path;
    }
}
