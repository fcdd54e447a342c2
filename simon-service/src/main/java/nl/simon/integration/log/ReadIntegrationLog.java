package nl.simon.integration.log;

import nl.simon.shared.InvalidInputException;
import nl.simon.shared.TenantId;

/** The integration log, newest first, 40 rows a page, optionally one severity only (docs/product.md §8). */
public final class ReadIntegrationLog {
    private final IntegrationLog log;

    public ReadIntegrationLog(IntegrationLog log) {
        this.log = log;
    }

    public LogPage read(TenantId tenant, String severity, Integer page) {
        int number = page == null ? 1 : page;
        if (number < 1) {
            throw new InvalidInputException("page", "error.not-positive");
        }
        return log.page(tenant, severity(severity), number);
    }

    /** The details of one summarised run (a pull), oldest first. */
    public LogPage run(TenantId tenant, String run, Integer page) {
        int number = page == null ? 1 : page;
        if (number < 1) {
            throw new InvalidInputException("page", "error.not-positive");
        }
        if (run == null || run.isBlank() || run.length() > 100) {
            throw new InvalidInputException("run", "error.required");
        }
        return log.run(tenant, run.strip(), number);
    }

    private static Severity severity(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Severity.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInputException("severity", "error.unknown-severity");
        }
    }
}
