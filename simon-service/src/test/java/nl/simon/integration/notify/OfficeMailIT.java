package nl.simon.integration.notify;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import nl.simon.adapter.mail.SmtpMailDelivery;
import nl.simon.factuursturen.emulator.Fault;
import nl.simon.testing.Api;
import nl.simon.testing.EmulatorExtension;
import nl.simon.testing.FsAccountData;
import nl.simon.testing.SimonIT;
import nl.simon.testing.TestDatabase;
import nl.simon.testing.TestMail;
import nl.simon.testing.TestTenants;
import nl.simon.testing.TestTenants.TestTenant;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 16, item 5: a company's admins get one e-mail per episode, sent over real SMTP (GreenMail in the test
 * JVM): a suspension sends exactly one, repeated push failures in one episode send one, a sent push ends the
 * episode, and with {@code mailAdmins} off nothing is written or sent. In Dutch, in English when the admin's
 * language is known to be English, with what to do and a link.
 */
@SimonIT
class OfficeMailIT {
    static final String SETTINGS = """
            {"quotationsToWorkOrders": false, "quotationFilterWord": null, "quotationLinesAsUsedItems": true,
             "workDescriptionSource": "QUOTATION_NAME", "customerReferenceSource": "QUOTATION_REFERENCE",
             "travelTimeProductCode": "0001", "workTimeProductCode": "0002", "standardProductCode": "0003",
             "workOrderExclusionWord": null, "descriptionAsFirstLine": false,
             "invoiceReference": "WORK_ADDRESS", "invoiceName": "WORK_ORDER_NUMBER"%s}""";

    @RegisterExtension
    static final EmulatorExtension fs = new EmulatorExtension();

    @Autowired
    TestTenants tenants;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    TestTenant tenant;
    Api admin;
    String clientnr;
    EmulatorExtension.Connected connected;

    @BeforeEach
    void connectedTenant() {
        connected = fs.newTenant(tenants);
        FsAccountData.products(connected.account(), "0001", "0002", "0003");
        clientnr = connected.addBakkerijJansen();
        tenant = connected.tenant();
        admin = connected.admin();
    }

    @Test
    void a_suspension_sends_each_admin_exactly_one_dutch_mail_saying_what_to_do_with_a_link() throws Exception {
        connected.activated().withSettings(SETTINGS.formatted(""));

        suspendByRefusedKey();

        List<MimeMessage> mails = awaitMails(1);
        MimeMessage mail = mails.get(0);
        assertThat(mail.getRecipients(Message.RecipientType.TO))
                .extracting(Object::toString)
                .containsExactly(tenant.adminEmail());
        assertThat(mail.getSubject())
                .isEqualTo("Simon: de koppeling van " + name() + " met FactuurSturen is stilgezet");
        String body = body(mail);
        assertThat(body)
                .contains("Beste beheerder van " + name())
                .contains("FactuurSturen weigert de opgeslagen API-sleutel")
                .contains("Wat moet u doen?")
                .contains("https://simon.test.example/integration/wizard");
        assertThat(mail.getHeader(SmtpMailDelivery.MAIL_ID_HEADER)).hasSize(1);
        // the office user (not an admin) gets none, and nothing more comes: the suspension is one episode
        assertNoMoreThan(1);
        assertThat(outbox("sent_at IS NOT NULL")).isEqualTo(1);
        assertThat(outbox("sent_at IS NULL")).isZero();

        // the key is refused again while already suspended (saving the settings): still the same episode
        fs.emulator().addFault(new Fault("", null, 401, -1, false, 0));
        admin.send("PUT", "/api/integration/settings", "application/json", SETTINGS.formatted(""));
        fs.emulator().clearFaults();
        assertNoMoreThan(1);
    }

    @Test
    void the_operators_suspension_sends_one_mail_pointing_at_the_status_page_and_a_new_reason_sends_none()
            throws Exception {
        connected.activated().withSettings(SETTINGS.formatted(""));
        Api operator = Api.operator(port, TestDatabase.OPERATOR_TOKEN);
        String company = "/api/operator/tenants/" + tenant.tenant().id().value();

        assertThat(operator.post(company + "/suspend", "{\"reason\": \"Abonnement verlopen\"}")
                        .status())
                .isEqualTo(204);

        String body = body(awaitMails(1).get(0));
        assertThat(body)
                .contains("De beheerder van Simon heeft de koppeling")
                .contains("https://simon.test.example/integration/status")
                .doesNotContain("API-sleutel");
        // another reason for the same suspension is the same episode
        assertThat(operator.post(company + "/suspend", "{\"reason\": \"Abonnement nog steeds verlopen\"}")
                        .status())
                .isEqualTo(204);
        assertNoMoreThan(1);
        assertThat(outbox("kind = 'SUSPENDED'")).isEqualTo(1);
    }

    @Test
    void repeated_push_failures_in_one_episode_send_one_mail_and_a_sent_push_starts_a_new_episode() throws Exception {
        connected.activated().withSettings(SETTINGS.formatted(""));
        long simonCustomer =
                admin.post("/api/customers", "{\"name\": \"Eigen Klant\"}").id();

        long first = archived(simonCustomer);
        long second = archived(simonCustomer);
        awaitState(first, "FAILED");
        awaitState(second, "FAILED");

        List<MimeMessage> mails = awaitMails(1);
        assertThat(mails.get(0).getSubject())
                .isEqualTo("Simon: een werkbon van " + name() + " is niet naar FactuurSturen gestuurd");
        assertThat(body(mails.get(0)))
                .contains("Werkbon " + number(first) + " is gearchiveerd")
                .contains("https://simon.test.example/work-orders/" + first)
                .contains("https://simon.test.example/integration/log");
        long third = archived(simonCustomer);
        awaitState(third, "FAILED");
        assertNoMoreThan(1);

        // recovered: a push is sent, so the next failure is a new episode with a mail of its own
        awaitState(archived(admin.customerWithFsNumber(clientnr)), "SENT");
        long afterRecovery = archived(simonCustomer);
        awaitState(afterRecovery, "FAILED");

        mails = awaitMails(2);
        assertThat(body(mails.get(1))).contains("https://simon.test.example/work-orders/" + afterRecovery);
        assertNoMoreThan(2);
    }

    @Test
    void with_mail_admins_off_neither_a_suspension_nor_a_failed_push_writes_or_sends_a_mail() {
        connected.activated().withSettings(SETTINGS.formatted(", \"mailAdmins\": false"));
        assertThat(admin.get("/api/integration/settings")
                        .json()
                        .get("mailAdmins")
                        .asBoolean())
                .isFalse();
        long simonCustomer =
                admin.post("/api/customers", "{\"name\": \"Eigen Klant\"}").id();
        awaitState(archived(simonCustomer), "FAILED");

        suspendByRefusedKey();

        assertNoMoreThan(0);
        assertThat(outbox("TRUE")).isZero();
    }

    @Test
    void an_admin_who_switched_the_pages_to_english_gets_the_mail_in_english() throws Exception {
        connected.activated().withSettings(SETTINGS.formatted(""));
        assertThat(admin.get("/api/integration/settings")
                        .json()
                        .get("mailAdmins")
                        .asBoolean())
                .as("on unless switched off")
                .isTrue();
        // the admin switches the pages to English (NL | EN): that is their language from now on
        tenant.adminWeb().page("/integrations?lang=en");
        assertThat(jdbc.sql("SELECT language FROM office_user WHERE tenant_id = :t AND role = 'ADMIN'")
                        .param("t", tenant.tenant().id().value())
                        .query(String.class)
                        .single())
                .isEqualTo("en");

        suspendByRefusedKey();

        MimeMessage mail = awaitMails(1).get(0);
        assertThat(mail.getSubject())
                .isEqualTo("Simon: the integration of " + name() + " with FactuurSturen is suspended");
        assertThat(body(mail))
                .contains("FactuurSturen refuses the stored API key")
                .contains("What to do")
                .contains("https://simon.test.example/integration/wizard");
    }

    // helpers ---------------------------------------------------------------------------------------

    /** FactuurSturen refuses the key (401) on the next pull, which suspends the integration. */
    private void suspendByRefusedKey() {
        fs.emulator().addFault(new Fault("", null, 401, -1, false, 0));
        assertThat(admin.post("/api/integration/sync").status()).isEqualTo(202);
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> "UNAUTHORIZED".equals(admin.get("/api/integration").text("suspendedReason")));
        fs.emulator().clearFaults();
    }

    private long archived(long customer) {
        long id = admin.post(
                        "/api/work-orders", "{\"customerId\": %d, \"description\": \"Onderhoud\"}".formatted(customer))
                .id();
        admin.post("/api/work-orders/" + id + "/timesheets", "{\"employee\": \"Pieter\", \"workMinutes\": 60}");
        assertThat(admin.post("/api/work-orders/" + id + "/complete").status()).isEqualTo(200);
        assertThat(admin.post("/api/work-orders/" + id + "/archive").status()).isEqualTo(200);
        return id;
    }

    private void awaitState(long id, String state) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(40))
                .until(() -> state.equals(admin.get("/api/work-orders/" + id)
                        .json()
                        .at("/invoiceSync/state")
                        .asString()));
    }

    private long number(long workOrder) {
        return admin.get("/api/work-orders/" + workOrder).json().get("number").asLong();
    }

    private String name() {
        return tenant.tenant().name();
    }

    private String domain() {
        return tenant.adminEmail().substring(tenant.adminEmail().indexOf('@') + 1);
    }

    private List<MimeMessage> awaitMails(int count) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> TestMail.receivedFor(domain()).size() >= count);
        return TestMail.receivedFor(domain());
    }

    /** No further mail arrives while the mail job runs several times (every 300 ms in the tests). */
    private void assertNoMoreThan(int count) {
        Awaitility.await()
                .during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(3))
                .until(() -> TestMail.receivedFor(domain()).size() == count);
    }

    private long outbox(String condition) {
        return jdbc.sql("SELECT count(*) FROM office_mail WHERE tenant_id = :t AND " + condition)
                .param("t", tenant.tenant().id().value())
                .query(Long.class)
                .single();
    }

    private static String body(MimeMessage mail) throws Exception {
        return mail.getContent().toString();
    }
}
