package nl.simon.adapter.web;

import java.time.Duration;
import java.util.Locale;
import nl.simon.adapter.MessageText;
import nl.simon.integration.lifecycle.Integration;
import nl.simon.integration.lifecycle.Integrations;
import nl.simon.integration.operator.Companies;
import nl.simon.integration.pull.PullTiming;
import nl.simon.integration.pull.ShowPullTiming;
import nl.simon.tenant.Caller;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Makes the {@link IntegrationState} every page shows: the status page, the Integraties card, the banner
 * on every page and the work order's invoice panel all read it from here, so they never disagree.
 */
@Component
class IntegrationStates {
    static final String SUSPENDED = "SUSPENDED";

    private final Integrations integrations;
    private final Companies companies;
    private final ShowPullTiming pullTiming;
    private final MessageSource messages;
    private final MessageText text;
    private final Display display;

    IntegrationStates(
            Integrations integrations,
            Companies companies,
            ShowPullTiming pullTiming,
            MessageSource messages,
            Display display) {
        this.integrations = integrations;
        this.companies = companies;
        this.display = display;
        this.pullTiming = pullTiming;
        this.messages = messages;
        this.text = new MessageText(messages);
    }

    IntegrationState of(Caller caller, Locale locale) {
        return of(integrations.get(caller.tenant()), caller.isAdmin(), locale);
    }

    IntegrationState of(Integration integration, boolean admin, Locale locale) {
        PullTiming pulls = pullTiming.of(integration);
        String interval = duration(pulls.interval(), locale);
        String badge = integration.isActive() && integration.suspendedReason() != null
                ? SUSPENDED
                : integration.status().name();
        String badgeText = text.render(locale, "integration.status." + badge);
        if (integration.suspendedByOperator()) {
            String note = companies.suspensionNote(integration.tenant()).orElse("");
            return new IntegrationState(
                    SUSPENDED,
                    text.render(locale, "integration.status." + SUSPENDED),
                    text.render(locale, "integration.state.suspended.OPERATOR", note),
                    text.render(locale, "integration.state.ask-operator"),
                    null,
                    null,
                    interval,
                    null,
                    false,
                    text.render(locale, "workorder.invoice.queued.suspended"));
        }
        if (SUSPENDED.equals(badge)) {
            String reason = integration.suspendedReason();
            String problem = messages.getMessage(
                    "integration.state.suspended." + reason,
                    null,
                    text.render(locale, "integration.state.suspended", reason),
                    locale);
            return new IntegrationState(
                    badge,
                    badgeText,
                    problem,
                    text.render(
                            locale, admin ? "integration.state.reconnect" : "integration.state.reconnect.ask-admin"),
                    admin ? "/integration/wizard?step=connect" : "/integration/status",
                    text.render(locale, admin ? "integration.status.reconnect" : "integrations.fs.status"),
                    interval,
                    null,
                    false,
                    text.render(locale, "workorder.invoice.queued.suspended"));
        }
        if (!integration.runsJobs()) {
            return new IntegrationState(
                    badge,
                    badgeText,
                    null,
                    null,
                    null,
                    null,
                    interval,
                    null,
                    false,
                    text.render(locale, "workorder.invoice.queued.inactive"));
        }
        String queued = text.render(locale, "workorder.invoice.queued.hint");
        if (pulls.overdue()) {
            String problem = pulls.nextPull()
                    .map(due -> text.render(locale, "integration.state.overdue", display.dateTime(due)))
                    .orElseGet(() -> text.render(locale, "integration.state.no-pull"));
            return new IntegrationState(
                    badge,
                    badgeText,
                    problem,
                    text.render(
                            locale, admin ? "integration.state.overdue.action" : "integration.state.overdue.ask-admin"),
                    "/integration/status",
                    text.render(locale, "integrations.fs.status"),
                    interval,
                    pulls.nextPull().orElse(null),
                    true,
                    queued);
        }
        return new IntegrationState(
                badge,
                badgeText,
                null,
                null,
                null,
                null,
                interval,
                pulls.nextPull().orElse(null),
                false,
                queued);
    }

    /** 5 minutes as "5 minuten", 90 seconds as "90 seconden", 48 hours as "2 dagen": the largest whole unit. */
    String duration(Duration duration, Locale locale) {
        long seconds = duration.toSeconds();
        if (seconds > 0 && seconds % 86_400 == 0) {
            return count(locale, "duration.days", seconds / 86_400);
        }
        if (seconds > 0 && seconds % 3_600 == 0) {
            return count(locale, "duration.hours", seconds / 3_600);
        }
        if (seconds > 0 && seconds % 60 == 0) {
            return count(locale, "duration.minutes", seconds / 60);
        }
        return count(locale, "duration.seconds", seconds);
    }

    /** Choice formats ("1 minuut", "5 minuten") need the number itself, which MessageText would turn into text. */
    private String count(Locale locale, String code, long number) {
        return messages.getMessage(code, new Object[] {number}, code, locale);
    }
}
