package nl.simon.integration;

import java.util.Optional;

/** FactuurSturen, reached with one tenant's credentials. Every method throws {@link FsFailure} when the call fails. */
public interface FactuurSturen {
    /** A cheap call that throws {@link FsFailure.Unauthorized} for a wrong username or API key. */
    void verify(FsCredentials credentials);

    Optional<FsProductInfo> productByCode(FsCredentials credentials, String code);
}
