package nl.simon.integration.lifecycle;

/** The steps of the activation wizard, in order (docs/product.md §4.2, §5.1). */
public enum WizardStep {
    WIPE,
    CONNECT,
    SETTINGS,
    TERMS
}
