package nl.simon.integration.log;

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
    SUSPENDED_KEY_UNREADABLE("Integration", Severity.ERROR, LogAction.RECONNECT),
    SUSPENDED_BY_OPERATOR("Integration", Severity.ERROR, LogAction.ASK_OPERATOR),
    RESUMED_BY_OPERATOR("Integration", Severity.INFO, LogAction.NONE),
    JOB_FAILED("Integration", Severity.ERROR, LogAction.CONTACT_ADMINISTRATOR),
    JOB_RECOVERED("Integration", Severity.INFO, LogAction.NONE),
    CUSTOMER_ADDED("Customer", Severity.INFO, LogAction.NONE),
    CUSTOMER_UPDATED("Customer", Severity.INFO, LogAction.NONE),
    CUSTOMER_GONE("Customer", Severity.INFO, LogAction.NONE),
    CUSTOMER_REMOVED("Customer", Severity.INFO, LogAction.NONE),
    CUSTOMER_HIDDEN_IN_USE("Customer", Severity.WARNING, LogAction.LINK_ANOTHER_CUSTOMER_BEFORE_ARCHIVING),
    CUSTOMER_HIDDEN("Customer", Severity.INFO, LogAction.NONE),
    ITEM_ADDED("Item", Severity.INFO, LogAction.NONE),
    ITEM_UPDATED("Item", Severity.INFO, LogAction.NONE),
    ITEM_GONE("Item", Severity.INFO, LogAction.NONE),
    ITEM_REMOVED("Item", Severity.INFO, LogAction.NONE),
    ITEM_HIDDEN_IN_USE("Item", Severity.WARNING, LogAction.ARCHIVE_WITH_ITEM_AS_IS),
    ITEM_HIDDEN("Item", Severity.INFO, LogAction.NONE),
    LOCATION_ADDED("Location", Severity.INFO, LogAction.NONE),
    IMPORT_STARTED("Integration", Severity.INFO, LogAction.NONE),
    IMPORT_FINISHED("Integration", Severity.INFO, LogAction.NONE),
    SYNC_UNREACHABLE("Integration", Severity.WARNING, LogAction.WAIT),
    SYNC_RATE_LIMITED("Integration", Severity.WARNING, LogAction.WAIT),
    CLEANUP_DONE("Integration", Severity.INFO, LogAction.NONE),
    PUSH_SENT("WorkOrder", Severity.INFO, LogAction.NONE),
    PUSH_SKIPPED("WorkOrder", Severity.INFO, LogAction.NONE),
    PUSH_NO_CUSTOMER("WorkOrder", Severity.ERROR, LogAction.LINK_CUSTOMER_AND_ARCHIVE_AGAIN),
    PUSH_NO_FS_CLIENT("WorkOrder", Severity.ERROR, LogAction.LINK_CUSTOMER_AND_ARCHIVE_AGAIN),
    PUSH_UNKNOWN_PRODUCT("WorkOrder", Severity.ERROR, LogAction.FIX_PRODUCT_CODE_AND_RESEND),
    PUSH_REJECTED("WorkOrder", Severity.ERROR, LogAction.FIX_WHAT_FACTUURSTUREN_SAYS_AND_RESEND),
    PUSH_NOT_SENT_INACTIVE("WorkOrder", Severity.WARNING, LogAction.RESEND_AFTER_ACTIVATION),
    PUSH_RENAMED("WorkOrder", Severity.INFO, LogAction.NONE),
    PUSH_DELAYED("WorkOrder", Severity.WARNING, LogAction.WAIT),
    PUSH_QUEUED_AGAIN("WorkOrder", Severity.INFO, LogAction.NONE),
    PUSH_NAME_NOT_OURS("WorkOrder", Severity.ERROR, LogAction.CHECK_DRAFT_IN_FACTUURSTUREN),
    PUSH_RESUMED("WorkOrder", Severity.INFO, LogAction.NONE),
    QUOTATION_IMPORTED("Quotation", Severity.INFO, LogAction.NONE),
    QUOTATION_WAITING("Quotation", Severity.ERROR, LogAction.MAKE_CLIENT_ACTIVE),
    QUOTATION_LINE_UNMATCHED("Quotation", Severity.WARNING, LogAction.ADD_ITEM_OR_BOOK_BY_HAND),
    QUOTATION_LINE_BILLED_OTHERWISE("Quotation", Severity.INFO, LogAction.REGISTER_TIME_ON_WORK_ORDER),
    /** Issue 15: one row per quotation import run with its counts; the quotations and lines are its details. */
    QUOTATIONS_IMPORTED("Quotation", Severity.INFO, LogAction.NONE),
    /** As {@link #QUOTATIONS_IMPORTED}, when a quotation line matched no item (yellow, its details say which). */
    QUOTATIONS_IMPORTED_WITH_WARNINGS("Quotation", Severity.WARNING, LogAction.ADD_ITEM_OR_BOOK_BY_HAND),
    /** One row per pull run of the customers with its counts; the records are its details (issue 15). */
    CUSTOMERS_PULLED("Customer", Severity.INFO, LogAction.NONE),
    ITEMS_PULLED("Item", Severity.INFO, LogAction.NONE);

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
