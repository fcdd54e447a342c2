package nl.simon.adapter.web;

import nl.simon.integration.cleanup.CleanUp;
import nl.simon.integration.lifecycle.IntegrationOverview;
import nl.simon.integration.lifecycle.IntegrationUseCases;
import nl.simon.shared.Count;
import nl.simon.tenant.Caller;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Integraties" with the FactuurSturen card (docs/product.md §4.1), the status page (docs/product.md §6.1) with "Nu
 * synchroniseren" and "Opschonen", and "De-activeren" with its confirmation question (docs/product.md §9.1). Every
 * office user sees these pages; only an ADMIN sees (and may use) the buttons that change the integration.
 */
@Controller
class IntegrationPages {
    private final IntegrationUseCases integration;
    private final CleanUp cleanUp;
    private final Notices notices;

    IntegrationPages(IntegrationUseCases integration, CleanUp cleanUp, Notices notices) {
        this.integration = integration;
        this.cleanUp = cleanUp;
        this.notices = notices;
    }

    @GetMapping("/integrations")
    String integrations(Caller caller, Model model) {
        model.addAttribute(
                "integration", integration.show().show(caller.tenant()).integration());
        model.addAttribute("canChange", caller.isAdmin());
        return "integrations";
    }

    @GetMapping("/integration/status")
    String status(Caller caller, Model model) {
        IntegrationOverview overview = integration.show().show(caller.tenant());
        model.addAttribute("overview", overview);
        model.addAttribute("integration", overview.integration());
        model.addAttribute("settingsVersion", overview.settingsVersion().orElse(null));
        model.addAttribute("lastSync", overview.lastSync().orElse(null));
        model.addAttribute("canChange", caller.isAdmin());
        return "integration-status";
    }

    /** The status card alone, for the page to refresh it by itself (the import's progress, the last pull, errors). */
    @GetMapping("/integration/status/live")
    String liveStatus(Caller caller, Model model) {
        status(caller, model);
        return "integration-status :: status";
    }

    @PostMapping("/integration/sync")
    String syncNow(Caller caller, RedirectAttributes redirect) {
        integration.syncNow().syncNow(caller.tenant());
        notices.success(redirect, "notice.integration.sync-started");
        return "redirect:/integration/status";
    }

    /** "Opschonen" (issue 5): the cleanup at once instead of at its next turn, with how many records it touched. */
    @PostMapping("/integration/cleanup")
    String cleanUp(Caller caller, RedirectAttributes redirect) {
        int cleaned = cleanUp.cleanUpNow(caller.tenant());
        notices.success(redirect, "notice.integration.cleaned", new Count(cleaned));
        return "redirect:/integration/status";
    }

    /** The question before switching off; the button only for an admin and an active integration. */
    @GetMapping("/integration/deactivate")
    String confirmDeactivation(Caller caller, Model model) {
        model.addAttribute(
                "integration", integration.show().show(caller.tenant()).integration());
        model.addAttribute("canChange", caller.isAdmin());
        return "integration-deactivate";
    }

    @PostMapping("/integration/deactivate")
    String deactivate(Caller caller, RedirectAttributes redirect) {
        integration.deactivate().deactivate(caller.tenant());
        notices.success(redirect, "notice.integration.deactivated");
        return "redirect:/integration/status";
    }
}
