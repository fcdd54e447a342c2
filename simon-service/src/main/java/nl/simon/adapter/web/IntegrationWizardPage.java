package nl.simon.adapter.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.simon.integration.fs.FsAddressPolicy;
import nl.simon.integration.fs.FsConnection;
import nl.simon.integration.lifecycle.IntegrationOverview;
import nl.simon.integration.lifecycle.IntegrationUseCases;
import nl.simon.integration.lifecycle.SimonTable;
import nl.simon.integration.lifecycle.WizardStep;
import nl.simon.integration.settings.SettingsVersion;
import nl.simon.tenant.Caller;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The activation wizard (docs/product.md §4, §5): the steps panel and one step at a time, wipe, connect ("Koppel!"),
 * settings with a "Controleer" per product code, and the terms with the activate button. Each form
 * goes on to the next step; with the integration active, connect and settings go back to the status page.
 */
@Controller
@RequestMapping("/integration")
class IntegrationWizardPage {
    private final IntegrationUseCases integration;
    private final FsAddressPolicy addresses;
    private final Notices notices;
    private final Display display;

    IntegrationWizardPage(
            IntegrationUseCases integration, FsAddressPolicy addresses, Notices notices, Display display) {
        this.integration = integration;
        this.addresses = addresses;
        this.notices = notices;
        this.display = display;
    }

    @GetMapping("/wizard")
    String wizard(Caller caller, @RequestParam(required = false) String step, Model model) {
        IntegrationOverview overview = integration.show().show(caller.tenant());
        WizardStep shown = stepToShow(overview, step);
        model.addAttribute("overview", overview);
        model.addAttribute("step", shown);
        model.addAttribute("canChange", caller.isAdmin());
        model.addAttribute("settingsVersion", overview.settingsVersion().orElse(null));
        switch (shown) {
            case WIPE -> {
                var tables = integration.previewWipe().preview(caller.tenant());
                model.addAttribute("wipeTables", tables)
                        .addAttribute(
                                "wipeLoss",
                                tables.stream()
                                        .filter(table -> table.count() > 0)
                                        .toList())
                        .addAttribute("uninvoiced", integration.previewWipe().uninvoiced(caller.tenant()));
            }
            case CONNECT ->
                model.addAttribute("askAddress", addresses.othersAllowed())
                        .addAttribute("defaultAddress", addresses.defaultUrl().toString());
            case SETTINGS ->
                model.addAttribute("settings", settingsForm(model, overview))
                        .addAttribute("choices", SettingsForm.CHOICES);
            case TERMS -> {
                // the terms need nothing more than the overview
            }
        }
        return "integration-wizard";
    }

    /** A form address opened directly (or a form sent back without a Referer) shows its wizard step. */
    @GetMapping("/{form:wipe|connect|settings|activate}")
    String formStep(@PathVariable String form) {
        return "redirect:/integration/wizard?step=" + ("activate".equals(form) ? "terms" : form);
    }

    @PostMapping("/wipe")
    String wipe(
            Caller caller,
            @RequestParam(required = false) List<String> tables,
            @RequestParam(defaultValue = "false") boolean confirm,
            RedirectAttributes redirect) {
        // The use case checks every name before it wipes anything and answers the tables it wiped, so the
        // notice shows exactly those (a space-padded name wiped and then answered 500 before).
        Set<SimonTable> wiped = integration.wipe().wipe(caller.tenant(), tables == null ? List.of() : tables, confirm);
        if (wiped.isEmpty()) {
            notices.success(redirect, "notice.integration.wiped-nothing");
        } else {
            notices.success(
                    redirect,
                    "notice.integration.wiped",
                    java.util.Arrays.stream(SimonTable.values())
                            .filter(wiped::contains)
                            .toList());
        }
        return next(caller, WizardStep.CONNECT);
    }

    @PostMapping("/connect")
    String connect(
            Caller caller,
            @RequestParam(required = false) String username,
            @RequestParam(required = false) String apiKey,
            @RequestParam(required = false) String baseUrl,
            RedirectAttributes redirect) {
        FsConnection connection = integration.connect().connect(caller.tenant(), username, apiKey, baseUrl);
        notices.success(redirect, "notice.integration.connected", connection.username());
        return next(caller, WizardStep.SETTINGS);
    }

    /** "Controleer": looks up the code typed in one product field and shows the form again as typed. */
    @PostMapping(path = "/settings", params = "check")
    String checkProduct(
            Caller caller,
            @RequestParam String check,
            @RequestParam Map<String, String> sent,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        if (SettingsForm.PRODUCT_CODES.contains(check)) {
            String code = SettingsForm.of(sent).value(check).strip();
            redirect.addFlashAttribute(
                    "productCheck",
                    code.isEmpty()
                            ? ProductCheck.lineOff(check)
                            : ProductCheck.of(
                                    check, code, integration.checkProduct().check(caller.tenant(), code)));
        }
        redirect.addFlashAttribute("submitted", FormState.of("settings", request.getParameterMap(), null, null));
        return "redirect:/integration/wizard?step=settings";
    }

    @PostMapping("/settings")
    String saveSettings(Caller caller, @RequestParam Map<String, String> sent, RedirectAttributes redirect) {
        SettingsVersion saved = integration
                .saveSettings()
                .save(caller.tenant(), SettingsForm.of(sent).toSettings(), caller.email());
        notices.success(
                redirect, "notice.integration.settings-saved", saved.version(), display.dateTime(saved.validFrom()));
        return next(caller, WizardStep.TERMS);
    }

    @PostMapping("/activate")
    String activate(
            Caller caller, @RequestParam(defaultValue = "false") boolean acceptTerms, RedirectAttributes redirect) {
        integration.activate().activate(caller.tenant(), acceptTerms);
        notices.success(redirect, "notice.integration.activated");
        return "redirect:/integration/status";
    }

    /** The step asked for, else the first one still to do (the terms once everything else is done). */
    private static WizardStep stepToShow(IntegrationOverview overview, String asked) {
        for (WizardStep step : WizardStep.values()) {
            if (step.name().equalsIgnoreCase(asked)) {
                return step;
            }
        }
        return overview.steps().entrySet().stream()
                .filter(step -> !step.getValue())
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(WizardStep.TERMS);
    }

    /** The settings in force, or what the user typed when the form came back (an error or a check). */
    private static SettingsForm settingsForm(Model model, IntegrationOverview overview) {
        return model.getAttribute("submitted") instanceof FormState sent && sent.sent("settings")
                ? SettingsForm.of(sent.values())
                : SettingsForm.of(overview.settings());
    }

    /** On to the wizard's next step; with the integration active a change goes back to the status page. */
    private String next(Caller caller, WizardStep step) {
        return integration.show().show(caller.tenant()).integration().isActive()
                ? "redirect:/integration/status"
                : "redirect:/integration/wizard?step=" + step.name().toLowerCase(Locale.ROOT);
    }
}
