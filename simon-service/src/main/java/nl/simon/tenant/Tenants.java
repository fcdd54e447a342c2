package nl.simon.tenant;

import java.util.Optional;
import nl.simon.shared.TenantId;

public interface Tenants {
    Tenant add(String name);

    Optional<Tenant> byName(String name);

    /** Hands out the tenant's next work order number; numbers are never reused. */
    long nextWorkOrderNumber(TenantId tenant);
}
