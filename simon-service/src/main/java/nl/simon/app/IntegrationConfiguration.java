package nl.simon.app;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.Task;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import nl.simon.adapter.factuursturen.HttpFactuurSturen;
import nl.simon.adapter.persistence.JdbcCleanupCandidates;
import nl.simon.adapter.persistence.JdbcIntegrationLog;
import nl.simon.adapter.persistence.JdbcIntegrations;
import nl.simon.adapter.persistence.JdbcInvoiceSyncs;
import nl.simon.adapter.persistence.JdbcJobHealth;
import nl.simon.adapter.persistence.JdbcMasterData;
import nl.simon.adapter.persistence.JdbcQuotationImports;
import nl.simon.adapter.persistence.JdbcSimonData;
import nl.simon.adapter.persistence.JdbcTableActivity;
import nl.simon.adapter.scheduling.CleanupTask;
import nl.simon.adapter.scheduling.DbSchedulerPushJobs;
import nl.simon.adapter.scheduling.DbSchedulerTenantJobs;
import nl.simon.adapter.scheduling.JobLagMetrics;
import nl.simon.adapter.scheduling.SyncTask;
import nl.simon.integration.cleanup.CleanUp;
import nl.simon.integration.cleanup.CleanupCandidates;
import nl.simon.integration.fs.FactuurSturen;
import nl.simon.integration.fs.FsAddressPolicy;
import nl.simon.integration.jobs.JobEpisodes;
import nl.simon.integration.jobs.JobHealth;
import nl.simon.integration.jobs.TenantJobs;
import nl.simon.integration.lifecycle.Integrations;
import nl.simon.integration.lifecycle.SimonData;
import nl.simon.integration.lifecycle.TableActivity;
import nl.simon.integration.log.IntegrationLog;
import nl.simon.integration.log.RecordLog;
import nl.simon.integration.pull.SyncTenant;
import nl.simon.integration.push.InvoiceSyncs;
import nl.simon.integration.push.PushJobs;
import nl.simon.integration.push.PushWorkOrder;
import nl.simon.integration.quotations.QuotationImports;
import nl.simon.shared.Transactions;
import nl.simon.workorder.WorkOrderId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The integration's ports: PostgreSQL, FactuurSturen over HTTP, db-scheduler, and where FS may be reached. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({FactuurSturenProperties.class, JobIntervalProperties.class, PushRetry.class})
class IntegrationConfiguration {

    @Bean
    Integrations integrations(JdbcClient jdbc, Clock clock) {
        return new JdbcIntegrations(jdbc, clock);
    }

    @Bean
    JobHealth jobHealth(JdbcClient jdbc) {
        return new JdbcJobHealth(jdbc);
    }

    @Bean
    IntegrationLog integrationLog(JdbcClient jdbc, JdbcTemplate template) {
        return new JdbcIntegrationLog(jdbc, template);
    }

    @Bean
    CleanupCandidates cleanupCandidates(JdbcClient jdbc, JdbcTemplate template, Clock clock) {
        return new JdbcCleanupCandidates(jdbc, template, clock);
    }

    @Bean
    JdbcMasterData masterData(JdbcClient jdbc, JdbcTemplate template, Clock clock) {
        return new JdbcMasterData(jdbc, template, clock);
    }

    @Bean
    RecordLog recordLog(IntegrationLog log, Transactions transactions, Clock clock) {
        return new RecordLog(log, transactions, clock);
    }

    @Bean
    SimonData simonData(JdbcClient jdbc) {
        return new JdbcSimonData(jdbc);
    }

    @Bean
    TableActivity tableActivity(JdbcClient jdbc, Clock clock) {
        return new JdbcTableActivity(jdbc, clock);
    }

    @Bean
    FactuurSturen factuurSturen(FactuurSturenProperties factuurSturen, Clock clock) {
        return new HttpFactuurSturen(factuurSturen.connectTimeout(), factuurSturen.readTimeout(), clock);
    }

    @Bean
    FsAddressPolicy fsAddressPolicy(FactuurSturenProperties factuurSturen) {
        return new FsAddressPolicy(factuurSturen.baseAddress(), factuurSturen.hosts(), factuurSturen.addresses());
    }

    @Bean
    SyncTask syncTask(ObjectProvider<SyncTenant> sync, JobIntervalProperties intervals, Clock clock) {
        return new SyncTask(
                tenant -> sync.getObject().sync(tenant), intervals.sync().interval(), clock);
    }

    @Bean
    Task<Long> syncTaskDefinition(SyncTask syncTask) {
        return syncTask.task();
    }

    @Bean
    CleanupTask cleanupTask(
            Integrations integrations,
            ObjectProvider<CleanUp> cleanUp,
            ObjectProvider<JobEpisodes> episodes,
            JobIntervalProperties intervals,
            Clock clock) {
        return new CleanupTask(
                tenant -> integrations.get(tenant).runsJobs(),
                tenant -> episodes.getObject()
                        .run(tenant, CleanupTask.NAME, () -> cleanUp.getObject().cleanUp(tenant)),
                intervals.cleanup().interval(),
                clock);
    }

    @Bean
    Task<Long> cleanupTaskDefinition(CleanupTask cleanupTask) {
        return cleanupTask.task();
    }

    @Bean
    DbSchedulerPushJobs pushJobs(
            @Lazy SchedulerClient scheduler,
            ObjectProvider<Scheduler> running,
            ObjectProvider<PushWorkOrder> push,
            InvoiceSyncs syncs,
            Transactions transactions,
            PushRetry retry,
            Clock clock,
            JdbcClient jdbc) {
        return new DbSchedulerPushJobs(
                scheduler,
                (tenant, workOrder) -> push.getObject().push(tenant, workOrder),
                syncs::isQueued,
                transactions,
                retry.first(),
                retry.max(),
                wake(running),
                clock,
                tenant -> jdbc.sql("""
                SELECT id FROM work_order WHERE tenant_id = :tenant AND invoice_sync_state = 'QUEUED'
                    AND status = 'ARCHIVED' ORDER BY id""").param("tenant", tenant.value()).query(Long.class).list().stream()
                        .map(WorkOrderId::new)
                        .toList());
    }

    @Bean
    Task<Long> pushTaskDefinition(DbSchedulerPushJobs pushJobs) {
        return pushJobs.task();
    }

    /** Job lag on /actuator/prometheus; db-scheduler's starter registers every SchedulerListener bean. */
    @Bean
    JobLagMetrics jobLagMetrics(MeterRegistry registry) {
        return new JobLagMetrics(registry, Clock.systemUTC());
    }

    /** Makes the scheduler look for due jobs now (after the scheduling transaction committed). */
    private static Runnable wake(ObjectProvider<Scheduler> running) {
        return () -> running.ifAvailable(Scheduler::triggerCheckForDueExecutions);
    }

    @Bean
    QuotationImports quotationImports(JdbcClient jdbc, Clock clock) {
        return new JdbcQuotationImports(jdbc, clock);
    }

    @Bean
    InvoiceSyncs invoiceSyncs(JdbcClient jdbc, Clock clock) {
        return new JdbcInvoiceSyncs(jdbc, clock);
    }

    @Bean
    TenantJobs tenantJobs(
            @Lazy SchedulerClient scheduler,
            ObjectProvider<Scheduler> running,
            SyncTask syncTask,
            CleanupTask cleanupTask,
            Clock clock,
            PushJobs pushJobs) {
        return new DbSchedulerTenantJobs(
                scheduler, syncTask, cleanupTask, wake(running), clock, pushJobs::pushQueuedNow);
    }
}
