package nl.simon.integration;

/** What the user should do after a log row; rendered from {@code log.action.<code>} in the user's language. */
public enum LogAction {
    NONE,
    CHECK_API_KEY,
    CHECK_SETTINGS,
    FINISH_WIZARD,
    RECONNECT,
    WAIT,
    LINK_CUSTOMER_AND_ARCHIVE_AGAIN,
    FIX_IN_FACTUURSTUREN,
    FINISH_OR_ARCHIVE_WORK_ORDER,
    RETRY_LATER,
    RESEND_AFTER_ACTIVATION,
    MAKE_CLIENT_ACTIVE,
    ADD_ITEM_OR_BOOK_BY_HAND,
    CONTACT_ADMINISTRATOR;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
