package nl.simon.adapter.web;

import nl.simon.adapter.MessageText;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The green message the page shows after a successful change, in the user's language. */
@Component
class Notices {
    private final MessageText text;

    Notices(MessageSource messages) {
        this.text = new MessageText(messages);
    }

    void success(RedirectAttributes redirect, String code, Object... arguments) {
        redirect.addFlashAttribute("success", text.render(LocaleContextHolder.getLocale(), code, arguments));
    }
}
