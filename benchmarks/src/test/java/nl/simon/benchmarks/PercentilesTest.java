package nl.simon.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class PercentilesTest {
    @Test
    void nearest_rank() {
        List<Long> values =
                new ArrayList<>(LongStream.rangeClosed(1, 100).boxed().toList());
        Collections.shuffle(values);
        Percentiles hundred = new Percentiles(values);

        assertThat(hundred.at(50)).isEqualTo(50);
        assertThat(hundred.at(99)).isEqualTo(99);
        assertThat(hundred.max()).isEqualTo(100);
        assertThat(new Percentiles(List.of(7L)).at(99)).isEqualTo(7);
        assertThatThrownBy(() -> new Percentiles(List.of()).at(50)).isInstanceOf(IllegalStateException.class);
    }
}
