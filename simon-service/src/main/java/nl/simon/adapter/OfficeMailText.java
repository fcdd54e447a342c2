package nl.simon.adapter;

import java.util.Locale;
import nl.simon.integration.notify.OfficeMail;
import org.springframework.context.MessageSource;

/**
 * The subject and text of a mail to a company's admins, in the recipient's language (Dutch unless known to be
 * English): what happened, what to do, and a link into Simon under {@code baseUrl}; the same for the SMTP
 * mail and demo mode's mail page.
 */
public final class OfficeMailText {
    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final MessageSource messages;
    private final String baseUrl;

    public OfficeMailText(MessageSource messages, String baseUrl) {
        this.messages = messages;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public String subject(OfficeMail mail) {
        return text(mail, "mail.subject." + mail.kind().name(), mail.companyName());
    }

    public String body(OfficeMail mail) {
        String body;
        if (mail.kind() == OfficeMail.Kind.SUSPENDED) {
            String reason = switch (String.valueOf(mail.reason())) {
                case "KEY_UNREADABLE" -> "KEY_UNREADABLE";
                case "OPERATOR" -> "OPERATOR";
                default -> "UNAUTHORIZED";
            };
            String page = "OPERATOR".equals(reason) ? "/integration/status" : "/integration/wizard";
            body = text(mail, "mail.body.SUSPENDED." + reason, mail.companyName(), baseUrl + page);
        } else {
            body = text(
                    mail,
                    "mail.body.PUSH_FAILED",
                    mail.companyName(),
                    String.valueOf(mail.workOrderNumber()),
                    baseUrl + "/work-orders/" + mail.workOrderId(),
                    baseUrl + "/integration/log");
        }
        return body + "\n\n-- \n" + text(mail, "mail.footer");
    }

    public static Locale locale(OfficeMail mail) {
        return "en".equals(mail.language()) ? Locale.ENGLISH : DUTCH;
    }

    private String text(OfficeMail mail, String code, Object... arguments) {
        return messages.getMessage(code, arguments, code, locale(mail));
    }
}
