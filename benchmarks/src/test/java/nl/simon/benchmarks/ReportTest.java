package nl.simon.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class ReportTest {
    @TempDir
    Path directory;

    @Test
    void a_missed_speed_goal_is_a_finding_a_missed_result_makes_the_run_wrong() {
        Report report = new Report();
        report.row("import", "ratio import / limit", "5.41", "≤ 1.5", false);
        report.check("push", "burst: duplicate drafts", "0", "0", true);

        assertThat(report.correct()).isTrue();

        report.check("push", "burst: 1,000 work orders", "999 drafts", "1,000", false);
        assertThat(report.correct()).isFalse();
    }

    @Test
    void writes_json_and_markdown_under_a_time_stamp_and_as_latest() throws Exception {
        Report report = new Report();
        report.run("machine", "2 cores");
        report.row("steady", "scheduler lag p99 (due → start)", "≤ 2.1 s", "< 30 s", true);
        report.check("steady", "tenants not synced within cycle + 30 s", "0 of 2,000", "0", true);
        report.figure("steady", "syncRuns", 5945L);

        report.write(directory, Instant.parse("2026-11-29T06:01:20Z"));

        assertThat(directory.resolve("20261129-060120.md")).exists();
        JsonNode json = Http.JSON.readTree(Files.readString(directory.resolve("latest.json")));
        assertThat(json.at("/figures/steady/syncRuns").asLong()).isEqualTo(5945);
        assertThat(json.at("/rows/0/kind").asString()).isEqualTo("speed");
        assertThat(json.at("/rows/1/kind").asString()).isEqualTo("result");
        assertThat(json.at("/run/machine").asString()).isEqualTo("2 cores");
        assertThat(Files.readString(directory.resolve("latest.md")))
                .contains("| steady | scheduler lag p99 (due → start) | ≤ 2.1 s | < 30 s | met |");
        assertThat(report.figures("steady")).isEqualTo(Map.of("syncRuns", 5945L));
    }
}
