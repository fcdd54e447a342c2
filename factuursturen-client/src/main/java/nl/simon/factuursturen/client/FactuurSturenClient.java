package nl.simon.factuursturen.client;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * The FactuurSturen API v1 for one account. Lists are streamed page by page (close the stream or
 * read it to the end); every failure is one of the {@link FactuurSturenException} kinds.
 * Thread-safe; share one {@link HttpClient} between many accounts with
 * {@link #FactuurSturenClient(ClientSettings, HttpClient)}.
 */
public final class FactuurSturenClient {
    private final ClientSettings settings;
    private final Transport transport;

    public FactuurSturenClient(ClientSettings settings) {
        this(settings, httpClient(settings.connectTimeout()));
    }

    public FactuurSturenClient(ClientSettings settings, HttpClient http) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.transport = new Transport(settings, http);
    }

    public static HttpClient httpClient(Duration connectTimeout) {
        return HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /**
     * A cheap call that fails with {@link Unauthorized} when the username or API key is wrong, and with
     * {@link Rejected} when the address does not answer as FactuurSturen does (a JSON list of clients):
     * not any 200 counts as connected.
     */
    public void verifyCredentials() {
        String path = "clients?count=1&start=0";
        JsonNode clients;
        try {
            clients = get(path);
        } catch (FactuurSturenException failure) {
            throw failure;
        } catch (RuntimeException unreadable) {
            throw new Rejected("GET", path, 200, "not a FactuurSturen answer");
        }
        if (!clients.isArray() && !clients.isObject()) {
            throw new Rejected("GET", path, 200, "not a FactuurSturen answer");
        }
    }

    public Stream<FsClient> clients() {
        return list("clients", FsClient::read);
    }

    public Optional<FsClient> client(String clientnr) {
        return single("clients/" + segment(clientnr)).map(FsClient::read);
    }

    /**
     * How many clients the account has. FactuurSturen answers no total, so this probes one-row pages
     * ({@code count=1&start=n}): doubling to find an empty one, then halving, about 2·log2(n) calls.
     */
    public long countClients() {
        return count("clients");
    }

    public long countProducts() {
        return count("products");
    }

    public Stream<FsProduct> products() {
        return list("products", FsProduct::read);
    }

    public Optional<FsProduct> product(String id) {
        return single("products/" + segment(id)).map(FsProduct::read);
    }

    /** The product with exactly this code (FactuurSturen's search matches more loosely; this checks). */
    public Optional<FsProduct> productByCode(String code) {
        return search("products", "code", code, FsProduct::read)
                .filter(product -> code.strip()
                        .equals(product.code() == null ? null : product.code().strip()))
                .findFirst();
    }

    public Stream<Quotation> quotations() {
        return list("quotations", Quotation::read);
    }

    public Optional<Quotation> quotation(String id) {
        return single("quotations/" + segment(id)).map(Quotation::read);
    }

    public List<Tax> taxes() {
        return FactuurSturenJson.elements(get("taxes")).stream().map(Tax::read).toList();
    }

    /** Creates a draft with {@code action=save}; answers the new draft's id. */
    public String createDraftInvoice(DraftInvoice draft) {
        Transport.Answer answer = transport.exchange("POST", "invoices", FactuurSturenJson.draftInvoice(draft));
        if (answer.notFound()) {
            throw new Rejected("POST", "invoices", 404, answer.text());
        }
        return answer.text().strip().replace("\"", "");
    }

    public Stream<SavedInvoice> savedInvoices() {
        return list("invoices_saved", SavedInvoice::read);
    }

    public Optional<SavedInvoice> savedInvoice(String id) {
        return single("invoices_saved/" + segment(id)).map(SavedInvoice::read);
    }

    /**
     * The draft made with this savename, if FactuurSturen has it. FactuurSturen treats savenames as equal
     * ignoring case (and surrounding spaces), so this does too; its search matches any name that contains
     * the query, so every page of results is read until the name is found.
     */
    public Optional<SavedInvoice> findSavedInvoiceByName(String savename) {
        String wanted = sameName(savename);
        try (Stream<SavedInvoice> found = search("invoices_saved", "name", savename, SavedInvoice::read)) {
            return found.filter(saved -> saved.name() != null && wanted.equals(sameName(saved.name())))
                    .findFirst();
        }
    }

    /** A savename as FactuurSturen compares it: without surrounding spaces, ignoring case. */
    public static String sameName(String savename) {
        return savename.strip().toLowerCase(Locale.ROOT);
    }

    public void deleteSavedInvoice(String id) {
        String path = "invoices_saved/" + segment(id);
        if (transport.exchange("DELETE", path, null).notFound()) {
            throw new Rejected("DELETE", path, 404, "not found");
        }
    }

    /** {@code X-RateLimit-Remaining} of the last answer: calls left this hour. */
    public OptionalInt rateLimitRemaining() {
        return transport.remaining();
    }

    public String username() {
        return settings.credentials().username();
    }

    private long count(String resource) {
        if (!exists(resource, 0)) {
            return 0;
        }
        long present = 0;
        long absent = 1;
        while (exists(resource, absent)) {
            present = absent;
            absent *= 2;
        }
        while (absent - present > 1) {
            long middle = present + (absent - present) / 2;
            if (exists(resource, middle)) {
                present = middle;
            } else {
                absent = middle;
            }
        }
        return present + 1;
    }

    private boolean exists(String resource, long start) {
        return !FactuurSturenJson.elements(get(resource + "?count=1&start=" + start))
                .isEmpty();
    }

    private <T> Stream<T> list(String resource, Function<JsonNode, T> reader) {
        return Pages.stream(this::get, resource, settings.pageSize(), reader);
    }

    /** Search results, paged like lists ({@code count}/{@code start}) and read page by page; "not found" is none. */
    private <T> Stream<T> search(String area, String field, String query, Function<JsonNode, T> reader) {
        return Pages.stream(
                this::searchPage, "search/" + area + "/" + field + "/" + segment(query), settings.pageSize(), reader);
    }

    private JsonNode searchPage(String path) {
        Transport.Answer answer = transport.exchange("GET", path, null);
        if (answer.notFound()) {
            return FactuurSturenJson.parse(new byte[0]);
        }
        return FactuurSturenJson.parse(answer.body());
    }

    private Optional<JsonNode> single(String path) {
        Transport.Answer answer = transport.exchange("GET", path, null);
        if (answer.notFound()) {
            return Optional.empty();
        }
        return Optional.ofNullable(FactuurSturenJson.unwrapSingle(FactuurSturenJson.parse(answer.body())));
    }

    private JsonNode get(String path) {
        Transport.Answer answer = transport.exchange("GET", path, null);
        if (answer.notFound()) {
            throw new Rejected("GET", path, 404, answer.text());
        }
        return FactuurSturenJson.parse(answer.body());
    }

    private static String segment(String value) {
        return URLEncoder.encode(Objects.requireNonNull(value).strip(), StandardCharsets.UTF_8)
                .replace("+", "%20");
    }

    @Override
    public String toString() {
        return "FactuurSturenClient[" + settings + "]";
    }
}
