package nl.simon.testing;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The log's messages over the API with the records of every summarised run (issue 15: a pull is one row, its
 * records are its details at {@code details}), newest row first, each run's records after its row.
 */
public final class LogRows {
    private LogRows() {}

    public static List<String> messagesWithDetails(Api admin) {
        List<String> messages = new ArrayList<>();
        JsonNode first = admin.get("/api/integration/log").json();
        int pages = first.get("pages").asInt();
        for (int page = 1; page <= pages; page++) {
            JsonNode log = page == 1
                    ? first
                    : admin.get("/api/integration/log?page=" + page).json();
            for (JsonNode row : log.get("rows").valueStream().toList()) {
                messages.add(row.get("message").asString());
                JsonNode details = row.get("details");
                if (details != null && !details.isNull()) {
                    messages.addAll(details(admin, details.asString()));
                }
            }
        }
        return messages;
    }

    private static List<String> details(Api admin, String path) {
        List<String> messages = new ArrayList<>();
        int pages = 1;
        for (int page = 1; page <= pages; page++) {
            JsonNode run = admin.get(path + "?page=" + page).json();
            pages = run.get("pages").asInt();
            run.get("rows")
                    .valueStream()
                    .forEach(row -> messages.add(row.get("message").asString()));
        }
        return messages;
    }
}
