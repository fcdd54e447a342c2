package nl.simon.factuursturen.emulator.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class QuotaTest {

    private static final Instant NINE = Instant.parse("2025-03-10T09:00:00Z");

    @Test
    void calls_count_down_to_zero_then_are_refused_until_the_next_clock_hour() {
        Quota quota = new Quota(2);

        assertThat(quota.take(NINE)).isEqualTo(new QuotaDecision.Allowed(1));
        assertThat(quota.take(NINE.plusSeconds(3599))).isEqualTo(new QuotaDecision.Allowed(0));
        assertThat(quota.take(NINE.plusSeconds(3599))).isInstanceOf(QuotaDecision.Spent.class);
        assertThat(quota.remaining(NINE.plusSeconds(3599))).isZero();
        assertThat(quota.take(NINE.plusSeconds(3600))).isEqualTo(new QuotaDecision.Allowed(1));
    }

    @Test
    void a_lower_limit_applies_at_once() {
        Quota quota = new Quota(10);
        quota.take(NINE);

        quota.changeLimit(1);

        assertThat(quota.take(NINE)).isInstanceOf(QuotaDecision.Spent.class);
    }
}
