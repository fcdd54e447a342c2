package nl.simon.app;

import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.boot.config.DbSchedulerCustomizer;
import com.github.kagkarlsson.scheduler.boot.config.DbSchedulerProperties;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import nl.simon.adapter.scheduling.ResumedPushLog;
import nl.simon.integration.log.RecordLog;
import nl.simon.workorder.ViewWorkOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How db-scheduler runs on this instance beyond application.yml. Each instance's db-scheduler name
 * ({@code picked_by} of the jobs it runs): {@code SCHEDULER_NAME} ({@code db-scheduler.scheduler-name}, read
 * through db-scheduler's own {@link DbSchedulerProperties}) when set, otherwise host, process id and a random
 * suffix, so that two instances on one host (or two containers with the same host name and pid 1) never share one.
 */
@Configuration(proxyBeanMethods = false)
class SchedulerNameConfiguration {
    private static final Logger LOG = LoggerFactory.getLogger(SchedulerNameConfiguration.class);

    /** A push found dead (its instance killed, or its result unwritable while PostgreSQL was down) gets a log row. */
    @Bean
    ResumedPushLog resumedPushLog(ViewWorkOrder view, RecordLog log) {
        return new ResumedPushLog(view, log);
    }

    @Bean
    DbSchedulerCustomizer schedulerName(DbSchedulerProperties properties) {
        String configured = properties.getSchedulerName();
        String name = configured == null || configured.isBlank() ? generated() : configured.strip();
        LOG.info("scheduler name: {}", name);
        return new DbSchedulerCustomizer() {
            @Override
            public Optional<SchedulerName> schedulerName() {
                return Optional.of(new SchedulerName.Fixed(name));
            }
        };
    }

    static String generated() {
        byte[] suffix = new byte[3];
        new SecureRandom().nextBytes(suffix);
        return host() + "-" + ProcessHandle.current().pid() + "-"
                + HexFormat.of().formatHex(suffix);
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }
}
