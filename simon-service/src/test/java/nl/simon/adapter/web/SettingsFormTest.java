package nl.simon.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import nl.simon.integration.settings.CustomerReferenceSource;
import nl.simon.integration.settings.IntegrationSettings;
import nl.simon.integration.settings.InvoiceName;
import nl.simon.integration.settings.InvoiceReference;
import nl.simon.integration.settings.WorkDescriptionSource;
import nl.simon.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class SettingsFormTest {
    private static final IntegrationSettings SETTINGS = new IntegrationSettings(
            true,
            "WB",
            false,
            WorkDescriptionSource.NOTES,
            CustomerReferenceSource.BOTH,
            "0001",
            "0002",
            "0003",
            "garantie",
            true,
            InvoiceReference.DESCRIPTION,
            InvoiceName.CUSTOMER_REFERENCE,
            true);

    @Test
    void the_settings_come_back_unchanged_through_the_form() {
        SettingsForm shown = SettingsForm.of(SETTINGS);
        assertThat(shown.value("quotationsToWorkOrders")).isEqualTo("true");
        assertThat(shown.is("invoiceName", InvoiceName.CUSTOMER_REFERENCE)).isTrue();
        assertThat(SettingsForm.of(shown.values()).toSettings()).isEqualTo(SETTINGS);
    }

    @Test
    void an_empty_code_switches_the_line_off_and_other_parameters_are_left_out() {
        Map<String, String> sent = new HashMap<>(SettingsForm.of(SETTINGS).values());
        sent.put("standardProductCode", " ");
        sent.put("_csrf", "token");
        sent.put("check", "standardProductCode");
        SettingsForm form = SettingsForm.of(sent);
        assertThat(form.values()).doesNotContainKeys("_csrf", "check");
        assertThat(form.toSettings().standardProductCode()).isNull();
    }

    @Test
    void a_value_that_is_no_choice_names_its_field() {
        Map<String, String> sent = new HashMap<>(SettingsForm.of(SETTINGS).values());
        sent.put("invoiceReference", "EVERYTHING");
        assertThatThrownBy(() -> SettingsForm.of(sent).toSettings())
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("invoiceReference"));
        sent.put("invoiceReference", "NOTHING");
        sent.put("descriptionAsFirstLine", "misschien");
        assertThatThrownBy(() -> SettingsForm.of(sent).toSettings())
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("descriptionAsFirstLine"));
    }

    @Test
    void no_choice_is_left_to_the_use_case_which_asks_for_it() {
        Map<String, String> sent = new HashMap<>(SettingsForm.of(SETTINGS).values());
        sent.remove("workDescriptionSource");
        assertThat(SettingsForm.of(sent).toSettings().workDescriptionSource()).isNull();
    }
}
