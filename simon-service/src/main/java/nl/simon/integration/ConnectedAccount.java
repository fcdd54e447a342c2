package nl.simon.integration;

import nl.simon.shared.ConflictException;
import nl.simon.shared.TenantId;

/** The tenant's FS credentials, decrypted for a call; a tenant that never connected is a conflict. */
public final class ConnectedAccount {
    private final Integrations integrations;
    private final SecretBox secrets;

    public ConnectedAccount(Integrations integrations, SecretBox secrets) {
        this.integrations = integrations;
        this.secrets = secrets;
    }

    public FsCredentials of(TenantId tenant) {
        FsConnection connection = integrations.get(tenant).connected()
                .orElseThrow(() -> new ConflictException("error.integration.not-connected"));
        String sealed = integrations.encryptedApiKey(tenant)
                .orElseThrow(() -> new ConflictException("error.integration.not-connected"));
        return new FsCredentials(connection.username(), secrets.open(tenant, sealed), connection.baseUrl());
    }
}
