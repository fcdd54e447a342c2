package nl.simon.factuursturen.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The client over real HTTP: every call Simon makes, with FactuurSturen's quirks. Against the emulator by
 * default, against a real account with {@code -Preal-fs} ({@link FsUnderTest}); there each test sees only
 * the records it made (names with its prefix) and removes them afterwards.
 */
class FactuurSturenClientIT {
    static FsUnderTest fs;

    FsTestAccount account;
    FactuurSturenClient client;

    @BeforeAll
    static void start() {
        fs = FsUnderTest.start();
    }

    @AfterAll
    static void stop() {
        fs.close();
    }

    @BeforeEach
    void account() {
        account = fs.account(100_000);
        client = account.client();
    }

    @AfterEach
    void cleanUp() {
        account.close();
    }

    @Test
    void right_credentials_are_accepted_and_wrong_ones_give_unauthorized_without_the_key() {
        client.verifyCredentials();
        FactuurSturenClient wrong = new FactuurSturenClient(
                ClientSettings.of(account.baseUrl(), new Credentials(account.username(), "wrong-secret-key")));

        assertThatThrownBy(wrong::verifyCredentials)
                .isInstanceOf(Unauthorized.class)
                .satisfies(e -> assertThat(((Unauthorized) e).status()).isEqualTo(401))
                .hasMessageNotContaining("wrong-secret-key");
        assertThat(wrong.toString()).doesNotContain("wrong-secret-key");
    }

    @Test
    void clients_are_read_with_their_default_address_and_active_flag() {
        String nr = account.create(
                "clients",
                Map.of(
                        "company",
                        account.name("Bakkerij Jansen"),
                        "contact",
                        "Piet Jansen",
                        "address",
                        "Dorpsstraat 1",
                        "zipcode",
                        "1234 AB",
                        "city",
                        "Utrecht",
                        "email",
                        "piet@example.nl"));
        String inactive = account.create("clients", Map.of("company", account.name("Oud BV"), "active", "false"));

        FsClient read = client.client(nr).orElseThrow();

        assertThat(read.clientnr()).isEqualTo(nr);
        assertThat(read.displayName()).isEqualTo(account.name("Bakkerij Jansen"));
        assertThat(read.address()).isEqualTo("Dorpsstraat 1");
        assertThat(read.zipcode()).isEqualTo("1234 AB");
        assertThat(read.city()).isEqualTo("Utrecht");
        assertThat(read.active()).isTrue();
        assertThat(client.client(inactive).orElseThrow().active()).isFalse();
        assertThat(client.client("987654")).isEmpty();
        assertThat(account.ours(client.clients().map(FsClient::clientnr))).containsExactly(nr, inactive);
    }

    /** Emulator only: it counts the requests, and 2,500 clients would cost a real account 5,000 calls. */
    @Test
    @Tag(FsUnderTest.EMULATOR_ONLY)
    void all_pages_are_read_lazily_one_page_at_a_time() {
        IntStream.rangeClosed(1, 2_500)
                .forEach(i -> account.emulated().create("clients", Map.of("company", "Klant " + i)));
        FactuurSturenClient paged = account.client(settings -> settings.withPageSize(100));
        fs.emulator().clearStats();

        List<String> firstHundredFifty;
        try (Stream<FsClient> clients = paged.clients()) {
            firstHundredFifty = clients.limit(150).map(FsClient::clientnr).toList();
        }
        long pagesForPart = totalClientListRequests();
        long all = paged.clients().map(FsClient::clientnr).distinct().count();

        assertThat(firstHundredFifty).hasSize(150);
        assertThat(pagesForPart).isEqualTo(2);
        assertThat(all).isEqualTo(2_500);
        assertThat(totalClientListRequests() - pagesForPart).isEqualTo(26);
    }

    @Test
    void products_are_read_and_found_by_exact_code() {
        String id = account.create(
                "products",
                Map.of(
                        "code",
                        account.code("0002"),
                        "name",
                        account.name("Werktijd"),
                        "price",
                        "55.00",
                        "taxes",
                        "21"));
        String weekend = account.create(
                "products",
                Map.of(
                        "code",
                        account.code("00021"),
                        "name",
                        account.name("Werktijd weekend"),
                        "price",
                        "80",
                        "taxes",
                        "21"));

        FsProduct werktijd = client.productByCode(account.code("0002")).orElseThrow();

        assertThat(werktijd.id()).isEqualTo(id);
        assertThat(werktijd.name()).isEqualTo(account.name("Werktijd"));
        assertThat(werktijd.price()).isEqualByComparingTo("55");
        assertThat(werktijd.vatPercentage()).isEqualByComparingTo("21");
        assertThat(client.product(id).orElseThrow().code()).isEqualTo(account.code("0002"));
        assertThat(client.productByCode(account.code("0009"))).isEmpty();
        assertThat(account.ours(client.products().map(FsProduct::id))).containsExactly(id, weekend);
    }

    @Test
    void a_draft_invoice_is_created_found_by_its_savename_and_read_back_line_by_line() {
        String nr = account.create("clients", Map.of("company", account.name("Garage Pietersen")));
        long invoicesBefore = account.count("invoices");
        DraftInvoice draft = new DraftInvoice(
                nr,
                account.name("WB 12 PO-77"),
                List.of("Industrieweg 4, Utrecht"),
                List.of(
                        InvoiceLine.text("Distributieriem vervangen"),
                        new InvoiceLine(
                                new BigDecimal("2.00"), "0002 Werktijd", new BigDecimal("55.00"), new BigDecimal("21")),
                        new InvoiceLine(
                                new BigDecimal("0.25"),
                                "0001 Reistijd",
                                new BigDecimal("40.00"),
                                new BigDecimal("21"))));

        String id = client.createDraftInvoice(draft);
        SavedInvoice saved =
                client.findSavedInvoiceByName(account.name("WB 12 PO-77")).orElseThrow();

        assertThat(saved.id()).isEqualTo(id);
        assertThat(saved.clientnr()).isEqualTo(nr);
        assertThat(saved.reference()).containsExactly("Industrieweg 4, Utrecht");
        assertThat(saved.lines())
                .extracting(InvoiceLine::description)
                .containsExactly("Distributieriem vervangen", "0002 Werktijd", "0001 Reistijd");
        assertThat(saved.lines().get(2).amount()).isEqualByComparingTo("0.25");
        assertThat(saved.lines().get(1).price()).isEqualByComparingTo("55");
        assertThat(client.savedInvoice(id).orElseThrow().name()).isEqualTo(account.name("WB 12 PO-77"));
        assertThat(client.findSavedInvoiceByName(account.name("WB 12"))).isEmpty();
        assertThat(account.ours(client.savedInvoices().map(SavedInvoice::name)))
                .containsExactly(account.name("WB 12 PO-77"));
        assertThat(account.count("invoices")).isEqualTo(invoicesBefore);
    }

    @Test
    void a_draft_is_found_by_name_ignoring_case_on_any_page_of_the_search_results() {
        String nr = account.create("clients", Map.of("company", account.name("Garage Pietersen")));
        FactuurSturenClient smallPages = account.client(settings -> settings.withPageSize(7));
        for (int n = 1; n <= 130; n++) {
            client.createDraftInvoice(
                    new DraftInvoice(nr, account.name("KAST 1/" + n), List.of(), List.of(InvoiceLine.text("x"))));
        }
        String id = client.createDraftInvoice(
                new DraftInvoice(nr, account.name("Kast 1"), List.of(), List.of(InvoiceLine.text("x"))));

        assertThat(smallPages.findSavedInvoiceByName(account.name("KAST 1").toUpperCase(Locale.ROOT)))
                .map(SavedInvoice::id)
                .contains(id);
        assertThat(client.findSavedInvoiceByName(" " + account.name("kast 1").toLowerCase(Locale.ROOT) + " "))
                .map(SavedInvoice::name)
                .contains(account.name("Kast 1"));
        assertThat(smallPages.findSavedInvoiceByName(account.name("Kast 1/131")))
                .isEmpty();
    }

    @Test
    void a_second_draft_with_the_same_savename_is_rejected_with_factuursturens_message() {
        String nr = account.create("clients", Map.of("company", account.name("Garage Pietersen")));
        DraftInvoice draft = new DraftInvoice(nr, account.name("WB 1"), List.of(), List.of(InvoiceLine.text("x")));
        long draftsBefore = account.count("invoices_saved");
        client.createDraftInvoice(draft);

        assertThatThrownBy(() -> client.createDraftInvoice(draft))
                .isInstanceOf(Rejected.class)
                .satisfies(e -> assertThat(((Rejected) e).status()).isEqualTo(400))
                .satisfies(e -> assertThat(((Rejected) e).reason()).containsIgnoringCase("savename"));
        assertThat(account.count("invoices_saved")).isEqualTo(draftsBefore + 1);
    }

    @Test
    void a_draft_can_be_deleted() {
        String nr = account.create("clients", Map.of("company", account.name("A")));
        String id = client.createDraftInvoice(
                new DraftInvoice(nr, account.name("WB 2"), List.of(), List.of(InvoiceLine.text("x"))));

        client.deleteSavedInvoice(id);

        assertThat(client.savedInvoice(id)).isEmpty();
        assertThatThrownBy(() -> client.deleteSavedInvoice(id)).isInstanceOf(Rejected.class);
    }

    @Test
    void quotations_are_read_with_their_lines_reference_and_notes() {
        String nr = account.create("clients", Map.of("company", account.name("Camping De Hoeve")));
        String id = account.create(
                "quotations",
                Map.of(
                        "action",
                        "save",
                        "savename",
                        account.name("Offerte sanitair"),
                        "quotationreference",
                        "WB-2026-7",
                        "clientnr",
                        nr,
                        "notes",
                        "Graag in maart",
                        "reference",
                        Map.of("line1", "Sanitairgebouw"),
                        "lines",
                        List.of(
                                Map.of(
                                        "amount",
                                        3,
                                        "description",
                                        "1001 Thermostaatkraan",
                                        "price",
                                        34.5,
                                        "tax_rate",
                                        21),
                                Map.of("description", "Montage inbegrepen"))));

        Quotation quotation = client.quotation(id).orElseThrow();

        assertThat(quotation.clientnr()).isEqualTo(nr);
        assertThat(quotation.savename()).isEqualTo(account.name("Offerte sanitair"));
        assertThat(quotation.quotationReference()).isEqualTo("WB-2026-7");
        assertThat(quotation.notes()).isEqualTo("Graag in maart");
        assertThat(quotation.reference()).containsExactly("Sanitairgebouw");
        assertThat(quotation.lines())
                .extracting(InvoiceLine::description)
                .containsExactly("1001 Thermostaatkraan", "Montage inbegrepen");
        assertThat(quotation.lines().get(0).amount()).isEqualByComparingTo("3");
        assertThat(account.ours(client.quotations().map(Quotation::id))).containsExactly(id);
    }

    /** Emulator only: the quirk is switched on through the emulator (§7.7); whether FS still does it is open. */
    @Test
    @Tag(FsUnderTest.EMULATOR_ONLY)
    void an_unknown_id_answered_with_the_whole_list_is_read_as_not_found() {
        account.create("clients", Map.of("company", account.name("Bestaat wel")));
        fs.emulator().bogusIdReturnsList(true);
        try {
            assertThat(client.client("987654")).isEmpty();
            assertThat(client.savedInvoice("987654")).isEmpty();
        } finally {
            fs.emulator().bogusIdReturnsList(false);
        }
    }

    @Test
    void taxes_list_the_account_rates() {
        assertThat(client.taxes())
                .extracting(tax -> tax.percentage().intValue())
                .contains(21, 9, 0);
    }

    /** Emulator only: it knows the quota; against the real service {@code EmulatorAssumptionsIT} checks the header. */
    @Test
    @Tag(FsUnderTest.EMULATOR_ONLY)
    void the_remaining_hourly_quota_is_exposed_after_each_answer() {
        assertThat(client.rateLimitRemaining()).isEmpty();

        client.verifyCredentials();
        int afterOne = client.rateLimitRemaining().orElseThrow();
        client.verifyCredentials();

        assertThat(afterOne).isEqualTo(account.emulated().hourlyLimit() - 1);
        assertThat(client.rateLimitRemaining()).hasValue(afterOne - 1);
    }

    private long totalClientListRequests() {
        return fs.emulator().stats().requests().entrySet().stream()
                .filter(e -> e.getKey().equals("GET clients"))
                .mapToLong(Map.Entry::getValue)
                .sum();
    }
}
