package nl.simon.integration.fs;

import java.util.Optional;
import java.util.stream.Stream;

/** FactuurSturen, reached with one tenant's credentials. Every method throws {@link FsFailure} when the call fails. */
public interface FactuurSturen {
    /** A cheap call that throws {@link FsFailure.Unauthorized} for a wrong username or API key. */
    void verify(FsCredentials credentials);

    Optional<FsProductInfo> productByCode(FsCredentials credentials, String code);

    /** All clients, read page by page as the stream is consumed; close the stream when done. */
    Stream<FsClientInfo> clients(FsCredentials credentials);

    /** All products, read page by page as the stream is consumed; close the stream when done. */
    Stream<FsProductInfo> products(FsCredentials credentials);

    /** How many clients the account has (FS gives no total: found with a few one-row probes). */
    long countClients(FsCredentials credentials);

    long countProducts(FsCredentials credentials);

    /** All quotations, read page by page as the stream is consumed; close the stream when done. */
    Stream<FsQuotationInfo> quotations(FsCredentials credentials);

    /** Creates a draft invoice ({@code action=save}); answers its id. */
    String createDraft(FsCredentials credentials, Draft draft);

    /**
     * The draft with this savename as FS compares names (ignoring case and surrounding spaces), if FS has one;
     * every page of FS's search results is read.
     */
    Optional<FoundDraft> findDraft(FsCredentials credentials, String savename);
}
