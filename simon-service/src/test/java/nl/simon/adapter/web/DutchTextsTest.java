package nl.simon.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import nl.simon.adapter.MessageText;
import nl.simon.shared.Count;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Issue 15 item 8: Dutch that reads well, and English that stays complete. Numbers, money, dates and times in
 * the page's language and in Dutch time; counts with their plural form; field messages as sentences; none
 * of the misspelt names the first version showed.
 */
class DutchTextsTest {
    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private final Display display = new Display();
    private final ResourceBundleMessageSource messages = messages();

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void numbers_money_and_times_are_written_the_dutch_way_and_the_english_way() {
        LocaleContextHolder.setLocale(DUTCH);
        assertThat(display.count(20_319)).isEqualTo("20.319");
        assertThat(display.count(7)).isEqualTo("7");
        assertThat(display.euro(new BigDecimal("1234.5")).replace('\u00a0', ' '))
                .isEqualTo("€ 1.234,50");
        assertThat(display.euro(new BigDecimal("-355.38")).replace('\u00a0', ' '))
                .isEqualTo("€ -355,38");
        assertThat(display.number(new BigDecimal("20319.25"))).isEqualTo("20.319,25");
        assertThat(display.number(new BigDecimal("1.5000"))).isEqualTo("1,5");

        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(display.count(20_319)).isEqualTo("20,319");
        assertThat(display.euro(new BigDecimal("1234.5"))).isEqualTo("€1,234.50");
        assertThat(display.number(new BigDecimal("1.5000"))).isEqualTo("1.5");

        // Europe/Amsterdam in both languages: winter time is UTC+1, summer time UTC+2, also across midnight
        assertThat(display.dateTime(Instant.parse("2026-01-15T10:05:00Z"))).isEqualTo("15-01-2026 11:05");
        assertThat(display.dateTime(Instant.parse("2026-07-01T10:05:00Z"))).isEqualTo("01-07-2026 12:05");
        assertThat(display.dateTime(Instant.parse("2026-06-30T22:30:00Z"))).isEqualTo("01-07-2026 00:30");
        assertThat(display.dateTime(Instant.parse("2026-10-25T00:30:00Z"))).isEqualTo("25-10-2026 02:30");
        assertThat(display.dateTime(Instant.parse("2026-10-25T01:30:00Z"))).isEqualTo("25-10-2026 02:30");
    }

    @Test
    void counts_have_their_plural_form_in_both_languages() {
        assertThat(text("count.customers", DUTCH, 0)).isEqualTo("geen klanten");
        assertThat(text("count.customers", DUTCH, 1)).isEqualTo("1 klant");
        assertThat(text("count.customers", DUTCH, 2)).isEqualTo("2 klanten");
        assertThat(text("count.customers", DUTCH, 20_319)).isEqualTo("20.319 klanten");
        assertThat(text("count.items", DUTCH, 1)).isEqualTo("1 artikel");
        assertThat(text("count.items", DUTCH, 3)).isEqualTo("3 artikelen");
        assertThat(text("count.work-orders", DUTCH, 1)).isEqualTo("1 werkbon");
        assertThat(text("count.work-orders", DUTCH, 1_000)).isEqualTo("1.000 werkbonnen");
        assertThat(text("count.locations", DUTCH, 2)).isEqualTo("2 werkadressen");
        assertThat(text("count.log-rows", DUTCH, 1)).isEqualTo("1 melding");

        assertThat(text("count.customers", Locale.ENGLISH, 1)).isEqualTo("1 customer");
        assertThat(text("count.customers", Locale.ENGLISH, 20_319)).isEqualTo("20,319 customers");
        assertThat(text("count.items", Locale.ENGLISH, 0)).isEqualTo("no items");
        assertThat(text("count.work-orders", Locale.ENGLISH, 2)).isEqualTo("2 work orders");

        assertThat(text("integration.status.import.running", DUTCH, 2_500, 20_319))
                .isEqualTo("bezig: 2.500 van 20.319 klanten en artikelen ingelezen");
        assertThat(text("integration.status.import.done", DUTCH, 1, "03-12-2026 21:50"))
                .isEqualTo("1 klant of artikel ingelezen, klaar op 03-12-2026 21:50");
        assertThat(text("integration.status.import.done", Locale.ENGLISH, 20_319, "03-12-2026 21:50"))
                .isEqualTo("20,319 customers and items read, finished at 03-12-2026 21:50");
        assertThat(text("notice.integration.cleaned", DUTCH, 1))
                .isEqualTo("Opschoning klaar: 1 klant of artikel verwijderd of verborgen.");
        assertThat(text("notice.integration.cleaned", DUTCH, 2))
                .isEqualTo("Opschoning klaar: 2 klanten en artikelen verwijderd of verborgen.");
    }

    @Test
    void a_count_reaches_its_text_as_a_number_and_other_numbers_stay_as_typed() {
        MessageText text = new MessageText(messages);
        assertThat(text.render(DUTCH, "notice.integration.cleaned", new Count(1)))
                .isEqualTo("Opschoning klaar: 1 klant of artikel verwijderd of verborgen.");
        assertThat(text.render(DUTCH, "notice.integration.cleaned", new Count(20_319)))
                .isEqualTo("Opschoning klaar: 20.319 klanten en artikelen verwijderd of verborgen.");
        assertThat(text.render(Locale.ENGLISH, "count.customers", new Count(2))).isEqualTo("2 customers");
        assertThat(text.render(DUTCH, "workorder.title", 1234)).isEqualTo("Werkbon 1234");
        // the resend-all notice and the operator's counts group thousands in the reader's language
        assertThat(text.render(DUTCH, "notice.workorders.resent-all", new Count(20_319)))
                .isEqualTo("Werkbonnen opnieuw in de wachtrij gezet: 20.319.");
        assertThat(text.render(Locale.ENGLISH, "notice.workorders.resent-all", new Count(20_319)))
                .isEqualTo("Work orders queued again: 20,319.");
        // a state in a message is its label in the reader's language, not the code
        assertThat(text.render(DUTCH, "error.push.not-resendable", nl.simon.workorder.InvoiceSyncState.SENT))
                .isEqualTo("Deze werkbon kan niet opnieuw verstuurd worden (Conceptfactuur gemaakt); alleen mislukte"
                        + " of niet verstuurde werkbonnen.");
        assertThat(text.render(Locale.ENGLISH, "error.push.not-resendable", nl.simon.workorder.InvoiceSyncState.QUEUED))
                .startsWith("This work order cannot be sent again (Queued);");
        LocaleContextHolder.setLocale(DUTCH);
        assertThat(text.render(DUTCH, "operator.queued", display.count(1_250))).isEqualTo("1.250 in de wachtrij");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(text.render(Locale.ENGLISH, "operator.failed", display.count(1_250)))
                .isEqualTo("1,250 failed");
    }

    @Test
    void field_messages_are_sentences_in_both_languages() throws IOException {
        assertThat(text("error.required", DUTCH)).isEqualTo("Dit veld is verplicht.");
        assertThat(text("error.required", Locale.ENGLISH)).isEqualTo("This field is required.");
        for (String file : List.of("messages.properties", "messages_en.properties")) {
            Properties texts = load(file);
            assertThat(texts.stringPropertyNames())
                    .filteredOn(key -> key.startsWith("error."))
                    .filteredOn(key -> !key.equals("error.fs.rejected")) // ends with FactuurSturen's own words
                    .allSatisfy(key -> assertThat(texts.getProperty(key))
                            .as(key + " in " + file)
                            .matches("^[\\p{Lu}{].*[.!?)]$"));
        }
    }

    @Test
    void the_dutch_pages_use_the_correct_spelling_and_no_english_labels() throws IOException {
        Properties dutch = load("messages.properties");
        List<String> wrong = List.of(
                "Artikel Groep",
                "Contact Personen",
                "Klant referentie",
                "Klant Referentie",
                "Werk-omschrijving",
                "Werk omschrijving",
                "Offerte Referentie",
                "Offerte referentie",
                "Concept Factuur",
                "Concept factuur",
                "Producten en Klanten",
                "leeg gemaakt",
                "API sleutel",
                "API key",
                "Invoice",
                "MultiLine",
                "Offerte naam",
                "Werkbon nummer");
        assertThat(dutch.stringPropertyNames())
                .allSatisfy(key -> assertThat(dutch.getProperty(key)).as(key).doesNotContain(wrong));
        assertThat(dutch.getProperty("table.ItemGroup")).isEqualTo("Artikelgroep");
        assertThat(dutch.getProperty("table.ContactPerson")).isEqualTo("Contactpersonen");
        assertThat(dutch.getProperty("integration.settings.invoiceReference"))
                .isEqualTo("Referentie op de conceptfactuur");
        assertThat(dutch.getProperty("integration.settings.invoiceName")).isEqualTo("Naam van de conceptfactuur");
        assertThat(dutch.getProperty("integrations.fs.flow1")).startsWith("Producten en klanten");
        assertThat(dutch.getProperty("integration.connect.api-key")).isEqualTo("API-sleutel");

        Properties english = load("messages_en.properties");
        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(dutch.stringPropertyNames());
        assertThat(english.stringPropertyNames())
                .allSatisfy(key -> assertThat(english.getProperty(key)).as(key).isNotBlank());
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    private static Properties load(String file) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = DutchTextsTest.class.getResourceAsStream("/" + file)) {
            assertThat(in).as(file).isNotNull();
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }
}
