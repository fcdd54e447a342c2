package nl.simon.integration.notify;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import nl.simon.shared.Transactions;

/**
 * The body of the {@code office-mail} job: sends the outbox's due mails, each in a transaction of its own that
 * holds the mail's row lock from before the hand-over to the SMTP server until it is marked sent. So no two
 * instances send one mail, a failed hand-over (SMTP down) leaves it due again later (after 1, 2, 4 … at most 60
 * minutes), and only a crash between the server's acceptance and the commit can send a mail twice.
 */
public final class SendOfficeMails {
    static final int BATCH = 50;
    static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    static final Duration MAX_RETRY = Duration.ofMinutes(60);

    private final OfficeMails mails;
    private final MailDelivery delivery;
    private final Transactions transactions;
    private final Clock clock;

    public SendOfficeMails(OfficeMails mails, MailDelivery delivery, Transactions transactions, Clock clock) {
        this.mails = mails;
        this.delivery = delivery;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Sends what is due now, at most one batch; answers how many were handed over. */
    public int sendDue() {
        int sent = 0;
        for (int i = 0; i < BATCH; i++) {
            Optional<Boolean> outcome = transactions.inTransaction(this::sendOne);
            if (outcome.isEmpty()) {
                break;
            }
            if (outcome.get()) {
                sent++;
            }
        }
        return sent;
    }

    private Optional<Boolean> sendOne() {
        Optional<OfficeMail> due = mails.claimDue(clock.instant());
        if (due.isEmpty()) {
            return Optional.empty();
        }
        OfficeMail mail = due.get();
        try {
            delivery.deliver(mail);
        } catch (RuntimeException failure) {
            mails.failed(mail.id(), describe(failure), clock.instant().plus(retryAfter(mail.attempts())));
            return Optional.of(false);
        }
        mails.sent(mail.id(), clock.instant());
        return Optional.of(true);
    }

    static Duration retryAfter(int attemptsBefore) {
        Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(attemptsBefore, 10));
        return wait.compareTo(MAX_RETRY) > 0 ? MAX_RETRY : wait;
    }

    private static String describe(RuntimeException failure) {
        String message = failure.getMessage() == null ? "" : failure.getMessage();
        String text = failure.getClass().getSimpleName() + (message.isBlank() ? "" : ": " + message.strip());
        return text.length() <= 500 ? text : text.substring(0, 499) + "…";
    }
}
