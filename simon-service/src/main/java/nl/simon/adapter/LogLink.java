package nl.simon.adapter;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import nl.simon.integration.log.LogAction;
import nl.simon.integration.log.LogEntry;
import nl.simon.integration.log.LogMessage;

/**
 * Issue 15 item 5: the office page a log row is about, for the log page and the API's log rows alike: the work
 * order of a push row or of an imported quotation, the customer of a customer row, the wizard (to reconnect) of a
 * connection error. {@code label} is the message key of the link's text on the page.
 */
public record LogLink(String path, String label) {
    /** Rows of the pull about one FS client: their record id is its FS client number. */
    private static final Set<String> BY_FS_CLIENT_NR = Set.of(
            LogMessage.CUSTOMER_ADDED.code(),
            LogMessage.CUSTOMER_UPDATED.code(),
            LogMessage.CUSTOMER_GONE.code(),
            LogMessage.LOCATION_ADDED.code());

    /**
     * Rows of a quotation import about the work order a quotation became: their record id is the FS quotation
     * id, {@code /work-orders/quotation/{id}} opens that work order.
     */
    private static final Set<String> BY_QUOTATION_ID = Set.of(
            LogMessage.QUOTATION_IMPORTED.code(),
            LogMessage.QUOTATION_LINE_UNMATCHED.code(),
            LogMessage.QUOTATION_LINE_BILLED_OTHERWISE.code());

    /** Rows of the cleanup about a customer Simon keeps (hidden): their record id is Simon's customer id. */
    private static final Set<String> BY_CUSTOMER_ID =
            Set.of(LogMessage.CUSTOMER_HIDDEN.code(), LogMessage.CUSTOMER_HIDDEN_IN_USE.code());

    private static final String NUMBER = "[0-9]{1,18}";

    /** The page {@code entry} is about; null when there is none (a removed record, a summary, a job). */
    public static LogLink of(LogEntry entry) {
        String action = entry.actionCode();
        String record = entry.recordId();
        if (LogAction.RECONNECT.code().equals(action)
                || LogAction.CHECK_API_KEY.code().equals(action)) {
            return new LogLink("/integration/wizard", "integration.log.open.reconnect");
        }
        if (record == null || record.isBlank()) {
            return null;
        }
        if ("WorkOrder".equals(entry.table()) && record.matches(NUMBER)) {
            return new LogLink("/work-orders/" + record, "integration.log.open.work-order");
        }
        if (BY_CUSTOMER_ID.contains(entry.messageCode()) && record.matches(NUMBER)) {
            return new LogLink("/customers/" + record, "integration.log.open.customer");
        }
        if (BY_FS_CLIENT_NR.contains(entry.messageCode())) {
            return new LogLink("/customers/fs/" + segment(record), "integration.log.open.customer");
        }
        if (BY_QUOTATION_ID.contains(entry.messageCode())) {
            return new LogLink("/work-orders/quotation/" + segment(record), "integration.log.open.work-order");
        }
        return null;
    }

    /** An FS id as one path segment ("C 1/2" → "C%201%2F2"). */
    private static String segment(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
