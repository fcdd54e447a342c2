package nl.simon.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

class DisplayTest {
    private final Display display = new Display();

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void minutes_are_shown_as_hours_and_minutes() {
        assertThat(display.hoursMinutes(120)).isEqualTo("2:00");
        assertThat(display.hoursMinutes(15)).isEqualTo("0:15");
        assertThat(display.hoursMinutes(605)).isEqualTo("10:05");
    }

    @Test
    void prices_are_euros_in_the_page_language() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("nl"));
        assertThat(display.euro(new BigDecimal("1234.5"))).isEqualTo("€\u00a01.234,50");
        assertThat(display.number(new BigDecimal("2.5000"))).isEqualTo("2,5");

        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(display.euro(new BigDecimal("34.5"))).isEqualTo("€34.50");
    }

    @Test
    void times_are_dutch_time_and_lists_show_the_first_line() {
        assertThat(display.dateTime(Instant.parse("2026-12-01T07:00:00Z"))).isEqualTo("01-12-2026 08:00");
        assertThat(display.firstLine("  Kraan vervangen\nKeuken\n")).isEqualTo("Kraan vervangen");
        assertThat(display.firstLine("Kraan\r\nKeuken")).isEqualTo("Kraan");
    }
}
