package nl.simon.integration.operator;

import java.time.Clock;
import nl.simon.shared.InvalidInputException;
import nl.simon.shared.Transactions;
import nl.simon.tenant.CreateTenant;
import nl.simon.tenant.Tenant;

/**
 * The operator registers a company with its first admin, by password or by a hash the operator's platform already
 * holds (exactly one of the two); audited in the same transaction.
 */
public final class RegisterCompany {
    private final CreateTenant createTenant;
    private final OperatorAudit audit;
    private final Transactions transactions;
    private final Clock clock;

    public RegisterCompany(CreateTenant createTenant, OperatorAudit audit, Transactions transactions, Clock clock) {
        this.createTenant = createTenant;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Tenant register(
            Operator operator, String name, String adminEmail, String adminPassword, String adminPasswordHash) {
        boolean hashed = adminPasswordHash != null;
        if (hashed == (adminPassword != null)) {
            throw new InvalidInputException("adminPassword", "error.password-or-hash");
        }
        return transactions.inTransaction(() -> {
            Tenant tenant = hashed
                    ? createTenant.createWithHash(name, adminEmail, adminPasswordHash)
                    : createTenant.register(name, adminEmail, adminPassword);
            audit.record(new AuditEntry(
                    clock.instant(),
                    operator.name(),
                    OperatorAction.REGISTER,
                    tenant.id().value(),
                    tenant.name(),
                    null,
                    null));
            return tenant;
        });
    }
}
