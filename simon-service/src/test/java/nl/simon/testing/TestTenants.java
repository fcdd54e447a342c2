package nl.simon.testing;

import java.util.UUID;
import nl.simon.tenant.AddOfficeUser;
import nl.simon.tenant.CreateTenant;
import nl.simon.tenant.Role;
import nl.simon.tenant.Tenant;
import org.springframework.core.env.Environment;

/**
 * Makes a fresh tenant with its own admin (and office) user for each test, and hands out its users'
 * clients of the service under test: {@code tenants.create().admin()} is the admin over the REST API.
 */
public final class TestTenants {
    public static final String PASSWORD = "geheim-wachtwoord";

    private final CreateTenant createTenant;
    private final AddOfficeUser addOfficeUser;
    private final Environment environment;

    public TestTenants(CreateTenant createTenant, AddOfficeUser addOfficeUser, Environment environment) {
        this.createTenant = createTenant;
        this.addOfficeUser = addOfficeUser;
        this.environment = environment;
    }

    public TestTenant create() {
        String name = "t-" + UUID.randomUUID().toString().substring(0, 8);
        String admin = "admin@" + name + ".nl";
        String office = "kantoor@" + name + ".nl";
        Tenant tenant = createTenant.create(name, admin, PASSWORD);
        addOfficeUser.add(tenant.id(), office, PASSWORD, Role.OFFICE);
        return new TestTenant(
                tenant, admin, office, environment.getRequiredProperty("local.server.port", Integer.class));
    }

    /** A tenant of the service under test (listening on {@code port}) and its two users. */
    public record TestTenant(Tenant tenant, String adminEmail, String officeEmail, int port) {
        public String password() {
            return PASSWORD;
        }

        /** The admin over the REST API. */
        public Api admin() {
            return Api.at(port, adminEmail, PASSWORD);
        }

        /** The office user (no admin rights) over the REST API. */
        public Api office() {
            return Api.at(port, officeEmail, PASSWORD);
        }

        /** The admin logged in to the web pages (without a browser). */
        public WebSession adminWeb() {
            return WebSession.login(port, adminEmail, PASSWORD);
        }
    }
}
