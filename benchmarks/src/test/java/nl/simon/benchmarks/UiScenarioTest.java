package nl.simon.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class UiScenarioTest {
    @Test
    void plans_are_read_from_auto_explain_lines_without_the_schedulers_polling() {
        String log = """
                2026-12-04 16:00:00.000 UTC [123] LOG:  duration: 0.120 ms  plan:
                \tQuery Text: SELECT count(*) FROM work_order w WHERE w.tenant_id = $1
                \tAggregate  (cost=1.00..1.01 rows=1 width=8)
                \t  ->  Seq Scan on work_order w  (cost=0.00..1.00 rows=1 width=0)
                2026-12-04 16:00:00.001 UTC [124] LOG:  duration: 0.050 ms  plan:
                \tQuery Text: select * from scheduled_tasks where picked = false
                \tSeq Scan on scheduled_tasks  (cost=0.00..1.00 rows=1 width=0)
                2026-12-04 16:00:00.002 UTC [123] LOG:  duration: 0.030 ms  plan:
                \tQuery Text: SELECT * FROM customer WHERE tenant_id = $1 AND id = $2
                \tIndex Scan using customer_pkey on customer  (cost=0.42..8.44 rows=1 width=100)
                2026-12-04 16:00:00.003 UTC [125] LOG:  checkpoint starting: time
                """;

        List<String> plans = UiScenario.plans(log);

        assertThat(plans).hasSize(2);
        assertThat(plans.get(0)).contains("Seq Scan on work_order");
        assertThat(plans.get(1)).contains("Index Scan using customer_pkey").doesNotContain("checkpoint");
    }
}
