package nl.simon.tenant;

import java.time.Instant;
import nl.simon.shared.TenantId;

public record Tenant(TenantId id, String name, Instant createdAt) {}
