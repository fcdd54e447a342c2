package nl.simon.factuursturen.emulator.wire;

import static nl.simon.factuursturen.emulator.wire.Field.choice;
import static nl.simon.factuursturen.emulator.wire.Field.of;
import static nl.simon.factuursturen.emulator.wire.Field.readOnly;
import static nl.simon.factuursturen.emulator.wire.Field.text;

import java.util.List;
import java.util.Set;

/**
 * The attributes of every resource in the order of the captured bodies (docs/factuursturen-api.md §4,
 * fixtures). Fields the fixtures predate (documented later) are appended at the end.
 */
public final class Schemas {

    public static final String DEFAULT_PAYMENT_CONDITION = "U wordt vriendelijk verzocht de betaling te voldoen"
            + " binnen %PAYMENT_PERIOD% dagen o.v.v. het factuurnummer %INVOICE_NUMBER%.";

    private static final String[] SEND_METHODS = {"mail", "email", "printcenter"};

    /** §4.1, fixture {@code client.json}; then {@code address_addon}, {@code addon}, {@code email_reminder}. */
    public static final Schema CLIENT = new Schema(
            "client",
            List.of(
                    readOnly("clientnr", Kind.INTEGER, "0"),
                    text("contact", 50),
                    of("showcontact", Kind.FLAG_WORD, "true"),
                    text("company", 50),
                    text("address", 50),
                    text("zipcode", 7),
                    text("city", 50),
                    of("country", Kind.COUNTRY, "146"),
                    text("phone", 13),
                    text("mobile", 13),
                    text("email", 255),
                    text("bankcode", 32),
                    text("biccode", 32),
                    text("taxnumber", 18),
                    of("tax_shifted", Kind.FLAG_WORD, "false"),
                    readOnly("lastinvoice", Kind.DATE, ""),
                    choice("sendmethod", "mail", SEND_METHODS),
                    choice("paymentmethod", "bank", "bank", "autocollect"),
                    of("top", Kind.INTEGER, "30"),
                    of("stddiscount", Kind.DECIMAL, "0"),
                    new Field("mailintro", Kind.TEXT, true, 128, Set.of(), "Geachte heer/mevrouw,"),
                    of("reference", Kind.REFERENCE, Reference.EMPTY),
                    text("notes", 0),
                    of("notes_on_invoice", Kind.FLAG_WORD, "false"),
                    of("active", Kind.FLAG_WORD, "true"),
                    choice("default_doclang", "", "", "nl", "en", "de", "fr", "es"),
                    of("default_email", Kind.INTEGER, "0"),
                    new Field("currency", Kind.TEXT, true, 3, Set.of(), "EUR"),
                    text("mandate_id", 35),
                    of("mandate_date", Kind.DATE, ""),
                    choice("collecttype", "FRST", "OOFF", "FRST", "RCUR", "none"),
                    choice("tax_type", "extax", "intax", "extax"),
                    of("default_category", Kind.INTEGER, "0"),
                    text("address_addon", 50),
                    text("addon", 255),
                    text("email_reminder", 255)));

    /** §4.2, fixture {@code product.json}; then {@code notes} (docs 1.0.3). */
    public static final Schema PRODUCT = new Schema(
            "product",
            List.of(
                    readOnly("id", Kind.INTEGER, "0"),
                    text("code", 20),
                    text("name", 0),
                    of("price", Kind.DECIMAL, "0"),
                    of("taxes", Kind.INTEGER, "21"),
                    of("priceintax", Kind.DECIMAL, "0"),
                    text("notes", 0)));

    /** §4.3, fixtures {@code invoice.json}, {@code listInvoiceResponse.json}; then the 1.0.2 read-only fields. */
    public static final Schema INVOICE = new Schema(
            "invoice",
            List.of(
                    readOnly("id", Kind.INTEGER, "0"),
                    readOnly("invoicenr_full", Kind.TEXT, ""),
                    readOnly("invoicenr", Kind.TEXT, ""),
                    of("reference", Kind.REFERENCE, Reference.EMPTY),
                    of("lines", Kind.LINES, List.of()),
                    of("profile", Kind.INTEGER, "1"),
                    choice("discounttype", "percentage", "amount", "percentage"),
                    of("discount", Kind.DECIMAL, "0"),
                    text("paymentcondition", 0),
                    of("paymentperiod", Kind.INTEGER, "30"),
                    readOnly("collection", Kind.FLAG_DIGIT, "0"),
                    readOnly("tax", Kind.AMOUNT, "0.00"),
                    readOnly("totalintax", Kind.AMOUNT, "0.00"),
                    readOnly("clientnr", Kind.INTEGER, "0"),
                    readOnly("company", Kind.TEXT, ""),
                    readOnly("contact", Kind.TEXT, ""),
                    readOnly("address", Kind.TEXT, ""),
                    readOnly("zipcode", Kind.TEXT, ""),
                    readOnly("city", Kind.TEXT, ""),
                    readOnly("country", Kind.TEXT, "146"),
                    readOnly("phone", Kind.TEXT, ""),
                    readOnly("mobile", Kind.TEXT, ""),
                    readOnly("email", Kind.TEXT, ""),
                    readOnly("taxnumber", Kind.TEXT, ""),
                    text("invoicenote", 0),
                    readOnly("sent", Kind.DATE, ""),
                    readOnly("uncollectible", Kind.DATE, ""),
                    readOnly("lastreminder", Kind.DATE, ""),
                    readOnly("open", Kind.AMOUNT, "0.00"),
                    readOnly("paiddate", Kind.DATE, ""),
                    readOnly("taxes", Kind.TAXES, List.of()),
                    readOnly("payment_url", Kind.TEXT, ""),
                    readOnly("duedate", Kind.DATE, ""),
                    readOnly("history", Kind.HISTORY, List.of()),
                    of("category", Kind.INTEGER, "0"),
                    readOnly("tax_type", Kind.TEXT, "extax"),
                    readOnly("language", Kind.TEXT, "nl"),
                    readOnly("tax_shifted", Kind.FLAG_WORD, "false")));

    /** §4.6 saved invoices (drafts); single GET wrapped in {@code invoice} like the Ruby gem expects. */
    public static final Schema SAVED_INVOICE = new Schema(
            "invoice",
            List.of(
                    readOnly("id", Kind.INTEGER, "0"),
                    readOnly("name", Kind.TEXT, ""),
                    of("reference", Kind.REFERENCE, Reference.EMPTY),
                    of("lines", Kind.LINES, List.of()),
                    of("profile", Kind.INTEGER, "1"),
                    readOnly("profile_name", Kind.TEXT, ""),
                    of("category", Kind.INTEGER, "0"),
                    choice("discounttype", "percentage", "amount", "percentage"),
                    of("discount", Kind.DECIMAL, "0"),
                    text("paymentcondition", 0),
                    of("paymentperiod", Kind.INTEGER, "30"),
                    readOnly("datesaved", Kind.DATE, ""),
                    readOnly("totaldiscount", Kind.AMOUNT, "0.00"),
                    readOnly("totalintax", Kind.AMOUNT, "0.00"),
                    readOnly("alreadypaid", Kind.AMOUNT, "0.00"),
                    text("alreadypaidmethod", 32),
                    readOnly("clientnr", Kind.INTEGER, "0"),
                    readOnly("company", Kind.TEXT, ""),
                    readOnly("contact", Kind.TEXT, ""),
                    readOnly("address", Kind.TEXT, ""),
                    readOnly("zipcode", Kind.TEXT, ""),
                    readOnly("city", Kind.TEXT, ""),
                    readOnly("country", Kind.TEXT, "146"),
                    readOnly("phone", Kind.TEXT, ""),
                    readOnly("email", Kind.TEXT, ""),
                    readOnly("tax_type", Kind.TEXT, "extax"),
                    readOnly("tax_shifted", Kind.FLAG_WORD, "false"),
                    choice("sendmethod", "mail", SEND_METHODS)));

    /** §4.7 repeating invoices. */
    public static final Schema REPEATED_INVOICE = new Schema(
            "invoice",
            List.of(
                    readOnly("id", Kind.INTEGER, "0"),
                    readOnly("name", Kind.TEXT, ""),
                    of("reference", Kind.REFERENCE, Reference.EMPTY),
                    of("lines", Kind.LINES, List.of()),
                    of("profile", Kind.INTEGER, "1"),
                    choice("discounttype", "percentage", "amount", "percentage"),
                    of("discount", Kind.DECIMAL, "0"),
                    text("paymentcondition", 0),
                    of("paymentperiod", Kind.INTEGER, "30"),
                    readOnly("datesaved", Kind.DATE, ""),
                    readOnly("totalintax", Kind.AMOUNT, "0.00"),
                    of("initialdate", Kind.DATE, ""),
                    readOnly("nextsenddate", Kind.DATE, ""),
                    of("finalsenddate", Kind.DATE, ""),
                    choice(
                            "frequency",
                            "monthly",
                            "weekly",
                            "monthly",
                            "quarterly",
                            "halfyearly",
                            "yearly",
                            "biweekly",
                            "bimonthly",
                            "fourweekly"),
                    choice("repeattype", "auto", "auto", "manual"),
                    readOnly("clientnr", Kind.INTEGER, "0")));

    /** §4.8 quotations, in the order of the attribute table. */
    public static final Schema QUOTATION = new Schema(
            "quotation",
            List.of(
                    readOnly("id", Kind.INTEGER, "0"),
                    text("savename", 40),
                    text("quotationreference", 40),
                    of("reference", Kind.REFERENCE, Reference.EMPTY),
                    of("lines", Kind.LINES, List.of()),
                    of("profile", Kind.INTEGER, "1"),
                    readOnly("profile_name", Kind.TEXT, ""),
                    of("category", Kind.INTEGER, "0"),
                    readOnly("category_name", Kind.TEXT, ""),
                    choice("discounttype", "percentage", "amount", "percentage"),
                    of("discount", Kind.DECIMAL, "0"),
                    text("paymentcondition", 0),
                    of("quotationperiod", Kind.INTEGER, "30"),
                    of("showtotals", Kind.FLAG_WORD, "true"),
                    of("date", Kind.DATE, ""),
                    text("notes", 0),
                    of("convert_prices_to_euro", Kind.FLAG_WORD, "false"),
                    text("customstatus", 0),
                    of("approved", Kind.FLAG_WORD, "false"),
                    readOnly("clientnr", Kind.INTEGER, "0")));

    private Schemas() {}
}
