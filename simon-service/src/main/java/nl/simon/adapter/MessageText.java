package nl.simon.adapter;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.simon.integration.lifecycle.SimonTable;
import nl.simon.integration.lifecycle.WizardStep;
import nl.simon.integration.push.Composition;
import nl.simon.integration.push.SyncNote;
import nl.simon.shared.Count;
import nl.simon.workorder.InvoiceSyncState;
import nl.simon.workorder.WorkOrderStatus;
import org.springframework.context.MessageSource;

/**
 * Renders a message code with its arguments in the user's language, the same way for the web pages
 * and the REST API: numbers as typed (work order 1234, not "1.234"), a work order status, a Simon
 * table, a wizard step or a setting by its label ("Gereed", "Werkadres"), collections joined with commas.
 */
public final class MessageText {
    private final MessageSource messages;

    public MessageText(MessageSource messages) {
        this.messages = messages;
    }

    public String render(Locale locale, String code, List<?> arguments) {
        Object[] shown =
                arguments.stream().map(argument -> shown(argument, locale)).toArray();
        return messages.getMessage(code, shown, code, locale);
    }

    public String render(Locale locale, String code, Object... arguments) {
        return render(locale, code, List.of(arguments));
    }

    /**
     * A log row: its parameters were stored as text, so table and step names in them ("ItemGroup, Item")
     * or setting names are shown by their labels in the reader's language.
     */
    public String renderLog(Locale locale, String code, List<String> parameters) {
        Object[] shown = parameters.stream()
                .map(parameter -> labelTokens(parameter, locale))
                .toArray();
        return messages.getMessage("log." + code, shown, code, locale);
    }

    /** A work order's invoice note as stored ({@link SyncNote}), or null when it has none. */
    public String renderNote(Locale locale, String note) {
        return SyncNote.read(note)
                .map(read -> renderLog(locale, read.code(), read.parameters()))
                .orElse(null);
    }

    private String labelTokens(String parameter, Locale locale) {
        return Arrays.stream(parameter.split(", ", -1))
                .map(token -> messages.getMessage(
                        "table." + token,
                        null,
                        messages.getMessage(
                                "step." + token,
                                null,
                                messages.getMessage("setting." + token, null, token, locale),
                                locale),
                        locale))
                .collect(Collectors.joining(", "));
    }

    private Object shown(Object argument, Locale locale) {
        if (argument instanceof Count count) {
            return count.value();
        }
        if (argument instanceof Number) {
            return String.valueOf(argument);
        }
        if (argument instanceof WorkOrderStatus status) {
            return label("status." + status.name(), status.name(), locale);
        }
        if (argument instanceof InvoiceSyncState state) {
            return label("invoice." + state.name(), state.name(), locale);
        }
        if (argument instanceof SimonTable table) {
            return label("table." + table.name(), table.name(), locale);
        }
        if (argument instanceof WizardStep step) {
            return label("step." + step.name(), step.name(), locale);
        }
        if (argument instanceof Composition.Setting setting) {
            return label("setting." + setting.field(), "setting." + setting.field(), locale);
        }
        if (argument instanceof Collection<?> many) {
            return many.stream().map(one -> String.valueOf(shown(one, locale))).collect(Collectors.joining(", "));
        }
        return argument;
    }

    private String label(String key, String fallback, Locale locale) {
        return messages.getMessage(key, null, fallback, locale);
    }
}
