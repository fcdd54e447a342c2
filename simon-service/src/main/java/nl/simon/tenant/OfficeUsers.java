package nl.simon.tenant;

import java.util.Optional;
import nl.simon.shared.TenantId;

public interface OfficeUsers {
    OfficeUser add(TenantId tenant, String email, String passwordHash, Role role);

    Optional<OfficeUser> byEmail(String email);
}
