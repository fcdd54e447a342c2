package nl.simon.adapter.api;

import nl.simon.shared.InvalidInputException;
import nl.simon.tenant.CreateTenant;
import nl.simon.tenant.Tenant;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the operator of the service does for the companies on it (bearer token, see the security
 * configuration): register a company with its first admin user, who then activates the integration
 * in the wizard. The admin's password comes as a password or, from a platform that already holds
 * it, as a hash this service can verify ({@code {argon2}…} or {@code {bcrypt}…}).
 */
@RestController
@RequestMapping("/api/operator")
class OperatorApi {
    private final CreateTenant createTenant;

    OperatorApi(CreateTenant createTenant) {
        this.createTenant = createTenant;
    }

    @PostMapping("/tenants")
    @ResponseStatus(HttpStatus.CREATED)
    TenantJson create(@RequestBody NewTenant body) {
        boolean hashed = body.adminPasswordHash() != null;
        if (hashed == (body.adminPassword() != null)) {
            throw new InvalidInputException("adminPassword", "error.password-or-hash");
        }
        Tenant tenant = hashed
                ? createTenant.createWithHash(body.name(), body.adminEmail(), body.adminPasswordHash())
                : createTenant.register(body.name(), body.adminEmail(), body.adminPassword());
        return new TenantJson(
                tenant.id().value(), tenant.name(), tenant.createdAt().toString());
    }

    record NewTenant(String name, String adminEmail, String adminPassword, String adminPasswordHash) {}

    record TenantJson(long id, String name, String createdAt) {}
}
