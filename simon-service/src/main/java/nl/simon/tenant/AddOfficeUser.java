package nl.simon.tenant;

import nl.simon.shared.ConflictException;
import nl.simon.shared.Input;
import nl.simon.shared.TenantId;
import nl.simon.shared.Transactions;

/** Adds another office user to an existing tenant. */
public final class AddOfficeUser {
    private final OfficeUsers users;
    private final PasswordHasher hasher;
    private final Transactions transactions;

    public AddOfficeUser(OfficeUsers users, PasswordHasher hasher, Transactions transactions) {
        this.users = users;
        this.hasher = hasher;
        this.transactions = transactions;
    }

    public OfficeUser add(TenantId tenant, String email, String password, Role role) {
        String normalized = CreateTenant.email("email", email);
        String hash = hasher.hash(CreateTenant.password("password", password));
        Role checkedRole = Input.present("role", role);
        return transactions.inTransaction(() -> {
            if (users.byEmail(normalized).isPresent()) {
                throw new ConflictException("error.user-exists", normalized);
            }
            return users.add(tenant, normalized, hash, checkedRole);
        });
    }
}
