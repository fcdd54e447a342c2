package nl.simon.integration.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import nl.simon.factuursturen.emulator.SettableClock;
import nl.simon.shared.TenantId;
import nl.simon.shared.Transactions;
import org.junit.jupiter.api.Test;

/** The office-mail job: an SMTP outage loses no mail (it stays due, tried again later), a sent one never goes again. */
class SendOfficeMailsTest {
    private final SettableClock clock = new SettableClock(Instant.parse("2026-12-04T08:00:00Z"));
    private final Outbox outbox = new Outbox();
    private final List<Long> delivered = new ArrayList<>();
    private boolean smtpDown;

    private final SendOfficeMails send = new SendOfficeMails(
            outbox,
            mail -> {
                if (smtpDown) {
                    throw new IllegalStateException("connection refused");
                }
                delivered.add(mail.id());
            },
            new Transactions() {
                @Override
                public <T> T inTransaction(Supplier<T> work) {
                    return work.get();
                }

                @Override
                public void runAlone(Runnable work) {
                    work.run();
                }
            },
            clock);

    @Test
    void an_smtp_outage_keeps_the_mail_due_and_it_goes_once_when_the_server_is_back() {
        outbox.add(1);
        outbox.add(2);
        smtpDown = true;

        assertThat(send.sendDue()).isZero();
        assertThat(delivered).isEmpty();
        assertThat(outbox.mails).allSatisfy(m -> assertThat(m.sentAt).isNull());
        assertThat(outbox.mails).allSatisfy(m -> assertThat(m.error).contains("connection refused"));

        smtpDown = false;
        assertThat(send.sendDue()).as("not due before the retry time").isZero();
        clock.advance(Duration.ofMinutes(1));
        assertThat(send.sendDue()).isEqualTo(2);
        assertThat(delivered).containsExactly(1L, 2L);

        clock.advance(Duration.ofHours(2));
        assertThat(send.sendDue()).isZero();
        assertThat(delivered).containsExactly(1L, 2L);
    }

    @Test
    void a_failed_hand_over_is_tried_again_after_one_minute_doubling_to_at_most_an_hour() {
        assertThat(SendOfficeMails.retryAfter(0)).isEqualTo(Duration.ofMinutes(1));
        assertThat(SendOfficeMails.retryAfter(1)).isEqualTo(Duration.ofMinutes(2));
        assertThat(SendOfficeMails.retryAfter(5)).isEqualTo(Duration.ofMinutes(32));
        assertThat(SendOfficeMails.retryAfter(6)).isEqualTo(Duration.ofMinutes(60));
        assertThat(SendOfficeMails.retryAfter(1000)).isEqualTo(Duration.ofMinutes(60));
    }

    private final class Outbox implements OfficeMails {
        final List<Row> mails = new ArrayList<>();

        void add(long id) {
            mails.add(new Row(id, clock.instant()));
        }

        @Override
        public Optional<OfficeMail> claimDue(Instant now) {
            return mails.stream()
                    .filter(m -> m.sentAt == null && !m.due.isAfter(now))
                    .findFirst()
                    .map(m -> new OfficeMail(
                            m.id,
                            new TenantId(1),
                            "Bakkerij",
                            "admin@bakkerij.nl",
                            "nl",
                            OfficeMail.Kind.SUSPENDED,
                            "UNAUTHORIZED",
                            null,
                            null,
                            now,
                            m.attempts,
                            null));
        }

        @Override
        public void sent(long id, Instant at) {
            row(id).sentAt = at;
        }

        @Override
        public void failed(long id, String error, Instant retryAt) {
            Row row = row(id);
            row.attempts++;
            row.error = error;
            row.due = retryAt;
        }

        @Override
        public List<OfficeMail> latest(TenantId tenant, int limit) {
            return List.of();
        }

        private Row row(long id) {
            return mails.stream().filter(m -> m.id == id).findFirst().orElseThrow();
        }
    }

    private static final class Row {
        final long id;
        Instant due;
        Instant sentAt;
        int attempts;
        String error;

        Row(long id, Instant due) {
            this.id = id;
            this.due = due;
        }
    }
}
