package nl.simon.integration.pull;

import nl.simon.integration.fs.FsCredentials;
import nl.simon.shared.TenantId;

/** One kind of data pulled from FactuurSturen into Simon (clients, products, quotations). */
public interface Pull {
    /** Its name in the job failures: {@code fs-sync:<name>} ("clients", "products", "quotations"). */
    String name();

    /** Reads everything from FS and stores what changed; answers the number of changed records. */
    int pull(TenantId tenant, FsCredentials credentials, Progress progress);

    /** How many records FS has, for the first import's progress. */
    long count(FsCredentials credentials);
}
