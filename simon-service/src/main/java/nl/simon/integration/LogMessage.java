package nl.simon.integration;

import java.util.Locale;

/**
 * The catalogue of integration log messages: a code (texts {@code log.<code>} in Dutch and
 * English), the table it concerns, its severity and the action the user should take.
 */
public enum LogMessage {
    DATA_WIPED("Integration", Severity.INFO, LogAction.NONE),
    CONNECTED("Integration", Severity.INFO, LogAction.NONE),
    CONNECTION_REFUSED("Integration", Severity.ERROR, LogAction.CHECK_API_KEY),
    CONNECTION_UNREACHABLE("Integration", Severity.WARNING, LogAction.RETRY_LATER),
    SETTINGS_SAVED("Integration", Severity.INFO, LogAction.NONE),
    SETTINGS_REFUSED("Integration", Severity.WARNING, LogAction.CHECK_SETTINGS),
    ACTIVATED("Integration", Severity.INFO, LogAction.NONE),
    ACTIVATION_REFUSED("Integration", Severity.WARNING, LogAction.FINISH_WIZARD),
    DEACTIVATED("Integration", Severity.INFO, LogAction.NONE),
    SUSPENDED_UNAUTHORIZED("Integration", Severity.ERROR, LogAction.RECONNECT),
    CUSTOMER_ADDED("Customer", Severity.INFO, LogAction.NONE),
    CUSTOMER_UPDATED("Customer", Severity.INFO, LogAction.NONE),
    ITEM_ADDED("Item", Severity.INFO, LogAction.NONE),
    ITEM_UPDATED("Item", Severity.INFO, LogAction.NONE),
    LOCATION_ADDED("Location", Severity.INFO, LogAction.NONE);

    private final String table;
    private final Severity severity;
    private final LogAction action;

    LogMessage(String table, Severity severity, LogAction action) {
        this.table = table;
        this.severity = severity;
        this.action = action;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String table() {
        return table;
    }

    public Severity severity() {
        return severity;
    }

    public LogAction action() {
        return action;
    }
}
