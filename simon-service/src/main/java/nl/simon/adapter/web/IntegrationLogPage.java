package nl.simon.adapter.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import nl.simon.adapter.LogLink;
import nl.simon.adapter.MessageText;
import nl.simon.integration.lifecycle.IntegrationUseCases;
import nl.simon.integration.log.LogEntry;
import nl.simon.integration.log.LogPage;
import nl.simon.integration.log.Severity;
import nl.simon.tenant.Caller;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The integration log (docs/product.md §8): time, table, message and the action to take, coloured by severity
 * (info white/blue, warning yellow, error red), filtered by severity, 40 rows a page, newest first. Issue 15: a pull
 * is one row with its counts and a link to its details (the records, {@code /integration/log/runs/{run}}); a row
 * links to the work order or the reconnect page it is about; times have seconds; a resolved error says so.
 */
@Controller
class IntegrationLogPage {
    private final IntegrationUseCases integration;
    private final MessageSource messages;
    private final MessageText text;
    private final Display display;

    IntegrationLogPage(IntegrationUseCases integration, MessageSource messages, Display display) {
        this.integration = integration;
        this.messages = messages;
        this.text = new MessageText(messages);
        this.display = display;
    }

    @GetMapping("/integration/log")
    String log(
            Caller caller,
            @RequestParam(required = false) String severity,
            @RequestParam(required = false) Integer page,
            Locale locale,
            Model model) {
        LogPage read = integration.readLog().read(caller.tenant(), severity, page);
        model.addAttribute(
                "rows", read.rows().stream().map(entry -> row(entry, locale)).toList());
        model.addAttribute("page", read.page());
        model.addAttribute("pages", Math.max(read.pages(), 1));
        model.addAttribute("severity", severity == null ? "" : severity.strip().toUpperCase(Locale.ROOT));
        model.addAttribute("severities", List.of(Severity.values()));
        return "integration-log";
    }

    /** The records of one summarised run (a pull), oldest first, 40 a page. */
    @GetMapping("/integration/log/runs/{run}")
    String run(
            Caller caller,
            @PathVariable String run,
            @RequestParam(required = false) Integer page,
            Locale locale,
            Model model) {
        LogPage read = integration.readLog().run(caller.tenant(), run, page);
        model.addAttribute(
                "rows", read.rows().stream().map(entry -> row(entry, locale)).toList());
        model.addAttribute("run", run);
        model.addAttribute("page", read.page());
        model.addAttribute("pages", Math.max(read.pages(), 1));
        return "integration-log-run";
    }

    private LogRow row(LogEntry entry, Locale locale) {
        String table =
                entry.table() == null ? "" : messages.getMessage("table." + entry.table(), null, entry.table(), locale);
        List<String> parameters = entry.hasDetails()
                ? entry.parameters().stream().map(this::count).toList()
                : entry.parameters();
        return new LogRow(
                entry.time(),
                table,
                text.renderLog(locale, entry.messageCode(), parameters),
                text.render(locale, "log.action." + entry.actionCode()),
                entry.severity(),
                entry.hasDetails() ? "/integration/log/runs/" + entry.recordId() : null,
                LogLink.of(entry),
                entry.resolvedAt());
    }

    private String count(String number) {
        try {
            return display.count(Long.parseLong(number));
        } catch (NumberFormatException notACount) {
            return number;
        }
    }

    /** A log row as the page shows it, in the reader's language. */
    public record LogRow(
            Instant time,
            String table,
            String message,
            String action,
            Severity severity,
            String details,
            LogLink link,
            Instant resolvedAt) {}
}
