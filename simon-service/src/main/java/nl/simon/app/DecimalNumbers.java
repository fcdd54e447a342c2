package nl.simon.app;

import java.beans.PropertyEditorSupport;
import java.util.regex.Pattern;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Ids and numbers in paths and request parameters are plain decimal digits (issue 14): {@code 0x10},
 * {@code #10}, {@code +16}, {@code " 16"} or {@code 1e3} is a 400 naming the parameter (the API) or the
 * not-found page (a page's path), never read as 16. Spring's own number editor decodes hex and octal and
 * trims, and it is the fallback even behind a converter, so these editors replace it for every controller.
 */
@ControllerAdvice
class DecimalNumbers {
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,19}");

    @InitBinder
    void decimalOnly(WebDataBinder binder) {
        binder.registerCustomEditor(long.class, new Decimal(false, false));
        binder.registerCustomEditor(Long.class, new Decimal(true, false));
        binder.registerCustomEditor(int.class, new Decimal(false, true));
        binder.registerCustomEditor(Integer.class, new Decimal(true, true));
        binder.registerCustomEditor(java.math.BigDecimal.class, new DecimalFraction());
    }

    /**
     * Amounts typed in a form (issue 15): "1,5" and "1.5" are both 1.5 whatever the browser's language.
     * One comma or one point is the decimal sign; a thousands separator is refused ("1.234,5", "1,234.5",
     * "1.234.567" are a red field message, never read as something else). Spaces around are ignored.
     */
    static final class DecimalFraction extends PropertyEditorSupport {
        private static final Pattern FRACTION = Pattern.compile("-?[0-9]{1,15}([.,][0-9]{1,10})?");

        @Override
        public void setAsText(String text) {
            String typed = text == null ? "" : text.strip();
            if (typed.isEmpty()) {
                setValue(null);
                return;
            }
            if (!FRACTION.matcher(typed).matches()) {
                throw new IllegalArgumentException("not a decimal number with one decimal sign");
            }
            setValue(new java.math.BigDecimal(typed.replace(',', '.')));
        }
    }

    private static final class Decimal extends PropertyEditorSupport {
        private final boolean wrapper;
        private final boolean integer;

        Decimal(boolean wrapper, boolean integer) {
            this.wrapper = wrapper;
            this.integer = integer;
        }

        @Override
        public void setAsText(String text) {
            if (text == null || text.isEmpty()) {
                if (!wrapper) {
                    throw new IllegalArgumentException("a number is required");
                }
                setValue(null);
                return;
            }
            if (!DECIMAL.matcher(text).matches()) {
                throw new IllegalArgumentException("not a decimal number");
            }
            long value = Long.parseLong(text);
            if (integer && (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE)) {
                throw new IllegalArgumentException("too large");
            }
            setValue(integer ? (Object) (int) value : (Object) value);
        }
    }
}
