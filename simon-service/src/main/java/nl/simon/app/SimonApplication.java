package nl.simon.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The Simon service: Simon's work-order core with the FactuurSturen integration, its REST API
 * and office web UI. {@code --spring.profiles.active=demo} runs it on an embedded PostgreSQL
 * under {@code ./data/}; otherwise {@code DATABASE_URL} names the PostgreSQL server.
 */
@SpringBootApplication(scanBasePackages = {"nl.simon.app", "nl.simon.adapter.api", "nl.simon.adapter.web"})
public class SimonApplication {
    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(SimonApplication.class);
        application.setDefaultProperties(DatabaseUrl.fromEnvironment(System.getenv()));
        application.run(args);
    }
}
