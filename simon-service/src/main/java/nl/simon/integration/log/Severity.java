package nl.simon.integration.log;

/** Shown as white-blue, yellow and red in the integration log (docs/product.md §8.4). */
public enum Severity {
    INFO,
    WARNING,
    ERROR
}
