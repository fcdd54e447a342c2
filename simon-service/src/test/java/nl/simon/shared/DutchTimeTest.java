package nl.simon.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DutchTimeTest {

    @Test
    void a_time_with_a_zone_is_taken_as_it_is() {
        assertThat(DutchTime.parse("start", "2026-12-01T08:00:00Z")).isEqualTo(Instant.parse("2026-12-01T08:00:00Z"));
        assertThat(DutchTime.parse("start", "2026-12-01T08:00:00+01:00"))
                .isEqualTo(Instant.parse("2026-12-01T07:00:00Z"));
    }

    @Test
    void a_time_without_a_zone_is_dutch_time_in_winter_and_summer() {
        assertThat(DutchTime.parse("start", "2026-12-01T08:00")).isEqualTo(Instant.parse("2026-12-01T07:00:00Z"));
        assertThat(DutchTime.parse("start", "2026-07-01T08:00")).isEqualTo(Instant.parse("2026-07-01T06:00:00Z"));
    }

    @Test
    void unreadable_or_missing_time_names_the_field() {
        assertThatThrownBy(() -> DutchTime.parse("start", "morgen om acht"))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("field", "start")
                .hasFieldOrPropertyWithValue("messageCode", "error.date-time");
        assertThatThrownBy(() -> DutchTime.parse("start", " "))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("messageCode", "error.required");
    }
}
