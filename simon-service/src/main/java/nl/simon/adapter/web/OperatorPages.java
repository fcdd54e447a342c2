package nl.simon.adapter.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.simon.adapter.MessageText;
import nl.simon.integration.operator.AuditEntry;
import nl.simon.integration.operator.Companies;
import nl.simon.integration.operator.CompanyOverview;
import nl.simon.integration.operator.CompanyState;
import nl.simon.integration.operator.Operator;
import nl.simon.integration.operator.OperatorUseCases;
import nl.simon.shared.InvalidInputException;
import nl.simon.shared.NotFoundException;
import nl.simon.shared.TenantId;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The operator's page (issue 16): every company with its integration's state, trouble first, searchable, filtered by
 * state, 50 a page; each action behind a confirmation page (suspend asks the reason the office will see, delete asks
 * to type the company's name); the audit of every action. Behind the operator's login (SecurityConfiguration).
 */
@Controller
class OperatorPages {
    static final Set<String> ACTIONS = Set.of("suspend", "resume", "sync", "resend-failed", "delete");

    private final OperatorUseCases operator;
    private final MessageText text;
    private final Display display;
    private final Clock clock;

    OperatorPages(OperatorUseCases operator, MessageSource messages, Display display, Clock clock) {
        this.operator = operator;
        this.text = new MessageText(messages);
        this.display = display;
        this.clock = clock;
    }

    @GetMapping("/operator/login")
    String login() {
        return "operator-login";
    }

    @GetMapping("/operator")
    String companies(
            Operator who,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            Locale locale,
            Model model) {
        int shown = PageSlice.page(page == null ? 1 : page);
        Companies.Page companies = operator.list().list(status, q, PageSlice.SIZE, PageSlice.offset(shown));
        Instant now = clock.instant();
        List<CompanyRow> rows = companies.rows().stream()
                .map(company -> row(company, now, locale))
                .toList();
        model.addAttribute(
                "slice",
                new PageSlice<>(rows, shown, (long) PageSlice.offset(shown) + rows.size() < companies.total()));
        model.addAttribute("total", companies.total());
        model.addAttribute(
                "status",
                CompanyState.filter(status) == null
                        ? ""
                        : CompanyState.filter(status).name());
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("states", List.of(CompanyState.values()));
        model.addAttribute("operatorName", who.name());
        return "operator";
    }

    @GetMapping("/operator/audit")
    String audit(Operator who, @RequestParam(required = false) Integer page, Model model) {
        int shown = PageSlice.page(page == null ? 1 : page);
        List<AuditEntry> rows = operator.audit().page(PageSlice.SIZE + 1, PageSlice.offset(shown));
        model.addAttribute("slice", PageSlice.of(rows, shown));
        model.addAttribute("total", operator.audit().count());
        model.addAttribute("operatorName", who.name());
        return "operator-audit";
    }

    @GetMapping("/operator/tenants/{id}/{action}")
    String confirm(Operator who, @PathVariable long id, @PathVariable String action, Model model) {
        model.addAttribute("action", known(action, id));
        model.addAttribute("id", id);
        model.addAttribute("name", operator.list().name(new TenantId(id)));
        model.addAttribute("operatorName", who.name());
        return "operator-confirm";
    }

    @PostMapping("/operator/tenants/{id}/{action}")
    String act(
            Operator who,
            @PathVariable long id,
            @PathVariable String action,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) String confirmName,
            Locale locale,
            RedirectAttributes redirect) {
        TenantId tenant = new TenantId(id);
        String name = operator.list().name(tenant);
        String done = switch (known(action, id)) {
            case "suspend" -> {
                operator.suspend().suspend(who, tenant, reason);
                yield text.render(locale, "operator.done.suspend", name);
            }
            case "resume" -> {
                operator.resume().resume(who, tenant);
                yield text.render(locale, "operator.done.resume", name);
            }
            case "sync" -> {
                operator.sync().sync(who, tenant);
                yield text.render(locale, "operator.done.sync", name);
            }
            case "resend-failed" ->
                text.render(
                        locale,
                        "operator.done.resend-failed",
                        name,
                        String.valueOf(operator.resendFailed().resend(who, tenant)));
            default -> {
                if (confirmName == null || !confirmName.strip().equals(name)) {
                    throw new InvalidInputException("confirmName", "operator.delete.name-mismatch");
                }
                operator.delete().delete(who, tenant);
                yield text.render(locale, "operator.done.delete", name);
            }
        };
        redirect.addFlashAttribute("success", done);
        return "redirect:/operator";
    }

    private static String known(String action, long id) {
        if (!ACTIONS.contains(action)) {
            throw new NotFoundException("Company", id + "/" + action);
        }
        return action;
    }

    private CompanyRow row(CompanyOverview company, Instant now, Locale locale) {
        String reason = null;
        if (company.suspension() != null) {
            reason = company.suspendedByOperator()
                    ? company.suspensionNote()
                    : text.render(locale, "operator.suspension." + company.suspension());
        }
        Duration age = company.oldestQueuedAge(now);
        return new CompanyRow(
                company.id(),
                company.name(),
                company.state().name(),
                reason,
                company.lastSyncAt() == null ? null : display.dateTime(company.lastSyncAt()),
                company.pullFailingSince() == null ? null : display.dateTime(company.pullFailingSince()),
                company.nextSyncAt() == null ? null : display.dateTime(company.nextSyncAt()),
                company.queuedPushes(),
                company.failedPushes(),
                age == null ? null : age(age, locale),
                company.lastError() == null
                        ? null
                        : display.dateTime(company.lastError().time()) + " · "
                                + text.renderLog(
                                        locale,
                                        company.lastError().messageCode(),
                                        company.lastError().parameters()),
                company.trouble() < 4,
                company.state() == CompanyState.SUSPENDED,
                company.state() == CompanyState.ACTIVE);
    }

    /** 3 min, 5 uur, 2 dagen: the largest unit that is at least one. */
    private String age(Duration age, Locale locale) {
        if (age.toDays() > 0) {
            return text.render(locale, "operator.age.days", String.valueOf(age.toDays()));
        }
        if (age.toHours() > 0) {
            return text.render(locale, "operator.age.hours", String.valueOf(age.toHours()));
        }
        return text.render(locale, "operator.age.minutes", String.valueOf(age.toMinutes()));
    }

    /** A company as the page shows it: texts in the reader's language, times in Dutch time. */
    record CompanyRow(
            long id,
            String name,
            String state,
            String reason,
            String lastSync,
            String pullFailingSince,
            String nextSync,
            long queued,
            long failed,
            String oldestQueued,
            String lastError,
            boolean trouble,
            boolean suspended,
            boolean active) {}
}
