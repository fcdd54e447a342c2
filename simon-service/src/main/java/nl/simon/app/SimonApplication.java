package nl.simon.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The Simon service: Simon's work-order core with the FactuurSturen integration, its REST API
 * and office web UI. {@code --spring.profiles.active=demo} runs it on an embedded PostgreSQL
 * under {@code ./data/}; otherwise {@code DATABASE_URL} names the PostgreSQL server.
 */
@SpringBootApplication(scanBasePackages = {"nl.simon.app", "nl.simon.adapter.api", "nl.simon.adapter.web"})
public class SimonApplication {
    /** Said (on standard error) instead of Spring's datasource failure when no database is named at all. */
    static final String NO_DATABASE =
            "Simon needs a database: set DATABASE_URL=postgresql://user:password@host:5432/simon"
                    + " (and SIMON_SECRETS_KEY), or add --spring.profiles.active=demo to try it on an embedded database.";

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(SimonApplication.class);
        application.setDefaultProperties(DatabaseUrl.fromEnvironment(System.getenv()));
        application.addListeners(new DatabaseNamed());
        application.run(args);
    }

    /** Before anything starts: without a database, one line that says what to do, and exit code 2. */
    static final class DatabaseNamed implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {
        @Override
        public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
            if (!namesADatabase(event.getEnvironment())) {
                System.err.println(NO_DATABASE);
                System.exit(2);
            }
        }
    }

    /** Demo mode brings its own; otherwise {@code DATABASE_URL} or Spring's own datasource URL must be set. */
    static boolean namesADatabase(ConfigurableEnvironment environment) {
        return environment.matchesProfiles("demo")
                || !environment.getProperty("spring.datasource.url", "").isBlank();
    }
}
