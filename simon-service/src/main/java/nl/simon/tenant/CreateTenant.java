package nl.simon.tenant;

import java.util.Locale;
import nl.simon.shared.ConflictException;
import nl.simon.shared.Input;
import nl.simon.shared.InvalidInputException;
import nl.simon.shared.Transactions;

/**
 * Registers a company with its first (admin) office user: with a password (hashed here), or with a
 * password hash the operator's platform already holds (it must be one this service can verify).
 */
public final class CreateTenant {
    private final Tenants tenants;
    private final OfficeUsers users;
    private final PasswordHasher hasher;
    private final Transactions transactions;

    public CreateTenant(Tenants tenants, OfficeUsers users, PasswordHasher hasher, Transactions transactions) {
        this.tenants = tenants;
        this.users = users;
        this.hasher = hasher;
        this.transactions = transactions;
    }

    public Tenant create(String name, String adminEmail, String adminPassword) {
        String tenantName = Input.required("name", name, Input.MAX_NAME);
        String email = email("adminEmail", adminEmail);
        return store(tenantName, email, hasher.hash(password("adminPassword", adminPassword)));
    }

    /**
     * As {@link #create}, for a company the operator registers: the admin's password must be a real one,
     * at least {@link Input#MIN_PASSWORD} characters (the demo's fixed "demo" user is made by {@link #create}).
     */
    public Tenant register(String name, String adminEmail, String adminPassword) {
        String tenantName = Input.required("name", name, Input.MAX_NAME);
        String email = email("adminEmail", adminEmail);
        return store(tenantName, email, hasher.hash(Input.newPassword("adminPassword", adminPassword)));
    }

    public Tenant createWithHash(String name, String adminEmail, String adminPasswordHash) {
        String tenantName = Input.required("name", name, Input.MAX_NAME);
        String email = email("adminEmail", adminEmail);
        String hash = Input.required("adminPasswordHash", adminPasswordHash, 1000);
        if (!hasher.verifiable(hash)) {
            throw new InvalidInputException("adminPasswordHash", "error.password-hash");
        }
        return store(tenantName, email, hash);
    }

    private Tenant store(String tenantName, String email, String hash) {
        return transactions.inTransaction(() -> {
            if (tenants.byName(tenantName).isPresent()) {
                throw new ConflictException("error.tenant-exists", tenantName);
            }
            if (users.byEmail(email).isPresent()) {
                throw new ConflictException("error.user-exists", email);
            }
            Tenant tenant = tenants.add(tenantName);
            users.add(tenant.id(), email, hash, Role.ADMIN);
            return tenant;
        });
    }

    static String email(String field, String value) {
        String email = Input.required(field, value, Input.MAX_EMAIL).toLowerCase(Locale.ROOT);
        if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new InvalidInputException(field, "error.email");
        }
        return email;
    }

    static String password(String field, String value) {
        if (value == null || value.isEmpty()) {
            throw new InvalidInputException(field, "error.required");
        }
        return Input.maxLength(field, value, Input.MAX_PASSWORD);
    }
}
