package nl.simon.tenant;

import nl.simon.shared.TenantId;

/** The logged-in office user a request is made for; every read and write is scoped to its tenant. */
public record Caller(long userId, TenantId tenant, String email, Role role) {
    public boolean isAdmin() {
        return role == Role.ADMIN;
    }
}
