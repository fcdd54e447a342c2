package nl.simon.adapter.web;

import java.time.Instant;
import java.util.List;
import nl.simon.adapter.OfficeMailText;
import nl.simon.integration.notify.OfficeMails;
import nl.simon.tenant.Caller;
import org.springframework.context.annotation.Profile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Demo mode only: the e-mails to the company's admins (issue 16, item 5) are not sent to a mail server but shown
 * here, newest first, as the admins would get them. Admins only, as the mails are theirs.
 */
@Controller
@Profile("demo")
class DemoMailsPage {
    static final int SHOWN = 50;

    private final OfficeMails mails;
    private final OfficeMailText text;

    DemoMailsPage(OfficeMails mails, OfficeMailText text) {
        this.mails = mails;
        this.text = text;
    }

    @GetMapping("/demo/mails")
    String mails(Caller caller, Model model) {
        if (!caller.isAdmin()) {
            throw new AccessDeniedException("admins only");
        }
        List<Shown> shown = mails.latest(caller.tenant(), SHOWN).stream()
                .map(mail -> new Shown(
                        mail.recipient(), text.subject(mail), text.body(mail), mail.createdAt(), mail.sentAt()))
                .toList();
        model.addAttribute("mails", shown);
        return "demo-mails";
    }

    record Shown(String to, String subject, String body, Instant createdAt, Instant sentAt) {}
}
