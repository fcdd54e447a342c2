package nl.simon.adapter.web;

import java.io.Serializable;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A form that was sent back: which form, what the user typed and the message per field. It travels
 * as a flash attribute to the page the form is on, so that page shows the message in red under the
 * field and keeps the input. Pages with several forms ask by form name, so equal field names in
 * different forms (e.g. {@code employee}) do not mix. Secrets (an API key, a password) are never kept:
 * the user types them again. A field sent more than once (checkboxes) keeps all its values.
 */
public record FormState(
        String form, Map<String, String> values, Map<String, List<String>> lists, Map<String, String> errors)
        implements Serializable {
    private static final int MAX_KEPT_LENGTH = 5000;
    private static final int MAX_KEPT_VALUES = 50;
    private static final Set<String> SECRETS = Set.of("apiKey", "password");

    /** The form as sent, with the message for the field that was refused (none when {@code field} is null). */
    static FormState of(String form, Map<String, String[]> parameters, String field, String message) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (field != null) {
            errors.put(field, message);
        }
        return of(form, parameters, errors);
    }

    /** The form as sent, with a message for each refused field. */
    static FormState of(String form, Map<String, String[]> parameters, Map<String, String> fieldErrors) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, List<String>> lists = new LinkedHashMap<>();
        parameters.forEach((name, given) -> {
            if (!name.startsWith("_") && !SECRETS.contains(name) && given.length > 0 && given[0] != null) {
                values.put(name, kept(given[0]));
                lists.put(
                        name,
                        Arrays.stream(given)
                                .limit(MAX_KEPT_VALUES)
                                .map(FormState::kept)
                                .toList());
            }
        });
        return new FormState(form, values, lists, new LinkedHashMap<>(fieldErrors));
    }

    private static String kept(String value) {
        return value == null || value.length() <= MAX_KEPT_LENGTH ? value : value.substring(0, MAX_KEPT_LENGTH);
    }

    /** What the user typed in this field of this form, or null when this form was not sent back. */
    public String value(String form, String field) {
        return this.form.equals(form) ? values.get(field) : null;
    }

    /** The message for this field of this form, or null. */
    public String error(String form, String field) {
        return this.form.equals(form) ? errors.get(field) : null;
    }

    /** Whether this option of a select was the one chosen when the form was sent. */
    public boolean chosen(String form, String field, Object option) {
        String value = value(form, field);
        return value != null && value.equals(String.valueOf(option));
    }

    /** Whether this checkbox value was among those ticked when the form was sent. */
    public boolean ticked(String form, String field, Object option) {
        return this.form.equals(form) && lists.getOrDefault(field, List.of()).contains(String.valueOf(option));
    }

    public boolean sent(String form) {
        return this.form.equals(form);
    }
}
