package nl.simon.app;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.Task;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import nl.simon.adapter.factuursturen.HttpFactuurSturen;
import nl.simon.adapter.persistence.JdbcCleanupCandidates;
import nl.simon.adapter.persistence.JdbcIntegrationLog;
import nl.simon.adapter.persistence.JdbcIntegrations;
import nl.simon.adapter.persistence.JdbcJobHealth;
import nl.simon.adapter.persistence.JdbcInvoiceSyncs;
import nl.simon.adapter.persistence.JdbcQuotationImports;
import nl.simon.adapter.persistence.JdbcMasterData;
import nl.simon.adapter.persistence.JdbcSimonData;
import nl.simon.adapter.persistence.JdbcTableActivity;
import nl.simon.adapter.scheduling.CleanupTask;
import nl.simon.adapter.scheduling.DbSchedulerPushJobs;
import nl.simon.adapter.scheduling.PushTask;
import nl.simon.adapter.scheduling.DbSchedulerTenantJobs;
import nl.simon.adapter.scheduling.JobLagMetrics;
import nl.simon.adapter.scheduling.SyncTask;
import nl.simon.integration.FactuurSturen;
import nl.simon.integration.FsAddressPolicy;
import nl.simon.integration.IntegrationLog;
import nl.simon.integration.JobEpisodes;
import nl.simon.integration.JobHealth;
import nl.simon.integration.Integrations;
import nl.simon.integration.RecordLog;
import nl.simon.integration.SimonData;
import nl.simon.integration.TableActivity;
import nl.simon.integration.TenantJobs;
import nl.simon.shared.Transactions;
import nl.simon.sync.CleanUp;
import nl.simon.sync.CleanupCandidates;
import nl.simon.sync.InvoiceSyncs;
import nl.simon.sync.QuotationImports;
import nl.simon.sync.PushJobs;
import nl.simon.sync.GuardedPush;
import nl.simon.workorder.WorkOrderId;
import nl.simon.sync.QueuePush;
import nl.simon.sync.MasterData;
import nl.simon.sync.SyncTenant;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The integration's ports: PostgreSQL, FactuurSturen over HTTP, db-scheduler, and where FS may be reached. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PushRetry.class)
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
    MasterData masterData(JdbcClient jdbc, JdbcTemplate template, Clock clock) {
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
    FactuurSturen factuurSturen(@Value("${simon.factuursturen.connect-timeout:5s}") Duration connectTimeout,
            @Value("${simon.factuursturen.read-timeout:30s}") Duration readTimeout, Clock clock) {
        return new HttpFactuurSturen(connectTimeout, readTimeout, clock);
    }

    @Bean
    FsAddressPolicy fsAddressPolicy(@Value("${simon.factuursturen.base-url}") String baseUrl,
            @Value("${simon.factuursturen.allowed-hosts:}") List<String> allowedHosts,
            @Value("${simon.factuursturen.allowed-addresses:}") List<String> allowedAddresses) {
        Set<String> hosts = allowedHosts.stream().map(String::strip).filter(host -> !host.isEmpty())
                .map(host -> host.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        List<URI> addresses = allowedAddresses.stream().map(String::strip).filter(address -> !address.isEmpty())
                .map(URI::create).toList();
        return new FsAddressPolicy(URI.create(baseUrl), hosts, addresses);
    }

    @Bean
    SyncTask syncTask(ObjectProvider<SyncTenant> sync, @Value("${simon.sync.interval:5m}") Duration interval,
            Clock clock) {
        return new SyncTask(tenant -> sync.getObject().sync(tenant), interval, clock);
    }

    @Bean
    Task<Long> syncTaskDefinition(SyncTask syncTask) {
        return syncTask.task();
    }

    @Bean
    CleanupTask cleanupTask(Integrations integrations, ObjectProvider<CleanUp> cleanUp,
            ObjectProvider<JobEpisodes> episodes, @Value("${simon.cleanup.interval:48h}") Duration interval,
            Clock clock) {
        return new CleanupTask(tenant -> integrations.get(tenant).runsJobs(),
                tenant -> episodes.getObject().run(tenant, CleanupTask.NAME, () -> cleanUp.getObject().cleanUp(tenant)),
                interval, clock);
    }

    @Bean
    Task<Long> cleanupTaskDefinition(CleanupTask cleanupTask) {
        return cleanupTask.task();
    }

    @Bean
    PushTask pushTask(ObjectProvider<GuardedPush> push, ObjectProvider<QueuePush> queue, Transactions transactions,
            PushRetry retry) {
        return new PushTask((tenant, workOrder) -> push.getObject().push(tenant, workOrder),
                (tenant, workOrder) -> queue.getObject().queuedAgain(tenant, workOrder), transactions, retry.first(),
                retry.max());
    }

    @Bean
    Task<Long> pushTaskDefinition(PushTask pushTask) {
        return pushTask.task();
    }

    @Bean
    PushJobs pushJobs(@Lazy SchedulerClient scheduler, ObjectProvider<Scheduler> running, PushTask pushTask,
            Clock clock, JdbcClient jdbc) {
        return new DbSchedulerPushJobs(scheduler, pushTask, wake(running), clock, tenant -> jdbc.sql("""
                SELECT id FROM work_order WHERE tenant_id = :tenant AND invoice_sync_state = 'QUEUED'
                    AND status = 'ARCHIVED' ORDER BY id""")
                .param("tenant", tenant.value()).query(Long.class).list().stream().map(WorkOrderId::new).toList());
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
    TenantJobs tenantJobs(@Lazy SchedulerClient scheduler, ObjectProvider<Scheduler> running, SyncTask syncTask,
            CleanupTask cleanupTask, Clock clock, PushJobs pushJobs) {
        return new DbSchedulerTenantJobs(scheduler, syncTask, cleanupTask, wake(running), clock,
                pushJobs::pushQueuedNow);
    }
}
