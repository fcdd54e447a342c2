package nl.simon.integration.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SendOfficeMailsTest {
    @Test
    void a_failed_hand_over_is_tried_again_after_one_minute_doubling_to_at_most_an_hour() {
        assertThat(SendOfficeMails.retryAfter(0)).isEqualTo(Duration.ofMinutes(1));
        assertThat(SendOfficeMails.retryAfter(1)).isEqualTo(Duration.ofMinutes(2));
        assertThat(SendOfficeMails.retryAfter(5)).isEqualTo(Duration.ofMinutes(32));
        assertThat(SendOfficeMails.retryAfter(6)).isEqualTo(Duration.ofMinutes(60));
        assertThat(SendOfficeMails.retryAfter(1000)).isEqualTo(Duration.ofMinutes(60));
    }
}
