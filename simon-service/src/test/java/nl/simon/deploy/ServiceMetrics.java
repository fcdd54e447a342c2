package nl.simon.deploy;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.simon.adapter.scheduling.FleetMetrics;
import nl.simon.adapter.scheduling.JobLagMetrics;
import nl.simon.integration.jobs.FleetFigures;

/**
 * The series names the service's own meters have on {@code /actuator/prometheus}: the same meter classes the
 * service registers ({@link FleetMetrics}, {@link JobLagMetrics}), on a Prometheus registry, scraped. So a renamed
 * meter shows here at once, without a list of names to keep in step.
 */
final class ServiceMetrics {
    /**
     * Series that are not the service's own meters: {@code up} is Prometheus's own (whether it could scrape), and
     * {@code http_server_requests_seconds_*} is Spring Boot's HTTP server observation.
     */
    static final Set<String> OTHERS = Set.of(
            "up",
            "http_server_requests_seconds_count",
            "http_server_requests_seconds_sum",
            "http_server_requests_seconds_bucket");

    private static final Pattern SERIES = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)", Pattern.MULTILINE);

    private ServiceMetrics() {}

    static Set<String> names() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new FleetMetrics(
                registry, () -> new FleetFigures(1, 2, 3, 4, 5, 6, 7, 8), Duration.ofSeconds(5), Clock.systemUTC());
        new JobLagMetrics(registry, Clock.systemUTC()).record("fs-push", Duration.ofSeconds(1));
        Set<String> names = new TreeSet<>();
        Matcher series = SERIES.matcher(registry.scrape());
        while (series.find()) {
            names.add(series.group(1));
        }
        return names;
    }

    /**
     * The metric names a PromQL expression uses: what is left after removing strings, label matchers, ranges,
     * grouping clauses, offsets and numbers, that is not a function call or an operator word.
     */
    static Set<String> usedBy(String promql) {
        String bare = promql.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "")
                .replaceAll("\\{[^}]*}", " ")
                .replaceAll("\\[[^]]*]", " ")
                .replaceAll("\\b(?:by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " ")
                .replaceAll("\\boffset\\s+\\w+", " ");
        Set<String> names = new TreeSet<>();
        Matcher word =
                Pattern.compile("\\b([a-zA-Z_:][a-zA-Z0-9_:]*)\\b(\\s*\\()?").matcher(bare);
        while (word.find()) {
            boolean call = word.group(2) != null;
            if (!call && !Set.of("and", "or", "unless", "bool").contains(word.group(1))) {
                names.add(word.group(1));
            }
        }
        return names;
    }
}
