package nl.simon.tenant;

import nl.simon.shared.TenantId;

/** An office user of one tenant. The password hash never leaves the security adapter. */
public record OfficeUser(long id, TenantId tenant, String email, String passwordHash, Role role) {
    @Override
    public String toString() {
        return "OfficeUser[id=" + id + ", tenant=" + tenant + ", email=" + email + ", role=" + role + "]";
    }
}
