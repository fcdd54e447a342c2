package nl.simon.app;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The e-mails to office admins (issue 16, item 5): {@code simon.mail.base-url} ({@code SIMON_MAIL_BASE_URL}, the
 * address office users open Simon at, for the links in the mails), {@code simon.mail.from}
 * ({@code SIMON_MAIL_FROM}) and how often the outbox is sent ({@code simon.mail.interval}). The SMTP server is
 * Spring Boot's own {@code spring.mail.*} ({@code SPRING_MAIL_HOST}, …): without a host no mail is written.
 * Defaults in {@code application.yml} only.
 */
@ConfigurationProperties("simon.mail")
public record OfficeMailProperties(String baseUrl, String from, Duration interval) {
    public OfficeMailProperties {
        SettingChecks.requirePositive("simon.mail.interval", interval);
        if (baseUrl == null || baseUrl.isBlank()) {
            throw new IllegalArgumentException("simon.mail.base-url must be set (SIMON_MAIL_BASE_URL)");
        }
        URI address;
        try {
            address = URI.create(baseUrl.strip());
        } catch (IllegalArgumentException bad) {
            throw new IllegalArgumentException("simon.mail.base-url is not an address: " + baseUrl);
        }
        if (!"https".equals(address.getScheme()) && !"http".equals(address.getScheme()) || address.getHost() == null) {
            throw new IllegalArgumentException(
                    "simon.mail.base-url must be an http(s) address such as https://simon.example.nl, not " + baseUrl);
        }
        baseUrl = baseUrl.strip();
        if (from == null || !from.contains("@")) {
            throw new IllegalArgumentException(
                    "simon.mail.from must be an e-mail address (SIMON_MAIL_FROM), not " + from);
        }
    }
}
