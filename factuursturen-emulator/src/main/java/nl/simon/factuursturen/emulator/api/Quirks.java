package nl.simon.factuursturen.emulator.api;

/**
 * Optional reproductions of uncertain real-service behaviour. {@code bogusIdReturnsList}: a single GET
 * of an unknown id answers 200 with the list instead of 404 (docs/factuursturen-api.md §1.4, §7.7; off by default).
 */
public final class Quirks {

    private volatile boolean bogusIdReturnsList;

    public boolean bogusIdReturnsList() {
        return bogusIdReturnsList;
    }

    public void bogusIdReturnsList(boolean enabled) {
        bogusIdReturnsList = enabled;
    }
}
