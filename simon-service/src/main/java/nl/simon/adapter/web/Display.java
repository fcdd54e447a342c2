package nl.simon.adapter.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;
import nl.simon.shared.DutchTime;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** How the pages show numbers, money, durations and times; templates call it as {@code @display}. */
@Component("display")
public class Display {
    private static final Currency EURO = Currency.getInstance("EUR");
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm").withZone(DutchTime.ZONE);

    /** 135 minutes as {@code 2:15}. */
    public String hoursMinutes(int minutes) {
        return "%d:%02d".formatted(minutes / 60, minutes % 60);
    }

    /** A price in euro in the page's language: {@code € 34,50} in Dutch, {@code €34.50} in English. */
    public String euro(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(LocaleContextHolder.getLocale());
        format.setCurrency(EURO);
        return format.format(amount);
    }

    /** A quantity or percentage without trailing zeros, with the page language's decimal sign. */
    public String number(BigDecimal value) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(LocaleContextHolder.getLocale());
        format.setMaximumFractionDigits(4);
        return format.format(value);
    }

    /** A whole number with the page language's grouping: {@code 20.319} in Dutch, {@code 20,319} in English. */
    public String count(long value) {
        return NumberFormat.getIntegerInstance(LocaleContextHolder.getLocale()).format(value);
    }

    /** Date and time in Dutch time, as Simon's Dutch pages write them: {@code 19-06-2019 15:42}. */
    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    /** The first line of a multi-line text, for lists. */
    public String firstLine(String text) {
        if (text == null) {
            return "";
        }
        String stripped = text.strip();
        int end = stripped.indexOf('\n');
        return (end < 0 ? stripped : stripped.substring(0, end)).strip();
    }

    /** The language the page is shown in, for the {@code lang} attribute and the switch. */
    public String language() {
        Locale locale = LocaleContextHolder.getLocale();
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? "en" : "nl";
    }

    /** Date and time with seconds in Dutch time, for the log: {@code 19-06-2019 15:42:07} (issue 15). */
    public String dateTimeSeconds(Instant instant) {
        return instant == null ? "" : DATE_TIME_SECONDS.format(instant);
    }

    /** The value of a datetime-local field: the moment in Dutch time, to the minute ("2026-06-19T11:30"). */
    public String dateTimeInput(Instant instant) {
        return instant == null ? "" : DATE_TIME_INPUT.format(instant);
    }

    private static final DateTimeFormatter DATE_TIME_INPUT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").withZone(DutchTime.ZONE);

    private static final DateTimeFormatter DATE_TIME_SECONDS =
            DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss").withZone(DutchTime.ZONE);

    /** A number to edit in a form field: no thousands separator, the page language's decimal sign (issue 15). */
    public String decimalInput(BigDecimal value) {
        if (value == null) {
            return "";
        }
        String plain = value.stripTrailingZeros().toPlainString();
        return "nl".equals(LocaleContextHolder.getLocale().getLanguage()) ? plain.replace('.', ',') : plain;
    }
}
