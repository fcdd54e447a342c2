package nl.simon.adapter.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import nl.simon.adapter.OfficeMailText;
import nl.simon.integration.notify.MailDelivery;
import nl.simon.integration.notify.OfficeMail;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Hands a mail to the SMTP server Spring Boot's mail support connects to ({@code SPRING_MAIL_HOST}, …): plain
 * text in UTF-8, with the outbox row's id in {@code X-Simon-Mail-Id} so a copy sent twice (a crash between the
 * server's acceptance and the commit) can be recognised.
 */
public final class SmtpMailDelivery implements MailDelivery {
    public static final String MAIL_ID_HEADER = "X-Simon-Mail-Id";

    private final JavaMailSender sender;
    private final OfficeMailText text;
    private final String from;

    public SmtpMailDelivery(JavaMailSender sender, OfficeMailText text, String from) {
        this.sender = sender;
        this.text = text;
        this.from = from;
    }

    @Override
    public void deliver(OfficeMail mail) {
        MimeMessage message = sender.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(mail.recipient());
            helper.setSubject(text.subject(mail));
            helper.setText(text.body(mail));
            message.setHeader(MAIL_ID_HEADER, String.valueOf(mail.id()));
        } catch (MessagingException bad) {
            throw new MailPreparationException("mail " + mail.id() + " could not be composed", bad);
        }
        sender.send(message);
    }
}
