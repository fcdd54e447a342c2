package nl.simon.adapter.api;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.simon.adapter.LogLink;
import nl.simon.adapter.MessageText;
import nl.simon.integration.cleanup.CleanUp;
import nl.simon.integration.fs.FsConnection;
import nl.simon.integration.fs.FsProductInfo;
import nl.simon.integration.lifecycle.IntegrationUseCases;
import nl.simon.integration.lifecycle.TableCount;
import nl.simon.integration.log.LogEntry;
import nl.simon.integration.log.LogPage;
import nl.simon.integration.operator.Companies;
import nl.simon.integration.pull.ShowPullTiming;
import nl.simon.integration.settings.IntegrationSettings;
import nl.simon.integration.settings.SettingsVersion;
import nl.simon.tenant.Caller;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The integration's lifecycle (docs/contracts.md §2). Changes need an ADMIN user (see the security configuration). */
@RestController
@RequestMapping("/api/integration")
class IntegrationApi {
    private final IntegrationUseCases integration;
    private final CleanUp cleanUp;
    private final MessageText messages;
    private final ShowPullTiming pullTiming;
    private final Companies companies;

    IntegrationApi(
            IntegrationUseCases integration,
            CleanUp cleanUp,
            MessageSource messages,
            ShowPullTiming pullTiming,
            Companies companies) {
        this.integration = integration;
        this.companies = companies;
        this.cleanUp = cleanUp;
        this.messages = new MessageText(messages);
        this.pullTiming = pullTiming;
    }

    @GetMapping
    IntegrationJson show(Caller caller) {
        var overview = integration.show().show(caller.tenant());
        String note = overview.integration().suspendedByOperator()
                ? companies.suspensionNote(caller.tenant()).orElse(null)
                : null;
        return IntegrationJson.of(overview, pullTiming.of(overview.integration()), note);
    }

    @GetMapping("/wipe-preview")
    List<TableCountJson> wipePreview(Caller caller) {
        return integration.previewWipe().preview(caller.tenant()).stream()
                .map(TableCountJson::of)
                .toList();
    }

    @PostMapping("/wipe")
    List<TableCountJson> wipe(Caller caller, @RequestBody WipeRequest body) {
        integration.wipe().wipe(caller.tenant(), body.tables(), body.confirm());
        return wipePreview(caller);
    }

    @PostMapping("/connect")
    IntegrationJson.ConnectionJson connect(Caller caller, @RequestBody ConnectRequest body) {
        FsConnection connection =
                integration.connect().connect(caller.tenant(), body.username(), body.apiKey(), body.baseUrl());
        return IntegrationJson.ConnectionJson.of(connection);
    }

    @PostMapping("/check-product")
    Map<String, Object> checkProduct(Caller caller, @RequestBody CheckProductRequest body) {
        Optional<FsProductInfo> product = integration.checkProduct().check(caller.tenant(), body.code());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("found", product.isPresent());
        answer.put("code", product.map(FsProductInfo::code).orElse(body.code()));
        product.ifPresent(found -> {
            answer.put("name", found.name());
            answer.put("price", Money.of(found.price()));
            answer.put("vatPercentage", found.vatPercentage());
        });
        return answer;
    }

    @GetMapping("/settings")
    IntegrationSettings settings(Caller caller) {
        return integration.show().show(caller.tenant()).settings();
    }

    @PutMapping("/settings")
    SavedSettingsJson saveSettings(Caller caller, @RequestBody IntegrationSettings body) {
        SettingsVersion saved = integration.saveSettings().save(caller.tenant(), body, caller.email());
        return new SavedSettingsJson(saved.settings(), saved.version(), saved.validFrom());
    }

    @PostMapping("/activate")
    IntegrationJson activate(Caller caller, @RequestBody(required = false) ActivateRequest body) {
        integration.activate().activate(caller.tenant(), body != null && Boolean.TRUE.equals(body.acceptTerms()));
        return show(caller);
    }

    @PostMapping("/deactivate")
    IntegrationJson deactivate(Caller caller) {
        integration.deactivate().deactivate(caller.tenant());
        return show(caller);
    }

    @PostMapping("/sync")
    ResponseEntity<Map<String, Object>> syncNow(Caller caller) {
        integration.syncNow().syncNow(caller.tenant());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("started", true));
    }

    @PostMapping("/cleanup")
    Map<String, Object> cleanUp(Caller caller) {
        return Map.of("cleaned", cleanUp.cleanUpNow(caller.tenant()));
    }

    @GetMapping("/log")
    LogPageJson log(
            Caller caller,
            @RequestParam(required = false) String severity,
            @RequestParam(required = false) Integer page,
            Locale locale) {
        return json(integration.readLog().read(caller.tenant(), severity, page), locale);
    }

    /** The records of one summarised run (a pull), oldest first, 40 a page (issue 15; the summary row's recordId). */
    @GetMapping("/log/runs/{run}")
    LogPageJson logRun(
            Caller caller, @PathVariable String run, @RequestParam(required = false) Integer page, Locale locale) {
        return json(integration.readLog().run(caller.tenant(), run, page), locale);
    }

    /** One page of log rows as the API answers it, for the log and for one run's details alike. */
    private LogPageJson json(LogPage read, Locale locale) {
        return new LogPageJson(
                read.rows().stream()
                        .map(row -> LogRowJson.of(row, messages, locale))
                        .toList(),
                read.page(),
                read.pages());
    }

    /** {@code confirm} is optional: without it the wipe runs as before; {@code false} refuses a wipe that loses rows. */
    record WipeRequest(List<String> tables, Boolean confirm) {}

    record ConnectRequest(String username, String apiKey, String baseUrl) {
        @Override
        public String toString() {
            return "ConnectRequest[username=" + username + ", apiKey=***, baseUrl=" + baseUrl + "]";
        }
    }

    record CheckProductRequest(String code) {}

    record ActivateRequest(Boolean acceptTerms) {}

    record SavedSettingsJson(IntegrationSettings settings, int version, Instant validFrom) {}

    record TableCountJson(String table, long count, Instant lastMutation) {
        static TableCountJson of(TableCount count) {
            return new TableCountJson(count.table().name(), count.count(), count.lastMutation());
        }
    }

    record LogPageJson(List<LogRowJson> rows, int page, int pages) {}

    /**
     * Issue 15 extends a row: {@code resolvedAt} (an error whose record later succeeded), {@code details} and
     * {@code link}, the office page the row is about (work order, customer, wizard to reconnect; null if none).
     */
    record LogRowJson(
            Instant time,
            String table,
            String recordId,
            String code,
            String message,
            String action,
            String severity,
            Instant resolvedAt,
            String details,
            String link) {
        static LogRowJson of(LogEntry entry, MessageText messages, Locale locale) {
            return new LogRowJson(
                    entry.time(),
                    entry.table(),
                    entry.recordId(),
                    entry.messageCode(),
                    messages.renderLog(locale, entry.messageCode(), entry.parameters()),
                    messages.render(locale, "log.action." + entry.actionCode()),
                    entry.severity().name(),
                    entry.resolvedAt(),
                    entry.hasDetails() ? "/api/integration/log/runs/" + entry.recordId() : null,
                    Optional.ofNullable(LogLink.of(entry)).map(LogLink::path).orElse(null));
        }
    }
}
