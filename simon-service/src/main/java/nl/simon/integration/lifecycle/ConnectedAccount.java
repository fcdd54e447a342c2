package nl.simon.integration.lifecycle;

import nl.simon.integration.fs.FsConnection;
import nl.simon.integration.fs.FsCredentials;
import nl.simon.integration.fs.FsFailure;
import nl.simon.integration.fs.SecretBox;
import nl.simon.shared.ConflictException;
import nl.simon.shared.TenantId;

/**
 * The tenant's FS credentials, decrypted for a call; a tenant that never connected is a conflict. A
 * stored key that cannot be decrypted (the secrets key changed, a row restored from elsewhere) is
 * {@link FsFailure.StoredKeyUnreadable}, a refused key: every caller suspends and asks to connect again.
 */
public final class ConnectedAccount {
    private final Integrations integrations;
    private final SecretBox secrets;

    public ConnectedAccount(Integrations integrations, SecretBox secrets) {
        this.integrations = integrations;
        this.secrets = secrets;
    }

    public FsCredentials of(TenantId tenant) {
        FsConnection connection = integrations
                .get(tenant)
                .connected()
                .orElseThrow(() -> new ConflictException("error.integration.not-connected"));
        String sealed = integrations
                .encryptedApiKey(tenant)
                .orElseThrow(() -> new ConflictException("error.integration.not-connected"));
        String apiKey;
        try {
            apiKey = secrets.open(tenant, sealed);
        } catch (RuntimeException unreadable) {
            // The cause says only "wrong key or another tenant's secret", never the secret itself.
            throw new FsFailure.StoredKeyUnreadable(unreadable);
        }
        return new FsCredentials(connection.username(), apiKey, connection.baseUrl());
    }
}
