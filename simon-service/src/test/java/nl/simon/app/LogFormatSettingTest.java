package nl.simon.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/** One setting for the operator's log tools: LOG_FORMAT picks Spring Boot's structured console format. */
class LogFormatSettingTest {

    @Test
    void log_format_sets_the_structured_console_format_and_unset_keeps_plain_text() throws IOException {
        assertThat(environment(Map.of("LOG_FORMAT", "ecs")).getProperty("logging.structured.format.console"))
                .isEqualTo("ecs");
        assertThat(environment(Map.of("LOG_FORMAT", "logstash")).getProperty("logging.structured.format.console"))
                .isEqualTo("logstash");
        assertThat(environment(Map.of()).getProperty("logging.structured.format.console"))
                .isEmpty();
    }

    @Test
    void db_schedulers_own_failure_line_is_turned_down_so_each_failed_run_is_logged_once_by_the_job()
            throws IOException {
        assertThat(environment(Map.of()).getProperty("db-scheduler.failure-logger-level"))
                .isEqualTo("DEBUG");
    }

    private static StandardEnvironment environment(Map<String, Object> variables) throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("variables", variables));
        new YamlPropertySourceLoader()
                .load("application", new ClassPathResource("application.yml"))
                .forEach(source -> environment.getPropertySources().addLast(source));
        return environment;
    }
}
