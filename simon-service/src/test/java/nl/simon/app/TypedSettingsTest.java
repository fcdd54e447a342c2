package nl.simon.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.simon.app.security.OperatorProperties;
import nl.simon.app.security.SecurityProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * The shipped application.yml holds every default the settings records need (they hold none), the documented
 * environment variables still reach them, and a bad value is refused naming its property.
 */
class TypedSettingsTest {

    @Test
    void the_shipped_defaults_bind_to_every_record() throws IOException {
        Binder binder = binder(Map.of(), Map.of("simon.secrets.key", "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8="));

        FactuurSturenProperties fs = binder.bindOrCreate("simon.factuursturen", FactuurSturenProperties.class);
        assertThat(fs.baseAddress()).isEqualTo(URI.create("https://www.factuursturen.nl/api/v1/"));
        assertThat(fs.hosts()).isEmpty();
        assertThat(fs.addresses()).isEmpty();
        assertThat(fs.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(fs.readTimeout()).isEqualTo(Duration.ofSeconds(30));

        JobIntervalProperties intervals = binder.bindOrCreate("simon", JobIntervalProperties.class);
        assertThat(intervals.sync().interval()).isEqualTo(Duration.ofMinutes(5));
        assertThat(intervals.cleanup().interval()).isEqualTo(Duration.ofHours(48));
        assertThat(binder.bindOrCreate("simon.push.retry", PushRetry.class))
                .isEqualTo(new PushRetry(Duration.ofSeconds(5), Duration.ofMinutes(10)));

        SecurityProperties security = binder.bindOrCreate("simon.security", SecurityProperties.class);
        assertThat(security.rememberPasswordMatch()).isEqualTo(Duration.ofMinutes(5));
        assertThat(security.loginThrottle())
                .isEqualTo(new SecurityProperties.LoginThrottle(5, 20, Duration.ofMinutes(1)));

        assertThat(binder.bindOrCreate("simon.operator", OperatorProperties.class)
                        .token())
                .isEmpty();
        assertThat(binder.bindOrCreate("simon.secrets", SecretsProperties.class).bytes())
                .hasSize(32);
    }

    @Test
    void the_documented_environment_variables_still_reach_the_records() throws IOException {
        Binder binder = binder(
                Map.of(
                        "SYNC_INTERVAL", "1m",
                        "CLEANUP_INTERVAL", "12h",
                        "SIMON_SECRETS_KEY", "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
                        "SIMON_OPERATOR_TOKEN", "an-operator-token-of-24-chars-or-more",
                        "SIMON_FACTUURSTUREN_ALLOWED_HOSTS", "test.factuursturen.nl, Other.Example",
                        "SIMON_FACTUURSTUREN_READ_TIMEOUT", "45s",
                        "SIMON_SECURITY_REMEMBER_PASSWORD_MATCH", "2m",
                        "SIMON_SECURITY_LOGIN_THROTTLE_ACCOUNT_FAILURES", "3",
                        "SIMON_SECURITY_LOGIN_THROTTLE_PERIOD", "10m"),
                Map.of());

        JobIntervalProperties intervals = binder.bindOrCreate("simon", JobIntervalProperties.class);
        assertThat(intervals.sync().interval()).isEqualTo(Duration.ofMinutes(1));
        assertThat(intervals.cleanup().interval()).isEqualTo(Duration.ofHours(12));
        assertThat(binder.bindOrCreate("simon.secrets", SecretsProperties.class).bytes())
                .hasSize(32);
        assertThat(binder.bindOrCreate("simon.operator", OperatorProperties.class)
                        .token())
                .isEqualTo("an-operator-token-of-24-chars-or-more");
        FactuurSturenProperties fs = binder.bindOrCreate("simon.factuursturen", FactuurSturenProperties.class);
        assertThat(fs.hosts()).containsExactlyInAnyOrder("test.factuursturen.nl", "other.example");
        assertThat(fs.readTimeout()).isEqualTo(Duration.ofSeconds(45));
        SecurityProperties security = binder.bindOrCreate("simon.security", SecurityProperties.class);
        assertThat(security.rememberPasswordMatch()).isEqualTo(Duration.ofMinutes(2));
        assertThat(security.loginThrottle())
                .isEqualTo(new SecurityProperties.LoginThrottle(3, 20, Duration.ofMinutes(10)));
    }

    @Test
    void a_bad_value_is_refused_naming_its_property() throws IOException {
        Binder binder = binder(
                Map.of(
                        "SYNC_INTERVAL",
                        "0s",
                        "SIMON_SECURITY_LOGIN_THROTTLE_ADDRESS_FAILURES",
                        "0",
                        "SIMON_FACTUURSTUREN_CONNECT_TIMEOUT",
                        "-5s",
                        "SIMON_SECRETS_KEY",
                        "not base64!"),
                Map.of());

        assertThatThrownBy(() -> binder.bindOrCreate("simon", JobIntervalProperties.class))
                .isInstanceOf(BindException.class)
                .rootCause()
                .hasMessage("simon.sync.interval must be longer than zero, not PT0S");
        assertThatThrownBy(() -> binder.bindOrCreate("simon.security", SecurityProperties.class))
                .isInstanceOf(BindException.class)
                .rootCause()
                .hasMessage("simon.security.login-throttle.address-failures must be at least 1, not 0");
        assertThatThrownBy(() -> binder.bindOrCreate("simon.factuursturen", FactuurSturenProperties.class))
                .isInstanceOf(BindException.class)
                .rootCause()
                .hasMessage("simon.factuursturen.connect-timeout must be longer than zero, not PT-5S");
        assertThatThrownBy(() -> binder.bindOrCreate("simon.secrets", SecretsProperties.class))
                .isInstanceOf(BindException.class)
                .rootCause()
                .hasMessageStartingWith("simon.secrets.key (SIMON_SECRETS_KEY) is not base64");
    }

    @Test
    void the_mail_settings_have_defaults_and_refuse_a_base_url_that_is_no_web_address() throws IOException {
        OfficeMailProperties mail = binder(Map.of(), Map.of()).bindOrCreate("simon.mail", OfficeMailProperties.class);
        assertThat(mail.baseUrl()).isEqualTo("http://localhost:8080");
        assertThat(mail.from()).isEqualTo("simon@localhost");
        assertThat(mail.interval()).isEqualTo(Duration.ofSeconds(10));
        assertThat(binder(Map.of("SIMON_MAIL_BASE_URL", "https://simon.example.nl", "SERVER_PORT", "9090"), Map.of())
                        .bindOrCreate("simon.mail", OfficeMailProperties.class)
                        .baseUrl())
                .isEqualTo("https://simon.example.nl");

        assertThatThrownBy(() -> binder(Map.of("SIMON_MAIL_BASE_URL", "simon.example.nl"), Map.of())
                        .bindOrCreate("simon.mail", OfficeMailProperties.class))
                .isInstanceOf(BindException.class)
                .rootCause()
                .hasMessageStartingWith("simon.mail.base-url must be an http(s) address");
        assertThatThrownBy(() -> binder(Map.of("SIMON_MAIL_FROM", "simon"), Map.of())
                        .bindOrCreate("simon.mail", OfficeMailProperties.class))
                .isInstanceOf(BindException.class)
                .rootCause()
                .hasMessageStartingWith("simon.mail.from must be an e-mail address");
    }

    @Test
    void without_a_secrets_key_the_start_stops_and_says_how_to_make_one() throws IOException {
        Binder binder = binder(Map.of(), Map.of());

        assertThatThrownBy(() -> binder.bindOrCreate("simon.secrets", SecretsProperties.class))
                .isInstanceOf(BindException.class)
                .rootCause()
                .hasMessageContaining("No secrets key: set SIMON_SECRETS_KEY")
                .hasMessageContaining("openssl rand -base64 32");
    }

    /** The shipped application.yml under the given environment variables and extra properties. */
    private static Binder binder(Map<String, Object> environmentVariables, Map<String, Object> properties)
            throws IOException {
        MutablePropertySources sources = new MutablePropertySources();
        sources.addLast(new MapPropertySource("test", properties));
        sources.addLast(new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, environmentVariables));
        List<PropertySource<?>> yml = new ArrayList<>(
                new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml")));
        yml.forEach(sources::addLast);
        return new Binder(
                ConfigurationPropertySources.from(sources),
                new PropertySourcesPlaceholdersResolver(sources),
                ApplicationConversionService.getSharedInstance());
    }
}
