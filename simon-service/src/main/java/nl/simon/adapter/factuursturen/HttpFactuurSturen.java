package nl.simon.adapter.factuursturen;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import nl.simon.factuursturen.client.ClientSettings;
import nl.simon.factuursturen.client.Credentials;
import nl.simon.factuursturen.client.DraftInvoice;
import nl.simon.factuursturen.client.FactuurSturenClient;
import nl.simon.factuursturen.client.FactuurSturenException;
import nl.simon.factuursturen.client.FsClient;
import nl.simon.factuursturen.client.FsProduct;
import nl.simon.factuursturen.client.InvoiceLine;
import nl.simon.factuursturen.client.Quotation;
import nl.simon.factuursturen.client.RateLimited;
import nl.simon.factuursturen.client.Rejected;
import nl.simon.factuursturen.client.SavedInvoice;
import nl.simon.factuursturen.client.TransientFailure;
import nl.simon.factuursturen.client.Unauthorized;
import nl.simon.integration.fs.Draft;
import nl.simon.integration.fs.DraftLine;
import nl.simon.integration.fs.FactuurSturen;
import nl.simon.integration.fs.FoundDraft;
import nl.simon.integration.fs.FsClientInfo;
import nl.simon.integration.fs.FsCredentials;
import nl.simon.integration.fs.FsFailure;
import nl.simon.integration.fs.FsProductInfo;
import nl.simon.integration.fs.FsQuotationInfo;

/** {@link FactuurSturen} over HTTP with the FS client; one shared {@link HttpClient} for all tenants. */
public final class HttpFactuurSturen implements FactuurSturen {
    private final HttpClient http;
    private final Duration readTimeout;
    private final Clock clock;

    public HttpFactuurSturen(Duration connectTimeout, Duration readTimeout, Clock clock) {
        this.http = FactuurSturenClient.httpClient(connectTimeout);
        this.readTimeout = readTimeout;
        this.clock = clock;
    }

    @Override
    public void verify(FsCredentials credentials) {
        call(() -> {
            client(credentials).verifyCredentials();
            return null;
        });
    }

    @Override
    public Optional<FsProductInfo> productByCode(FsCredentials credentials, String code) {
        return call(() -> client(credentials).productByCode(code).map(HttpFactuurSturen::info));
    }

    @Override
    public Stream<FsClientInfo> clients(FsCredentials credentials) {
        Stream<FsClient> clients = call(() -> client(credentials).clients());
        return translated(clients.map(HttpFactuurSturen::info));
    }

    @Override
    public Stream<FsProductInfo> products(FsCredentials credentials) {
        return translated(call(() -> client(credentials).products()).map(HttpFactuurSturen::info));
    }

    @Override
    public long countClients(FsCredentials credentials) {
        return call(() -> client(credentials).countClients());
    }

    @Override
    public long countProducts(FsCredentials credentials) {
        return call(() -> client(credentials).countProducts());
    }

    @Override
    public Stream<FsQuotationInfo> quotations(FsCredentials credentials) {
        return translated(call(() -> client(credentials).quotations()).map(HttpFactuurSturen::info));
    }

    @Override
    public String createDraft(FsCredentials credentials, Draft draft) {
        List<InvoiceLine> lines = draft.lines().stream()
                .map(l -> new InvoiceLine(l.amount(), l.description(), l.price(), l.vatPercentage()))
                .toList();
        return call(() -> client(credentials)
                .createDraftInvoice(new DraftInvoice(draft.clientnr(), draft.savename(), draft.reference(), lines)));
    }

    @Override
    public Optional<FoundDraft> findDraft(FsCredentials credentials, String savename) {
        return call(() -> client(credentials).findSavedInvoiceByName(savename).map(HttpFactuurSturen::found));
    }

    private static FoundDraft found(SavedInvoice saved) {
        return new FoundDraft(
                saved.id(),
                saved.name(),
                saved.clientnr(),
                saved.lines().stream()
                        .map(l -> new DraftLine(l.amount(), l.description(), l.price(), l.taxRate()))
                        .toList());
    }

    /** A lazily paged stream fails while it is read: translate those failures too. */
    private static <T> Stream<T> translated(Stream<T> stream) {
        Iterator<T> source = stream.iterator();
        Iterator<T> guarded = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return call(source::hasNext);
            }

            @Override
            public T next() {
                return call(source::next);
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(guarded, Spliterator.ORDERED), false)
                .onClose(stream::close);
    }

    FactuurSturenClient client(FsCredentials credentials) {
        ClientSettings settings = ClientSettings.of(
                        credentials.baseUrl(), new Credentials(credentials.username(), credentials.apiKey()))
                .withReadTimeout(readTimeout)
                .withClock(clock);
        return new FactuurSturenClient(settings, http);
    }

    /** Turns the client's classified failures into the use cases' {@link FsFailure}. */
    static <T> T call(Supplier<T> work) {
        try {
            return work.get();
        } catch (FactuurSturenException failure) {
            throw translate(failure);
        }
    }

    static FsFailure translate(FactuurSturenException failure) {
        if (failure instanceof Unauthorized) {
            return new FsFailure.Unauthorized(failure);
        }
        if (failure instanceof RateLimited limited) {
            return new FsFailure.RateLimited(limited.refillsAt(), limited);
        }
        if (failure instanceof TransientFailure lost) {
            return new FsFailure.Unreachable(lost.outcomeUnknown(), lost);
        }
        return new FsFailure.Rejected(((Rejected) failure).reason(), failure);
    }

    private static FsQuotationInfo info(Quotation quotation) {
        List<DraftLine> lines = quotation.lines().stream()
                .map(l -> new DraftLine(l.amount(), l.description(), l.price(), l.taxRate()))
                .toList();
        return new FsQuotationInfo(
                quotation.id(),
                quotation.clientnr(),
                quotation.savename(),
                quotation.quotationReference(),
                quotation.notes(),
                lines);
    }

    private static FsClientInfo info(FsClient client) {
        return new FsClientInfo(
                client.clientnr(),
                client.displayName(),
                client.address(),
                client.zipcode(),
                client.city(),
                client.country(),
                client.email(),
                client.phone(),
                client.active());
    }

    private static FsProductInfo info(FsProduct product) {
        return new FsProductInfo(
                product.id(), product.code(), product.name(), product.price(), product.vatPercentage());
    }
}
