package nl.simon.adapter;

import java.util.List;
import java.util.Locale;
import nl.simon.workorder.WorkOrderStatus;
import org.springframework.context.MessageSource;

/**
 * Renders a message code with its arguments in the user's language, the same way for the web pages
 * and the REST API: numbers as typed (work order 1234, not "1.234"), a work order status as its
 * label ("Gereed", not COMPLETED).
 */
public final class MessageText {
    private final MessageSource messages;

    public MessageText(MessageSource messages) {
        this.messages = messages;
    }

    public String render(Locale locale, String code, List<?> arguments) {
        Object[] shown = arguments.stream().map(argument -> shown(argument, locale)).toArray();
        return messages.getMessage(code, shown, code, locale);
    }

    public String render(Locale locale, String code, Object... arguments) {
        return render(locale, code, List.of(arguments));
    }

    private Object shown(Object argument, Locale locale) {
        if (argument instanceof Number) {
            return String.valueOf(argument);
        }
        if (argument instanceof WorkOrderStatus status) {
            return messages.getMessage("status." + status.name(), null, status.name(), locale);
        }
        return argument;
    }
}
