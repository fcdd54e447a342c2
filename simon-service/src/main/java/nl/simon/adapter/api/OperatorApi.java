package nl.simon.adapter.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.simon.adapter.MessageText;
import nl.simon.integration.log.LogEntry;
import nl.simon.integration.operator.AuditEntry;
import nl.simon.integration.operator.Companies;
import nl.simon.integration.operator.CompanyOverview;
import nl.simon.integration.operator.Operator;
import nl.simon.integration.operator.OperatorUseCases;
import nl.simon.shared.TenantId;
import nl.simon.tenant.Tenant;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the operator of the service does for the companies on it (bearer token, see the security configuration;
 * docs/contracts.md §2.1): register a company with its first admin user, who then activates the integration in the
 * wizard (the admin's password as a password or, from a platform that already holds it, as a hash this service can
 * verify: {@code {argon2}…} or {@code {bcrypt}…}); list every company with its integration's state, trouble first;
 * suspend, resume, pull now, resend failed pushes, delete; read the audit of all of it.
 */
@RestController
@RequestMapping("/api/operator")
class OperatorApi {
    private final OperatorUseCases operator;
    private final MessageText messages;
    private final Clock clock;

    OperatorApi(OperatorUseCases operator, MessageSource messages, Clock clock) {
        this.operator = operator;
        this.messages = new MessageText(messages);
        this.clock = clock;
    }

    @PostMapping("/tenants")
    @ResponseStatus(HttpStatus.CREATED)
    TenantJson create(Operator who, @RequestBody NewTenant body) {
        Tenant tenant = operator.register()
                .register(who, body.name(), body.adminEmail(), body.adminPassword(), body.adminPasswordHash());
        return new TenantJson(
                tenant.id().value(), tenant.name(), tenant.createdAt().toString());
    }

    @GetMapping("/tenants")
    ResponseEntity<List<CompanyJson>> list(
            Operator who,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            Locale locale) {
        Paging paging = Paging.of(page, size, null, null);
        Companies.Page companies = operator.list().list(status, q, paging.limit(), paging.offset());
        Instant now = clock.instant();
        return paging.answer(
                companies.rows().stream()
                        .map(company -> CompanyJson.of(company, now, messages, locale))
                        .toList(),
                companies::total);
    }

    @DeleteMapping("/tenants/{id}")
    ResponseEntity<Void> delete(Operator who, @PathVariable long id) {
        operator.delete().delete(who, new TenantId(id));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/tenants/{id}/suspend")
    ResponseEntity<Void> suspend(Operator who, @PathVariable long id, @RequestBody(required = false) Reason body) {
        operator.suspend().suspend(who, new TenantId(id), body == null ? null : body.reason());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/tenants/{id}/resume")
    ResponseEntity<Void> resume(Operator who, @PathVariable long id) {
        operator.resume().resume(who, new TenantId(id));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/tenants/{id}/sync")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, Object> sync(Operator who, @PathVariable long id) {
        operator.sync().sync(who, new TenantId(id));
        return Map.of("id", id);
    }

    @PostMapping("/tenants/{id}/resend-failed")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, Object> resendFailed(Operator who, @PathVariable long id) {
        return Map.of("count", operator.resendFailed().resend(who, new TenantId(id)));
    }

    @GetMapping("/audit")
    ResponseEntity<List<AuditJson>> audit(
            Operator who, @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        Paging paging = Paging.of(page, size, null, null);
        return paging.answer(
                operator.audit().page(paging.limit(), paging.offset()).stream()
                        .map(AuditJson::of)
                        .toList(),
                () -> operator.audit().count());
    }

    record NewTenant(String name, String adminEmail, String adminPassword, String adminPasswordHash) {}

    record TenantJson(long id, String name, String createdAt) {}

    record Reason(String reason) {}

    /** A company in the operator's list (docs/contracts.md §2.1). */
    record CompanyJson(long id, String name, Instant createdAt, IntegrationStateJson integration) {
        static CompanyJson of(CompanyOverview company, Instant now, MessageText messages, Locale locale) {
            Duration age = company.oldestQueuedAge(now);
            return new CompanyJson(
                    company.id(),
                    company.name(),
                    company.createdAt(),
                    new IntegrationStateJson(
                            company.state().name(),
                            company.suspendedByOperator() ? company.suspensionNote() : company.suspension(),
                            company.suspension(),
                            company.lastSyncAt(),
                            company.pullFailingSince(),
                            company.nextSyncAt(),
                            company.queuedPushes(),
                            company.failedPushes(),
                            age == null ? null : age.toString(),
                            age == null ? null : age.toSeconds(),
                            company.lastError() == null ? null : ErrorJson.of(company.lastError(), messages, locale),
                            company.trouble() < 4));
        }
    }

    /**
     * @param status          NOT_ACTIVATED, ACTIVE, SUSPENDED or INACTIVE
     * @param suspendedReason the operator's reason, or the code of an automatic suspension (UNAUTHORIZED, …)
     * @param suspension      OPERATOR, UNAUTHORIZED or KEY_UNREADABLE while suspended
     */
    record IntegrationStateJson(
            String status,
            String suspendedReason,
            String suspension,
            Instant lastSyncAt,
            Instant pullFailingSince,
            Instant nextSyncAt,
            long queuedPushes,
            long failedPushes,
            String oldestQueuedPushAge,
            Long oldestQueuedPushAgeSeconds,
            ErrorJson lastError,
            boolean inTrouble) {}

    record ErrorJson(Instant time, String table, String code, String message) {
        static ErrorJson of(LogEntry entry, MessageText messages, Locale locale) {
            return new ErrorJson(
                    entry.time(),
                    entry.table(),
                    entry.messageCode(),
                    messages.renderLog(locale, entry.messageCode(), entry.parameters()));
        }
    }

    record AuditJson(
            Instant at, String actor, String action, Long tenantId, String tenantName, String reason, String detail) {
        static AuditJson of(AuditEntry entry) {
            return new AuditJson(
                    entry.at(),
                    entry.actor(),
                    entry.action().name(),
                    entry.tenantId(),
                    entry.tenantName(),
                    entry.reason(),
                    entry.detail());
        }
    }
}
