package nl.simon.integration.fs;

import nl.simon.shared.TenantId;

/** Encrypts secrets at rest, bound to their tenant: one tenant's ciphertext does not open as another's. */
public interface SecretBox {
    String seal(TenantId tenant, String secret);

    String open(TenantId tenant, String sealed);
}
