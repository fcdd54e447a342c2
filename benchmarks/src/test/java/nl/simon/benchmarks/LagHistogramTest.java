package nl.simon.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LagHistogramTest {
    private static final String EARLIER = """
            # TYPE simon_jobs_lag_seconds histogram
            simon_jobs_lag_seconds_bucket{application="simon-service",task="fs-sync",le="0.5"} 10
            simon_jobs_lag_seconds_bucket{application="simon-service",task="fs-sync",le="1.0"} 10
            simon_jobs_lag_seconds_bucket{application="simon-service",task="fs-sync",le="2.0"} 10
            simon_jobs_lag_seconds_bucket{application="simon-service",task="fs-sync",le="+Inf"} 10
            simon_jobs_lag_seconds_bucket{application="simon-service",task="fs-push",le="0.5"} 3
            simon_jobs_lag_seconds_bucket{application="simon-service",task="fs-push",le="+Inf"} 3
            """;
    private static final String LATER = """
            simon_jobs_lag_seconds_bucket{application="simon-service",task="fs-sync",le="0.5"} 60
            simon_jobs_lag_seconds_bucket{application="simon-service",task="fs-sync",le="1.0"} 108
            simon_jobs_lag_seconds_bucket{application="simon-service",task="fs-sync",le="2.0"} 109
            simon_jobs_lag_seconds_bucket{application="simon-service",task="fs-sync",le="+Inf"} 110
            simon_jobs_lag_seconds_count{application="simon-service",task="fs-sync"} 110
            """;

    @Test
    void percentiles_of_the_runs_between_two_readings_are_bucket_upper_bounds() {
        LagHistogram window = LagHistogram.of(LATER, "fs-sync").minus(LagHistogram.of(EARLIER, "fs-sync"));

        assertThat(window.count()).isEqualTo(100);
        assertThat(window.percentile(50)).isEqualTo(0.5);
        assertThat(window.percentile(51)).isEqualTo(1.0);
        assertThat(window.percentile(99)).isEqualTo(2.0);
        assertThat(window.percentile(100)).isInfinite();
        assertThat(window.maxBound()).isInfinite();
    }

    @Test
    void only_the_asked_task_counts_and_instances_add_up() {
        LagHistogram push = LagHistogram.of(EARLIER, "fs-push");

        assertThat(push.count()).isEqualTo(3);
        assertThat(push.plus(push).count()).isEqualTo(6);
        assertThat(push.maxBound()).isEqualTo(0.5);
        assertThat(LagHistogram.of(EARLIER, "fs-cleanup").percentile(99)).isNaN();
    }
}
