package nl.simon.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import nl.simon.testing.Api;
import nl.simon.testing.EmulatorExtension;
import nl.simon.testing.SimonIT;
import nl.simon.testing.TestDatabase;
import nl.simon.testing.TestTenants;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The operator registers companies over {@code /api/operator/tenants} with a bearer token; office users can't. */
@SimonIT
class OperatorApiIT {
    @RegisterExtension
    static final EmulatorExtension FS = new EmulatorExtension();

    @LocalServerPort
    int port;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    TestTenants tenants;

    @Test
    void without_the_operator_token_nobody_registers_a_company() {
        String body = newTenant("Zonder token", "geheim-wachtwoord-1");
        Api.Response anonymous = Api.anonymous(port).post("/api/operator/tenants", body);
        Api.Response wrong =
                Api.operator(port, "x" + TestDatabase.OPERATOR_TOKEN).post("/api/operator/tenants", body);
        TestTenants.TestTenant office = tenants.create();
        Api.Response admin = office.admin().post("/api/operator/tenants", body);

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.raw().headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(header -> assertThat(header).startsWith("Bearer"));
        assertThat(anonymous.json().path("error").asString()).isEqualTo("unauthorized");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(admin.status()).isEqualTo(401);
    }

    @Test
    void a_company_registered_with_a_password_gets_an_admin_who_can_log_in() {
        String email = "beheer-" + UUID.randomUUID() + "@installatie.nl";

        Api.Response created = operator()
                .post(
                        "/api/operator/tenants",
                        "{\"name\": \"Installatie %s\", \"adminEmail\": \"%s\", \"adminPassword\": \"sterk-wachtwoord\"}"
                                .formatted(UUID.randomUUID(), email));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().path("id").asLong()).isPositive();
        assertThat(created.body()).doesNotContain("sterk-wachtwoord");
        Api admin = Api.at(port, email, "sterk-wachtwoord");
        assertThat(admin.get("/api/integration").json().path("status").asString())
                .isEqualTo("NOT_ACTIVATED");
        assertThat(Api.at(port, email, "ander-wachtwoord")
                        .get("/api/integration")
                        .status())
                .isEqualTo(401);
    }

    @Test
    void a_company_registered_with_a_password_hash_gets_an_admin_who_logs_in_with_that_password() {
        String email = "hash-" + UUID.randomUUID() + "@installatie.nl";
        String hash = encoder.encode("wachtwoord-van-het-platform");

        Api.Response created = operator()
                .post(
                        "/api/operator/tenants",
                        "{\"name\": \"Platform %s\", \"adminEmail\": \"%s\", \"adminPasswordHash\": \"%s\"}"
                                .formatted(UUID.randomUUID(), email, hash));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(Api.at(port, email, "wachtwoord-van-het-platform")
                        .get("/api/integration")
                        .status())
                .isEqualTo(200);
        assertThat(Api.at(port, email, "wachtwoord").get("/api/integration").status())
                .isEqualTo(401);
    }

    @Test
    void bad_registrations_are_refused_with_the_field_and_nothing_is_stored() {
        String email = "dubbel-" + UUID.randomUUID() + "@installatie.nl";
        assertThat(operator()
                        .post("/api/operator/tenants", newTenant("Eerste " + email, email, "wachtwoord-1"))
                        .status())
                .isEqualTo(201);

        Api.Response sameEmail =
                operator().post("/api/operator/tenants", newTenant("Tweede " + email, email, "wachtwoord-2"));
        Api.Response notAHash = operator()
                .post(
                        "/api/operator/tenants",
                        "{\"name\": \"Geen hash\", \"adminEmail\": \"geen-hash@installatie.nl\", \"adminPasswordHash\": \"plain\"}");
        Api.Response both = operator()
                .post(
                        "/api/operator/tenants",
                        "{\"name\": \"Beide\", \"adminEmail\": \"beide@installatie.nl\", \"adminPassword\": \"a\","
                                + " \"adminPasswordHash\": \"{bcrypt}$2a$10$abc\"}");
        Api.Response badEmail = operator().post("/api/operator/tenants", newTenant("Fout adres", "geen-adres", "w"));
        Api.Response notJson = operator().post("/api/operator/tenants", "{");

        assertThat(sameEmail.status()).isEqualTo(409);
        assertThat(sameEmail.json().path("message").asString()).contains(email);
        assertThat(notAHash.status()).isEqualTo(400);
        assertThat(notAHash.json().path("field").asString()).isEqualTo("adminPasswordHash");
        assertThat(both.status()).isEqualTo(400);
        assertThat(both.json().path("field").asString()).isEqualTo("adminPassword");
        assertThat(badEmail.status()).isEqualTo(400);
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(Api.at(port, "geen-hash@installatie.nl", "plain")
                        .get("/api/integration")
                        .status())
                .isEqualTo(401);
    }

    @Test
    void a_password_hash_too_costly_to_check_is_refused_naming_the_field_and_a_bearable_one_is_taken() {
        String salt = "c2FsdHNhbHRzYWx0c2FsdA";
        String digest = "aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g";
        String bcryptTail = "abcdefghijklmnopqrstuvABCDEFGHIJKLMNOPQRSTUVWXYZ01234";
        for (String costly : new String[] {
            "{argon2}$argon2id$v=19$m=262144,t=4,p=1$" + salt + "$" + digest,
            "{argon2}$argon2id$v=19$m=65536,t=11,p=1$" + salt + "$" + digest,
            "{argon2}$argon2id$v=19$m=65536,t=2,p=5$" + salt + "$" + digest,
            "{bcrypt}$2a$15$" + bcryptTail,
            "{bcrypt}$2a$31$" + bcryptTail
        }) {
            String email = "duur-" + UUID.randomUUID() + "@installatie.nl";

            Api.Response refused = operator()
                    .post(
                            "/api/operator/tenants",
                            "{\"name\": \"Duur %s\", \"adminEmail\": \"%s\", \"adminPasswordHash\": \"%s\"}"
                                    .formatted(UUID.randomUUID(), email, costly));

            assertThat(refused.status()).as(costly + ": " + refused.body()).isEqualTo(400);
            assertThat(refused.json().path("field").asString()).isEqualTo("adminPasswordHash");
            assertThat(refused.json().path("message").asString()).contains("64 MB");
        }
        String bearable = "{argon2}$argon2id$v=19$m=65536,t=10,p=4$" + salt + "$" + digest;
        Api.Response taken = operator()
                .post(
                        "/api/operator/tenants",
                        "{\"name\": \"Net %s\", \"adminEmail\": \"net-%s@installatie.nl\", \"adminPasswordHash\": \"%s\"}"
                                .formatted(UUID.randomUUID(), UUID.randomUUID(), bearable));
        assertThat(taken.status()).as(taken.body()).isEqualTo(201);
    }

    @Test
    void how_late_jobs_start_is_served_to_prometheus_per_task() {
        FS.newTenant(tenants).activated();

        Awaitility.await()
                .untilAsserted(() -> assertThat(Api.anonymous(port)
                                .accepting("text/plain")
                                .get("/actuator/prometheus")
                                .body())
                        .containsPattern("simon_jobs_lag_seconds_bucket\\{.*task=\"fs-sync\".*le=\"[0-9.]+\"")
                        .containsPattern("simon_jobs_lag_seconds_count\\{task=\"fs-sync\"} [1-9]"));
    }

    private Api operator() {
        return Api.operator(port, TestDatabase.OPERATOR_TOKEN);
    }

    private static String newTenant(String name, String password) {
        return newTenant(name + " " + UUID.randomUUID(), "a-" + UUID.randomUUID() + "@x.nl", password);
    }

    private static String newTenant(String name, String email, String password) {
        return "{\"name\": \"%s\", \"adminEmail\": \"%s\", \"adminPassword\": \"%s\"}".formatted(name, email, password);
    }
}
