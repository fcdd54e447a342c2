package nl.simon.app;

import java.time.Clock;
import nl.simon.adapter.scheduling.DbSchedulerPullSchedule;
import nl.simon.integration.pull.PullSchedule;
import nl.simon.integration.pull.ShowPullTiming;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The next planned pull and the overdue warning (issue 12, item 10), read from db-scheduler's table. */
@Configuration(proxyBeanMethods = false)
class PullTimingConfiguration {

    @Bean
    PullSchedule pullSchedule(JdbcClient jdbc, Clock clock) {
        return new DbSchedulerPullSchedule(jdbc, clock);
    }

    @Bean
    ShowPullTiming showPullTiming(PullSchedule schedule, JobIntervalProperties intervals, Clock clock) {
        return new ShowPullTiming(schedule, intervals.sync().interval(), clock);
    }
}
