package nl.simon.testing;

import java.util.UUID;
import nl.simon.tenant.AddOfficeUser;
import nl.simon.tenant.CreateTenant;
import nl.simon.tenant.Role;
import nl.simon.tenant.Tenant;

/** Makes a fresh tenant with its own admin (and office) user for each test. */
public final class TestTenants {
    public static final String PASSWORD = "geheim-wachtwoord";

    private final CreateTenant createTenant;
    private final AddOfficeUser addOfficeUser;

    public TestTenants(CreateTenant createTenant, AddOfficeUser addOfficeUser) {
        this.createTenant = createTenant;
        this.addOfficeUser = addOfficeUser;
    }

    public TestTenant create() {
        String name = "t-" + UUID.randomUUID().toString().substring(0, 8);
        String admin = "admin@" + name + ".nl";
        String office = "kantoor@" + name + ".nl";
        Tenant tenant = createTenant.create(name, admin, PASSWORD);
        addOfficeUser.add(tenant.id(), office, PASSWORD, Role.OFFICE);
        return new TestTenant(tenant, admin, office);
    }

    public record TestTenant(Tenant tenant, String adminEmail, String officeEmail) {
        public String password() {
            return PASSWORD;
        }
    }
}
