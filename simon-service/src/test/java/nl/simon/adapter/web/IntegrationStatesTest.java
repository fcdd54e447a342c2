package nl.simon.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The status page shows the configured interval in words, not always "elke 5 minuten" (issue 12, item 10). */
class IntegrationStatesTest {
    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private final IntegrationStates states = new IntegrationStates(null, null, null, messages(), new Display());

    @Test
    void the_interval_is_said_in_its_largest_whole_unit_in_dutch_and_english() {
        assertThat(states.duration(Duration.ofMinutes(5), DUTCH)).isEqualTo("5 minuten");
        assertThat(states.duration(Duration.ofMinutes(1), DUTCH)).isEqualTo("1 minuut");
        assertThat(states.duration(Duration.ofSeconds(30), DUTCH)).isEqualTo("30 seconden");
        assertThat(states.duration(Duration.ofSeconds(90), DUTCH)).isEqualTo("90 seconden");
        assertThat(states.duration(Duration.ofHours(2), DUTCH)).isEqualTo("2 uur");
        assertThat(states.duration(Duration.ofHours(48), DUTCH)).isEqualTo("2 dagen");
        assertThat(states.duration(Duration.ofMinutes(5), Locale.ENGLISH)).isEqualTo("5 minutes");
        assertThat(states.duration(Duration.ofHours(1), Locale.ENGLISH)).isEqualTo("1 hour");
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
