package nl.simon.factuursturen.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18 item 3: {@code GET balance} (docs/factuursturen-api.md §4.15, shape undocumented: emulator decision {@code {"balance":"0.00"}})
 * and the invoice number prefix as an account setting ({@code POST /_emulator/settings}; default "F").
 */
class AccountSettingsIT extends AgainstEmulator {

    private static final String SEND = "{\"clientnr\":1,\"action\":\"send\",\"sendmethod\":\"email\",\"lines\":"
            + "[{\"amount\":1,\"description\":\"Werk\",\"price\":\"50\",\"tax_rate\":21}]}";

    private RawHttp control;

    @BeforeEach
    void oneClient() {
        control = new RawHttp(emulator.controlUrl());
        http.postJson("clients", "{\"company\":\"Bakkerij\"}");
    }

    @Test
    void balance_answers_the_account_balance_as_a_string_default_0_00() {
        HttpResponse<String> response = http.get("balance");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        assertThat(response.body()).isEqualTo("{\"balance\":\"0.00\"}");

        assertThat(control.postJson("settings", "{\"username\":\"acme\",\"balance\":\"12.5\"}")
                        .statusCode())
                .isEqualTo(200);
        assertThat(http.get("balance/").body()).isEqualTo("{\"balance\":\"12.50\"}");
        assertThat(http.postJson("balance", "{}").statusCode()).isEqualTo(405);
        assertThat(http.get("balance/1").statusCode()).isEqualTo(404);
    }

    @Test
    void invoice_prefix_defaults_to_F_and_can_be_empty_or_another_through_the_control_api() {
        assertThat(control.postJson("settings", "{\"username\":\"acme\"}").body())
                .isEqualTo("{\"username\":\"acme\",\"invoicePrefix\":\"F\",\"balance\":\"0.00\"}");
        assertThat(http.postJson("invoices", SEND).body()).isEqualTo("F20250001");

        HttpResponse<String> none = control.postJson("settings", "{\"username\":\"acme\",\"invoicePrefix\":\"\"}");
        assertThat(none.statusCode()).isEqualTo(200);
        assertThat(none.body()).contains("\"invoicePrefix\":\"\"");
        assertThat(http.postJson("invoices", SEND).body()).isEqualTo("20250002");
        assertThat(http.get("invoices/20250002").body()).contains("\"invoicenr_full\":\"20250002\"");

        account.changeInvoicePrefix("INV");
        assertThat(account.invoicePrefix()).isEqualTo("INV");
        assertThat(http.postJson("invoices", SEND).body()).isEqualTo("INV20250003");
        assertThat(http.get("invoices/INV20250003").statusCode()).isEqualTo(200);
        assertThat(http.get("invoices/F20250001").statusCode())
                .as("earlier numbers keep theirs")
                .isEqualTo(200);
    }

    @Test
    void bad_settings_are_400_and_change_nothing() {
        assertThat(control.postJson("settings", "{\"username\":\"acme\",\"invoicePrefix\":\"A/B\"}")
                        .statusCode())
                .isEqualTo(400);
        assertThat(control.postJson("settings", "{\"username\":\"acme\",\"invoicePrefix\":\"ABCDEFGHIJK\"}")
                        .statusCode())
                .isEqualTo(400);
        assertThat(control.postJson("settings", "{\"username\":\"acme\",\"balance\":\"veel\"}")
                        .statusCode())
                .isEqualTo(400);
        assertThat(control.postJson("settings", "{\"username\":\"niemand\"}").statusCode())
                .isEqualTo(400);
        assertThatThrownBy(() -> account.changeInvoicePrefix(null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(account.invoicePrefix()).isEqualTo("F");
        assertThat(account.balance()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void settings_are_kept_with_the_account(@TempDir Path folder) {
        try (FactuurSturenEmulator first = FactuurSturenEmulator.start(0)) {
            first.keepAccountsIn(folder);
            EmulatedAccount bouw = first.createAccount("bouw", "bouw-key");
            bouw.changeInvoicePrefix("");
            bouw.changeBalance(new BigDecimal("7.25"));
        }
        try (FactuurSturenEmulator second = FactuurSturenEmulator.start(0)) {
            second.keepAccountsIn(folder);
            RawHttp bouw = new RawHttp(second.baseUrl()).as("bouw", "bouw-key");
            assertThat(bouw.get("balance").body()).isEqualTo("{\"balance\":\"7.25\"}");
            bouw.postJson("clients", "{}");
            assertThat(bouw.postJson("invoices", SEND).body()).matches("\\d{8}");
            second.reset();
        }
    }
}
