package nl.simon.integration.log;

/** What the user should do after a log row; rendered from {@code log.action.<code>} in the user's language. */
public enum LogAction {
    NONE,
    CHECK_API_KEY,
    CHECK_SETTINGS,
    FINISH_WIZARD,
    RECONNECT,
    WAIT,
    LINK_CUSTOMER_AND_ARCHIVE_AGAIN,
    FIX_WHAT_FACTUURSTUREN_SAYS_AND_RESEND,
    LINK_ANOTHER_CUSTOMER_BEFORE_ARCHIVING,
    ARCHIVE_WITH_ITEM_AS_IS,
    FIX_PRODUCT_CODE_AND_RESEND,
    RETRY_LATER,
    RESEND_AFTER_ACTIVATION,
    MAKE_CLIENT_ACTIVE,
    ADD_ITEM_OR_BOOK_BY_HAND,
    REGISTER_TIME_ON_WORK_ORDER,
    CONTACT_ADMINISTRATOR,
    ASK_OPERATOR,
    CHECK_DRAFT_IN_FACTUURSTUREN;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
