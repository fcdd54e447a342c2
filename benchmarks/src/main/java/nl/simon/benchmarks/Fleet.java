package nl.simon.benchmarks;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import tools.jackson.databind.JsonNode;

/**
 * Companies on a service instance, each with its own FS account: the operator registers the company
 * ({@code POST /api/operator/tenants}) and its admin runs the activation wizard over the REST API, as
 * office staff would. All admins share one Argon2 hash of one password (made here once), so the
 * service checks Argon2 once and remembers the match: setting up 2,000 companies costs seconds, not
 * minutes of password hashing.
 */
final class Fleet {
    static final String PASSWORD = "benchmark-wachtwoord";
    static final String PASSWORD_HASH =
            "{argon2}" + Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode(PASSWORD);
    static final String ALL_TABLES = "{\"tables\": [\"ItemGroup\", \"Item\", \"WorkOrder\", \"Location\","
            + " \"Customer\", \"Object\", \"ContactPerson\"]}";
    /** No time lines, nothing from quotations: what the pull of master data needs. */
    static final String SYNC_SETTINGS = settings(null, null);
    /** Work time (0002 Werktijd) and travel time (0001 Reistijd) as lines, the draft named after the work order. */
    static final String PUSH_SETTINGS = settings("0001", "0002");

    private Fleet() {}

    private static String settings(String travel, String work) {
        return """
                {"quotationsToWorkOrders": false, "quotationFilterWord": null, "quotationLinesAsUsedItems": true,
                 "workDescriptionSource": "QUOTATION_NAME", "customerReferenceSource": "QUOTATION_REFERENCE",
                 "travelTimeProductCode": %s, "workTimeProductCode": %s, "standardProductCode": null,
                 "workOrderExclusionWord": null, "descriptionAsFirstLine": true,
                 "invoiceReference": "WORK_ADDRESS", "invoiceName": "WORK_ORDER_NUMBER"}""".formatted(travel == null ? "null" : Http.quoted(travel), work == null ? "null" : Http.quoted(work));
    }

    /** A company on the service and its FS account. */
    record Company(String name, String fsUsername, String fsApiKey, long tenantId, Http admin) {}

    /** The FS account of company {@code prefix-i}: its username and API key. */
    static String username(String prefix, int i) {
        return "%s-%05d".formatted(prefix, i);
    }

    static String apiKey(String username) {
        return "key-" + username;
    }

    /** Registers company {@code username} on {@code service} and runs its wizard against FS account {@code username}. */
    static Company activate(Service service, Emulator emulator, String username, String settings) {
        Company company = register(service, emulator, username, settings);
        activate(company);
        return company;
    }

    /** The last step of the wizard: accept the terms; the initial import starts. */
    static void activate(Company company) {
        company.admin().expect(200, "POST", "/api/integration/activate", "{\"acceptTerms\": true}");
    }

    /** The operator registers the company; its admin wipes, connects and saves the settings (not yet activated). */
    static Company register(Service service, Emulator emulator, String username, String settings) {
        String email = "admin@" + username + ".bench.nl";
        JsonNode tenant = service.operator()
                .expect(
                        201,
                        "POST",
                        "/api/operator/tenants",
                        "{\"name\": %s, \"adminEmail\": %s, \"adminPasswordHash\": %s}"
                                .formatted(Http.quoted(username), Http.quoted(email), Http.quoted(PASSWORD_HASH)));
        Http admin = service.http().basic(email, PASSWORD);
        admin.expect(200, "POST", "/api/integration/wipe", ALL_TABLES);
        admin.expect(
                200,
                "POST",
                "/api/integration/connect",
                "{\"username\": %s, \"apiKey\": %s, \"baseUrl\": %s}"
                        .formatted(Http.quoted(username), Http.quoted(apiKey(username)), Http.quoted(emulator.api())));
        admin.expect(200, "PUT", "/api/integration/settings", settings);
        return new Company(
                username, username, apiKey(username), tenant.get("id").asLong(), admin);
    }

    /** How many of {@code companies} finished their initial import (read from the database). */
    static long imported(Connection db, List<Company> companies) throws SQLException {
        return Postgres.count(
                db,
                "SELECT count(*) FROM integration WHERE tenant_id = ANY (?)" + " AND import_finished_at IS NOT NULL",
                companies.stream().map(Company::tenantId).toList());
    }
}
