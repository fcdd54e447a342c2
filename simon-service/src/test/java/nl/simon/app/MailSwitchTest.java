package nl.simon.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import nl.simon.adapter.persistence.JdbcOfficeAlerts;
import nl.simon.integration.notify.OfficeAlerts;
import nl.simon.integration.notify.SendOfficeMails;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.mock.env.MockEnvironment;

/** Issue 16: the e-mails to office admins are off unless an SMTP host is named ({@code SPRING_MAIL_HOST}) or in demo mode. */
class MailSwitchTest {
    private final MailConfiguration configuration = new MailConfiguration();

    @Test
    void without_an_smtp_host_nothing_is_written_to_the_outbox() {
        MockEnvironment environment = new MockEnvironment();
        assertThat(configuration.officeAlerts(environment, null, Clock.systemUTC()))
                .isSameAs(OfficeAlerts.NONE);

        environment.setProperty("spring.mail.host", " ");
        assertThat(configuration.officeAlerts(environment, null, Clock.systemUTC()))
                .isSameAs(OfficeAlerts.NONE);
    }

    @Test
    void an_smtp_host_or_demo_mode_switches_the_outbox_on() {
        MockEnvironment withHost = new MockEnvironment().withProperty("spring.mail.host", "smtp.example.nl");
        assertThat(configuration.officeAlerts(withHost, null, Clock.systemUTC()))
                .isInstanceOf(JdbcOfficeAlerts.class);

        MockEnvironment demo = new MockEnvironment();
        demo.setActiveProfiles("demo");
        assertThat(configuration.officeAlerts(demo, null, Clock.systemUTC())).isInstanceOf(JdbcOfficeAlerts.class);
    }

    @Test
    void without_an_smtp_host_there_is_no_sender_and_no_office_mail_job() {
        new ApplicationContextRunner()
                .withUserConfiguration(MailConfiguration.Sending.class)
                .run(context -> assertThat(context)
                        .hasNotFailed()
                        .doesNotHaveBean(SendOfficeMails.class)
                        .doesNotHaveBean("officeMailTaskDefinition"));
    }
}
