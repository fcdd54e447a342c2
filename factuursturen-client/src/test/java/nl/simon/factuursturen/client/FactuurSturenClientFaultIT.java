package nl.simon.factuursturen.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.simon.factuursturen.emulator.EmulatedAccount;
import nl.simon.factuursturen.emulator.EmulatorSettings;
import nl.simon.factuursturen.emulator.FactuurSturenEmulator;
import nl.simon.factuursturen.emulator.Fault;
import nl.simon.factuursturen.emulator.SettableClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every way FactuurSturen fails, as the client classifies it: once, here, for all callers. Emulator only
 * (its faults and clock make the failures); not run with {@code -Preal-fs} (see {@link FsUnderTest}).
 */
@Tag(FsUnderTest.EMULATOR_ONLY)
class FactuurSturenClientFaultIT {
    static final Instant NOW = Instant.parse("2026-11-29T10:17:00Z");
    static SettableClock emulatorClock = new SettableClock(NOW);
    static FactuurSturenEmulator emulator;

    EmulatedAccount account;
    Credentials credentials;
    FactuurSturenClient client;
    String clientnr;

    @BeforeAll
    static void start() {
        emulator = FactuurSturenEmulator.start(EmulatorSettings.defaults().withClock(emulatorClock));
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @BeforeEach
    void account() {
        emulatorClock.set(NOW);
        String username = "user-" + UUID.randomUUID();
        String key = "key-" + UUID.randomUUID();
        account = emulator.createAccount(username, key, 1_000);
        credentials = new Credentials(username, key);
        client = client(Duration.ofSeconds(10));
        clientnr = account.create("clients", Map.of("company", "Garage Pietersen"));
    }

    @AfterEach
    void clearFaults() {
        emulator.clearFaults();
    }

    @Test
    void a_500_on_a_read_is_transient_and_the_next_read_works() {
        emulator.addFault(Fault.failing("GET", "clients", 500));

        assertThatThrownBy(() -> client.clients().toList())
                .isInstanceOf(TransientFailure.class)
                .satisfies(e -> assertThat(((TransientFailure) e).status()).isEqualTo(500))
                .satisfies(
                        e -> assertThat(((TransientFailure) e).outcomeUnknown()).isFalse());
        assertThat(client.clients()).hasSize(1);
    }

    @Test
    void a_500_before_commit_on_a_draft_stores_nothing_and_says_the_outcome_is_unknown() {
        emulator.addFault(Fault.failing("POST", "invoices", 500));

        assertThatThrownBy(() -> client.createDraftInvoice(draft("WB 10")))
                .isInstanceOf(TransientFailure.class)
                .satisfies(
                        e -> assertThat(((TransientFailure) e).outcomeUnknown()).isTrue());
        assertThat(client.findSavedInvoiceByName("WB 10")).isEmpty();
    }

    @Test
    void a_lost_response_after_commit_is_transient_and_the_draft_can_be_found_by_savename() {
        emulator.addFault(Fault.lostResponse("POST", "invoices", 502));

        assertThatThrownBy(() -> client.createDraftInvoice(draft("WB 11")))
                .isInstanceOf(TransientFailure.class)
                .satisfies(
                        e -> assertThat(((TransientFailure) e).outcomeUnknown()).isTrue());
        assertThat(client.findSavedInvoiceByName("WB 11")).isPresent();
        assertThat(account.count("invoices_saved")).isEqualTo(1);
    }

    @Test
    void an_answer_later_than_the_read_timeout_is_transient_with_no_status() {
        FactuurSturenClient impatient = client(Duration.ofMillis(300));
        emulator.addFault(Fault.delayed("POST", "invoices", 2_000));

        assertThatThrownBy(() -> impatient.createDraftInvoice(draft("WB 12")))
                .isInstanceOf(TransientFailure.class)
                .satisfies(e -> assertThat(((TransientFailure) e).status()).isZero())
                .satisfies(
                        e -> assertThat(((TransientFailure) e).outcomeUnknown()).isTrue())
                .hasMessageContaining("Timeout");
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(5))
                .until(() -> client.findSavedInvoiceByName("WB 12").isPresent());
    }

    @Test
    void a_spent_quota_is_rate_limited_until_the_next_full_hour() {
        account.changeHourlyLimit(3);
        FactuurSturenClient clocked =
                new FactuurSturenClient(ClientSettings.of(URI.create(emulator.baseUrl()), credentials)
                        .withClock(Clock.fixed(NOW, ZoneOffset.UTC)));
        clocked.verifyCredentials();
        clocked.verifyCredentials();
        clocked.verifyCredentials();

        assertThatThrownBy(clocked::verifyCredentials)
                .isInstanceOf(RateLimited.class)
                .satisfies(e -> assertThat(((RateLimited) e).status()).isEqualTo(403))
                .satisfies(e ->
                        assertThat(((RateLimited) e).refillsAt()).isEqualTo(Instant.parse("2026-11-29T11:00:00Z")));
        assertThat(clocked.rateLimitRemaining()).hasValue(0);

        emulatorClock.advance(Duration.ofHours(1));
        clocked.verifyCredentials();
        assertThat(clocked.rateLimitRemaining()).hasValue(2);
    }

    @Test
    void a_forbidden_answer_with_quota_left_is_a_rejection_not_a_rate_limit() {
        emulator.addFault(Fault.failing("GET", "clients", 403));

        assertThatThrownBy(client::verifyCredentials).isInstanceOf(Rejected.class);
    }

    @Test
    void a_revoked_key_is_unauthorized() {
        emulator.addFault(Fault.failing("POST", "invoices", 401));

        assertThatThrownBy(() -> client.createDraftInvoice(draft("WB 13"))).isInstanceOf(Unauthorized.class);
    }

    @Test
    void a_validation_error_is_rejected_with_factuursturens_own_words() {
        DraftInvoice unknownClient = new DraftInvoice("987654", "WB 14", List.of(), List.of(InvoiceLine.text("x")));

        assertThatThrownBy(() -> client.createDraftInvoice(unknownClient))
                .isInstanceOf(Rejected.class)
                .satisfies(e -> assertThat(((Rejected) e).status()).isEqualTo(400))
                .satisfies(e -> assertThat(((Rejected) e).reason()).isNotBlank());
        assertThat(account.count("invoices_saved")).isZero();
    }

    @Test
    void a_closed_port_is_transient() {
        FactuurSturenClient nowhere =
                new FactuurSturenClient(ClientSettings.of(URI.create("http://127.0.0.1:9/api/v1/"), credentials));

        assertThatThrownBy(nowhere::verifyCredentials)
                .isInstanceOf(TransientFailure.class)
                .satisfies(e -> assertThat(((TransientFailure) e).status()).isZero());
    }

    private FactuurSturenClient client(Duration readTimeout) {
        return new FactuurSturenClient(
                ClientSettings.of(URI.create(emulator.baseUrl()), credentials).withReadTimeout(readTimeout));
    }

    private DraftInvoice draft(String savename) {
        return new DraftInvoice(clientnr, savename, List.of(), List.of(InvoiceLine.text("Werk")));
    }
}
