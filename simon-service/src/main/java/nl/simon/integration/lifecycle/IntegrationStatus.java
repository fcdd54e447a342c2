package nl.simon.integration.lifecycle;

/** NOT_ACTIVATED until the first activation; then ACTIVE or INACTIVE (deactivated). */
public enum IntegrationStatus {
    NOT_ACTIVATED,
    ACTIVE,
    INACTIVE
}
