package nl.simon.integration.notify;

/** Hands one mail over for delivery (an SMTP server; demo mode: its mail page). Fails with an exception. */
public interface MailDelivery {
    void deliver(OfficeMail mail);
}
