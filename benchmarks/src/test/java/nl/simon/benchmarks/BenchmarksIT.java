package nl.simon.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The benchmark command end to end at toy sizes: PostgreSQL, the emulator and three service instances
 * as processes, every scenario, the table written as JSON and Markdown. It checks that the figures are
 * there and that the integration did its job (every row stored, no poll writes, no duplicate draft);
 * the speed goals are the benchmark's business, not this test's.
 */
class BenchmarksIT {
    @Test
    void every_scenario_runs_and_writes_its_figures() throws Exception {
        Path results = Jars.root().resolve("benchmarks/target/it-results");
        Options options = Options.parse(List.of(
                "only=import,steady,push,scaleout,ui",
                "clients=600",
                "products=60",
                // the measured import runs on an instance that imported another company first
                "import_warmup=100",
                "tenants=12",
                "tenant_clients=20",
                "cycle=4s",
                "cycles=2",
                "push_tenants=3",
                "push_orders=15",
                "push_rate=30",
                "ui_customers=300",
                "ui_addresses=450",
                "ui_items=60",
                "ui_work_orders=600",
                "ui_companies=5",
                "ui_samples=3",
                // FS answers the pulls and pushes late, as in production: the figures must show it
                "fs_latency_ms=20",
                "results=benchmarks/target/it-results"));

        Report report = Benchmarks.run(options);

        assertThat(report.correct()).as(report.table()).isTrue();
        Map<String, Object> imported = report.figures(ImportScenario.NAME);
        assertThat(imported).containsEntry("customersStored", 600L).containsEntry("itemsStored", 60L);
        assertThat((Long) imported.get("importMs")).isPositive();
        assertThat((Long) imported.get("limitMs")).isNotNegative();
        assertThat(imported).containsEntry("warmupClients", 100);
        assertThat((Double) imported.get("cpuSecondsMachine")).isPositive();
        assertThat((Double) imported.get("cpuSecondsPostgres")).isNotNegative();
        assertThat((Map<?, ?>) imported.get("cpuSecondsServiceThreads")).isNotNull();
        assertThat((Map<?, ?>) imported.get("unchangedPollRowsWritten"))
                .allSatisfy(
                        (table, rows) -> assertThat(rows).as(table.toString()).isEqualTo(0L));
        Map<String, Object> steady = report.figures(SteadyStateScenario.NAME);
        assertThat((Long) steady.get("syncRuns")).isGreaterThanOrEqualTo(12);
        assertThat(steady).containsEntry("tenantsLate", 0L).containsEntry("tenantsActive", 12L);
        assertThat((Double) steady.get("lagP99AtMostSeconds")).isLessThan(30);
        assertThat(steady).containsEntry("customers", 240L);
        assertThat((Long) steady.get("databaseMb")).isPositive();
        // a page of clients and one of products per pull
        assertThat((Double) steady.get("fsCallsPerPull")).isGreaterThanOrEqualTo(2.0);
        assertThat((Double) steady.get("threadsWaitingOnFs")).isPositive();
        for (String scenario : List.of(PushScenario.NAME, PushScenario.SCALE_OUT)) {
            Map<String, Object> push = report.figures(scenario);
            assertThat(push)
                    .containsEntry("burst.duplicates", 0L)
                    .containsEntry("burst.missingInFs", 0L)
                    .containsEntry("burst.notSent", 0L)
                    .containsEntry("burst.draftsInFs", 30L);
            assertThat((Long) push.get("burst.latencyP99Ms")).isNotNull();
            // no draft before both of its FS calls (savename look-up, POST) waited fs_latency_ms
            assertThat((Long) push.get("paced.latencyMinMs")).isGreaterThanOrEqualTo(40);
            assertThat((Long) push.get("burst.latencyMinMs")).isGreaterThanOrEqualTo(40);
        }
        assertThat(report.figures(PushScenario.SCALE_OUT))
                .containsKey("throughputRatio")
                .containsEntry("burst.instances", 2);

        Map<String, Object> ui = report.figures(UiScenario.NAME);
        assertThat(ui).containsKey("rest.work orders, text search.p95Ms").containsKey("html.log, first page.p95Ms");
        assertThat((Map<?, ?>) ui.get("sqlStatementsPerRequest"))
                .allSatisfy((page, statements) ->
                        assertThat((Integer) statements).as(page.toString()).isPositive());

        JsonNode json = Http.JSON.readTree(Files.readString(results.resolve("latest.json")));
        assertThat(json.path("rows").size()).isEqualTo(report.rows().size());
        assertThat(json.at("/figures/import/customersStored").asLong()).isEqualTo(600);
        assertThat(Files.readString(results.resolve("latest.md"))).contains("| import | ratio import / limit |");
    }
}
