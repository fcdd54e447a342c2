package nl.simon.app;

import com.github.kagkarlsson.scheduler.task.Task;
import java.time.Clock;
import nl.simon.adapter.OfficeMailText;
import nl.simon.adapter.mail.SmtpMailDelivery;
import nl.simon.adapter.persistence.JdbcOfficeAlerts;
import nl.simon.adapter.persistence.JdbcOfficeMails;
import nl.simon.adapter.scheduling.OfficeMailTask;
import nl.simon.integration.notify.MailDelivery;
import nl.simon.integration.notify.OfficeAlerts;
import nl.simon.integration.notify.OfficeMails;
import nl.simon.integration.notify.SendOfficeMails;
import nl.simon.shared.Transactions;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * E-mails to office admins (issue 16, item 5): on when an SMTP server is named ({@code SPRING_MAIL_HOST}; Spring
 * Boot then makes the {@link JavaMailSender}) or in demo mode, where the mails are shown on {@code /demo/mails}
 * instead of sent. Off, nothing is written to the outbox and the {@code office-mail} job does not exist.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OfficeMailProperties.class)
class MailConfiguration {

    static boolean mailOn(Environment environment) {
        return environment.matchesProfiles("demo")
                || !environment.getProperty("spring.mail.host", "").isBlank();
    }

    @Bean
    OfficeAlerts officeAlerts(Environment environment, JdbcClient jdbc, Clock clock) {
        return mailOn(environment) ? new JdbcOfficeAlerts(jdbc, clock) : OfficeAlerts.NONE;
    }

    @Bean
    OfficeMails officeMails(JdbcClient jdbc) {
        return new JdbcOfficeMails(jdbc);
    }

    @Bean
    OfficeMailText officeMailText(MessageSource messages, OfficeMailProperties mail) {
        return new OfficeMailText(messages, mail.baseUrl());
    }

    /** Only while mail is on; demo mode keeps its mails in the outbox for its page. */
    @Configuration(proxyBeanMethods = false)
    @Conditional(MailOn.class)
    static class Sending {
        @Bean
        MailDelivery mailDelivery(
                Environment environment,
                ObjectProvider<JavaMailSender> sender,
                OfficeMailText text,
                OfficeMailProperties mail) {
            if (environment.matchesProfiles("demo")) {
                return shown -> {};
            }
            return new SmtpMailDelivery(sender.getObject(), text, mail.from());
        }

        @Bean
        SendOfficeMails sendOfficeMails(OfficeMails mails, MailDelivery delivery, Transactions tx, Clock clock) {
            return new SendOfficeMails(mails, delivery, tx, clock);
        }

        @Bean
        Task<Void> officeMailTaskDefinition(SendOfficeMails send, OfficeMailProperties mail) {
            return new OfficeMailTask(send::sendDue, mail.interval()).task();
        }
    }

    static final class MailOn implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return mailOn(context.getEnvironment());
        }
    }
}
