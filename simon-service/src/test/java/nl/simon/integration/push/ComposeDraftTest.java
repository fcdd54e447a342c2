package nl.simon.integration.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import nl.simon.customer.Address;
import nl.simon.customer.Customer;
import nl.simon.customer.CustomerId;
import nl.simon.customer.Location;
import nl.simon.customer.LocationId;
import nl.simon.integration.fs.Draft;
import nl.simon.integration.fs.DraftLine;
import nl.simon.integration.settings.CustomerReferenceSource;
import nl.simon.integration.settings.IntegrationSettings;
import nl.simon.integration.settings.InvoiceName;
import nl.simon.integration.settings.InvoiceReference;
import nl.simon.integration.settings.WorkDescriptionSource;
import nl.simon.item.ItemId;
import nl.simon.shared.Origin;
import nl.simon.workorder.InvoiceSync;
import nl.simon.workorder.TimeSheet;
import nl.simon.workorder.UsedItem;
import nl.simon.workorder.WorkOrder;
import nl.simon.workorder.WorkOrderDetails;
import nl.simon.workorder.WorkOrderId;
import nl.simon.workorder.WorkOrderStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ComposeDraftTest {
    static final Map<String, PricedProduct> FS = Map.of(
            "0001", new PricedProduct("0001", "Reistijd", new BigDecimal("45.00"), new BigDecimal("21")),
            "0002", new PricedProduct("0002", "Werktijd", new BigDecimal("62.50"), new BigDecimal("21")),
            "0003", new PricedProduct("0003", "Voorrijkosten", new BigDecimal("35.00"), new BigDecimal("21")));
    static final Function<String, Optional<PricedProduct>> PRODUCTS = code -> Optional.ofNullable(FS.get(code));
    static final Customer CUSTOMER = new Customer(
            new CustomerId(1),
            "Bakkerij Jansen",
            new Address("Dorpsstraat 1", "1234 AB", "Utrecht"),
            "42",
            Origin.FACTUURSTUREN,
            true,
            Instant.EPOCH);
    static final Location WORK_ADDRESS = new Location(
            new LocationId(5),
            new CustomerId(1),
            "Winkel",
            new Address("Markt 2", "1234 AC", "Utrecht"),
            Instant.EPOCH,
            false);

    @ParameterizedTest
    @CsvSource({"15, 0.25", "120, 2.00", "20, 0.33", "90, 1.50", "1, 0.02"})
    void minutes_become_hours_with_two_decimals(int minutes, String hours) {
        assertThat(ComposeDraft.hours(minutes)).isEqualByComparingTo(hours);
    }

    @Test
    void work_travel_used_items_and_the_standard_product_become_lines_in_that_order() {
        Draft draft = ready(details("Kraan vervangen", "PO-77", 120, 15), settings(s -> s));

        assertThat(draft.clientnr()).isEqualTo("42");
        assertThat(draft.lines())
                .containsExactly(
                        new DraftLine(
                                new BigDecimal("2.00"), "0002 Werktijd", new BigDecimal("62.50"), new BigDecimal("21")),
                        new DraftLine(
                                new BigDecimal("0.25"), "0001 Reistijd", new BigDecimal("45.00"), new BigDecimal("21")),
                        new DraftLine(
                                new BigDecimal("2"),
                                "1001 Thermostaatkraan",
                                new BigDecimal("34.50"),
                                new BigDecimal("21")),
                        new DraftLine(
                                BigDecimal.ONE, "0003 Voorrijkosten", new BigDecimal("35.00"), new BigDecimal("21")));
    }

    @Test
    void a_null_product_code_or_no_minutes_leaves_that_line_out() {
        Draft noTravel = ready(details("x", null, 60, 30), settings(s -> withCodes(s, null, "0002", null)));
        Draft noMinutes = ready(details("x", null, 0, 0), settings(s -> s));

        assertThat(noTravel.lines())
                .extracting(DraftLine::description)
                .containsExactly("0002 Werktijd", "1001 Thermostaatkraan");
        assertThat(noMinutes.lines())
                .extracting(DraftLine::description)
                .containsExactly("1001 Thermostaatkraan", "0003 Voorrijkosten");
    }

    @Test
    void the_description_can_be_the_first_text_line() {
        Draft draft = ready(
                details("Lekkage keuken\nonder het aanrecht", null, 60, 0),
                settings(s -> new IntegrationSettings(
                        s.quotationsToWorkOrders(),
                        null,
                        true,
                        s.workDescriptionSource(),
                        s.customerReferenceSource(),
                        "0001",
                        "0002",
                        null,
                        null,
                        true,
                        s.invoiceReference(),
                        s.invoiceName(),
                        s.mailAdmins())));

        assertThat(draft.lines().get(0)).isEqualTo(DraftLine.text("Lekkage keuken\nonder het aanrecht"));
        assertThat(draft.lines().get(1).description()).isEqualTo("0002 Werktijd");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "WORK_ADDRESS | Markt 2, 1234 AC Utrecht",
                "WORK_ADDRESS_AND_DESCRIPTION | Markt 2, 1234 AC Utrecht;Lekkage keuken",
                "DESCRIPTION | Lekkage keuken",
                "NOTHING | "
            })
    void reference_lines_follow_the_setting(InvoiceReference choice, String expected) {
        Draft draft =
                ready(details("Lekkage keuken\ntweede regel", null, 0, 0), settings(s -> withReference(s, choice)));

        assertThat(draft.reference()).isEqualTo(expected == null ? List.of() : List.of(expected.split(";")));
    }

    @Test
    void without_a_work_address_the_customers_address_is_the_reference() {
        Composition composition =
                ComposeDraft.compose(details("x", null, 0, 0), CUSTOMER, null, settings(s -> s), PRODUCTS);

        assertThat(((Composition.Ready) composition).draft().reference())
                .containsExactly("Dorpsstraat 1, 1234 AB Utrecht");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "WORK_ORDER_NUMBER | PO-77 | WB 12",
                "CUSTOMER_REFERENCE | PO-77 | PO-77",
                "CUSTOMER_REFERENCE | | WB 12",
                "WORK_ORDER_NUMBER_AND_CUSTOMER_REFERENCE | PO-77 | WB 12 PO-77",
                "WORK_ORDER_NUMBER_AND_CUSTOMER_REFERENCE | Een hele lange klantreferentie | WB 12 Een hele lange",
                "CUSTOMER_REFERENCE | Een hele lange klantreferentie | Een hele lange klant"
            })
    void the_draft_name_follows_the_setting_in_at_most_20_characters(
            InvoiceName choice, String reference, String name) {
        Draft draft = ready(details("x", reference, 0, 0), settings(s -> withName(s, choice)));

        assertThat(draft.savename()).isEqualTo(name).hasSizeLessThanOrEqualTo(20);
    }

    @Test
    void the_exclusion_word_anywhere_in_the_description_skips_the_work_order() {
        IntegrationSettings excluding = settings(s -> new IntegrationSettings(
                false,
                null,
                true,
                s.workDescriptionSource(),
                s.customerReferenceSource(),
                "0001",
                "0002",
                null,
                "garantie",
                false,
                s.invoiceReference(),
                s.invoiceName(),
                true));

        assertThat(ComposeDraft.compose(
                        details("Reparatie onder GARANTIE", null, 60, 0), CUSTOMER, WORK_ADDRESS, excluding, PRODUCTS))
                .isEqualTo(new Composition.Excluded("garantie"));
        assertThat(ComposeDraft.compose(details("Reparatie", null, 60, 0), CUSTOMER, WORK_ADDRESS, excluding, PRODUCTS))
                .isInstanceOf(Composition.Ready.class);
    }

    @Test
    void no_customer_or_a_customer_without_fs_number_gives_no_draft() {
        Customer simonMade =
                new Customer(new CustomerId(2), "Handmatig", Address.NONE, null, Origin.SIMON, true, Instant.EPOCH);

        assertThat(ComposeDraft.compose(details("x", null, 60, 0), null, null, settings(s -> s), PRODUCTS))
                .isEqualTo(new Composition.NoCustomer());
        assertThat(ComposeDraft.compose(details("x", null, 60, 0), simonMade, null, settings(s -> s), PRODUCTS))
                .isEqualTo(new Composition.NoFsClient("Handmatig"));
    }

    @Test
    void an_unknown_product_code_names_its_setting() {
        assertThat(ComposeDraft.compose(
                        details("x", null, 60, 0),
                        CUSTOMER,
                        WORK_ADDRESS,
                        settings(s -> withCodes(s, "0001", "0099", null)),
                        PRODUCTS))
                .isEqualTo(new Composition.UnknownProduct("workTimeProductCode", "0099"));
    }

    @Test
    void a_product_on_two_lines_is_reported_whatever_the_cause_and_the_draft_stays_as_composed() {
        WorkOrderDetails details = withUsed(
                details("x", null, 60, 15),
                new UsedItem(
                        2,
                        new ItemId(3),
                        "0002",
                        "Werktijd",
                        new BigDecimal("62.50"),
                        new BigDecimal("21"),
                        BigDecimal.ONE),
                new UsedItem(
                        3,
                        new ItemId(4),
                        "0003",
                        "Voorrijkosten",
                        new BigDecimal("35.00"),
                        new BigDecimal("21"),
                        BigDecimal.ONE),
                new UsedItem(
                        4,
                        new ItemId(9),
                        "1001",
                        "Thermostaatkraan",
                        new BigDecimal("34.50"),
                        new BigDecimal("21"),
                        BigDecimal.ONE));

        assertThat(RepeatedProduct.in(details, settings(s -> s), PRODUCTS))
                .containsExactly(
                        new RepeatedProduct("0002 Werktijd", 2),
                        new RepeatedProduct("1001 Thermostaatkraan", 2),
                        new RepeatedProduct("0003 Voorrijkosten", 2));
        assertThat(ready(details, settings(s -> s)).lines())
                .extracting(DraftLine::description)
                .containsExactly(
                        "0002 Werktijd",
                        "0001 Reistijd",
                        "1001 Thermostaatkraan",
                        "0002 Werktijd",
                        "0003 Voorrijkosten",
                        "1001 Thermostaatkraan",
                        "0003 Voorrijkosten");
    }

    @Test
    void a_product_switched_off_or_without_minutes_is_not_a_second_line() {
        WorkOrderDetails details = withUsed(
                details("x", null, 0, 30),
                new UsedItem(
                        2,
                        new ItemId(3),
                        "0002",
                        "Werktijd",
                        new BigDecimal("62.50"),
                        new BigDecimal("21"),
                        BigDecimal.ONE),
                new UsedItem(
                        3,
                        new ItemId(4),
                        "0003",
                        "Voorrijkosten",
                        new BigDecimal("35.00"),
                        new BigDecimal("21"),
                        BigDecimal.ONE));

        assertThat(RepeatedProduct.in(details, settings(s -> withCodes(s, "0001", "0002", null)), PRODUCTS))
                .isEmpty();
        assertThat(RepeatedProduct.in(details("x", null, 60, 30), settings(s -> s), PRODUCTS))
                .isEmpty();
    }

    private static WorkOrderDetails withUsed(WorkOrderDetails details, UsedItem... more) {
        List<UsedItem> used = new java.util.ArrayList<>(details.usedItems());
        used.addAll(List.of(more));
        return new WorkOrderDetails(details.workOrder(), details.plannings(), details.timeSheets(), used);
    }

    private static Draft ready(WorkOrderDetails details, IntegrationSettings settings) {
        Composition composition = ComposeDraft.compose(details, CUSTOMER, WORK_ADDRESS, settings, PRODUCTS);
        assertThat(composition).isInstanceOf(Composition.Ready.class);
        return ((Composition.Ready) composition).draft();
    }

    static WorkOrderDetails details(String description, String reference, int workMinutes, int travelMinutes) {
        WorkOrder workOrder = new WorkOrder(
                new WorkOrderId(7),
                12,
                new CustomerId(1),
                new LocationId(5),
                description,
                reference,
                WorkOrderStatus.COMPLETED,
                InvoiceSync.NOT_SENT,
                Instant.EPOCH,
                null,
                null,
                Instant.EPOCH,
                null,
                null);
        List<TimeSheet> sheets = workMinutes + travelMinutes == 0
                ? List.of()
                : List.of(new TimeSheet(1, "Pieter", workMinutes, travelMinutes));
        List<UsedItem> used = List.of(new UsedItem(
                1,
                new ItemId(9),
                "1001",
                "Thermostaatkraan",
                new BigDecimal("34.50"),
                new BigDecimal("21"),
                new BigDecimal("2")));
        return new WorkOrderDetails(workOrder, List.of(), sheets, used);
    }

    static IntegrationSettings settings(java.util.function.UnaryOperator<IntegrationSettings> change) {
        return change.apply(new IntegrationSettings(
                false,
                null,
                true,
                WorkDescriptionSource.QUOTATION_NAME,
                CustomerReferenceSource.QUOTATION_REFERENCE,
                "0001",
                "0002",
                "0003",
                null,
                false,
                InvoiceReference.WORK_ADDRESS,
                InvoiceName.WORK_ORDER_NUMBER,
                true));
    }

    static IntegrationSettings withCodes(IntegrationSettings s, String travel, String work, String standard) {
        return new IntegrationSettings(
                s.quotationsToWorkOrders(),
                s.quotationFilterWord(),
                s.quotationLinesAsUsedItems(),
                s.workDescriptionSource(),
                s.customerReferenceSource(),
                travel,
                work,
                standard,
                s.workOrderExclusionWord(),
                s.descriptionAsFirstLine(),
                s.invoiceReference(),
                s.invoiceName(),
                s.mailAdmins());
    }

    static IntegrationSettings withReference(IntegrationSettings s, InvoiceReference reference) {
        return new IntegrationSettings(
                s.quotationsToWorkOrders(),
                s.quotationFilterWord(),
                s.quotationLinesAsUsedItems(),
                s.workDescriptionSource(),
                s.customerReferenceSource(),
                s.travelTimeProductCode(),
                s.workTimeProductCode(),
                s.standardProductCode(),
                s.workOrderExclusionWord(),
                s.descriptionAsFirstLine(),
                reference,
                s.invoiceName(),
                s.mailAdmins());
    }

    static IntegrationSettings withName(IntegrationSettings s, InvoiceName name) {
        return new IntegrationSettings(
                s.quotationsToWorkOrders(),
                s.quotationFilterWord(),
                s.quotationLinesAsUsedItems(),
                s.workDescriptionSource(),
                s.customerReferenceSource(),
                s.travelTimeProductCode(),
                s.workTimeProductCode(),
                s.standardProductCode(),
                s.workOrderExclusionWord(),
                s.descriptionAsFirstLine(),
                s.invoiceReference(),
                name,
                true);
    }
}
