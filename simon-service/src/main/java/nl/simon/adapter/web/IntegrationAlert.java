package nl.simon.adapter.web;

import java.util.Locale;
import nl.simon.tenant.Caller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page of a logged-in office user the integration's real state ({@code integrationState}):
 * the layout shows a red banner with the action to take while the integration is suspended or its pulls
 * are overdue. Only the pages behind the login (the login page has no caller).
 */
@ControllerAdvice(
        assignableTypes = {
            WorkOrderListPage.class,
            WorkOrderPage.class,
            CustomerPages.class,
            ItemPage.class,
            IntegrationPages.class,
            IntegrationWizardPage.class,
            IntegrationLogPage.class
        })
class IntegrationAlert {
    private final IntegrationStates states;

    IntegrationAlert(IntegrationStates states) {
        this.states = states;
    }

    @ModelAttribute("integrationState")
    IntegrationState integrationState(Caller caller, Locale locale) {
        return states.of(caller, locale);
    }
}
