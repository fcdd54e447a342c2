package nl.simon.app;

import java.time.Clock;
import java.util.List;
import nl.simon.integration.ActivateIntegration;
import nl.simon.integration.CheckProduct;
import nl.simon.integration.ConnectFactuurSturen;
import nl.simon.integration.ConnectedAccount;
import nl.simon.integration.DeactivateIntegration;
import nl.simon.integration.FactuurSturen;
import nl.simon.integration.FsAddressPolicy;
import nl.simon.integration.IntegrationLog;
import nl.simon.integration.IntegrationUseCases;
import nl.simon.integration.JobEpisodes;
import nl.simon.integration.JobHealth;
import nl.simon.integration.Integrations;
import nl.simon.integration.PreviewWipe;
import nl.simon.integration.ReadIntegrationLog;
import nl.simon.integration.RecordLog;
import nl.simon.integration.SaveSettings;
import nl.simon.integration.SecretBox;
import nl.simon.integration.ShowIntegration;
import nl.simon.integration.SimonData;
import nl.simon.integration.SuspendTenant;
import nl.simon.integration.SyncNow;
import nl.simon.integration.TableActivity;
import nl.simon.integration.TenantJobs;
import nl.simon.integration.WipeSimonData;
import nl.simon.shared.Transactions;
import nl.simon.customer.Customers;
import nl.simon.customer.Locations;
import nl.simon.item.Items;
import nl.simon.sync.CleanUp;
import nl.simon.sync.CleanupCandidates;
import nl.simon.sync.ImportQuotations;
import nl.simon.sync.InvoiceSyncs;
import nl.simon.sync.QuotationImports;
import nl.simon.sync.PreviewInvoice;
import nl.simon.sync.PushJobs;
import nl.simon.sync.GuardedPush;
import nl.simon.sync.InvoicedWorkOrders;
import nl.simon.sync.DraftSender;
import nl.simon.sync.PushComposer;
import nl.simon.sync.PushRecords;
import nl.simon.sync.PushWorkOrder;
import nl.simon.sync.QueuePush;
import nl.simon.workorder.ViewWorkOrder;
import nl.simon.workorder.WorkOrders;
import nl.simon.sync.MasterData;
import nl.simon.sync.Pull;
import nl.simon.sync.PullClients;
import nl.simon.sync.PullProducts;
import nl.simon.sync.SyncTenant;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The integration's use cases, each a plain class, wired to their ports. */
@Configuration(proxyBeanMethods = false)
class IntegrationUseCaseConfiguration {

    @Bean
    ConnectedAccount connectedAccount(Integrations integrations, SecretBox secrets) {
        return new ConnectedAccount(integrations, secrets);
    }

    @Bean
    IntegrationUseCases integrationUseCases(Integrations integrations, SimonData data, TableActivity activity,
            RecordLog log, Transactions tx, Clock clock, FactuurSturen fs, SecretBox secrets, FsAddressPolicy addresses,
            ConnectedAccount account, TenantJobs jobs, IntegrationLog integrationLog, SuspendTenant suspension,
            JobHealth health) {
        return new IntegrationUseCases(
                new ShowIntegration(integrations, activity, tx, health),
                new PreviewWipe(data),
                new WipeSimonData(integrations, data, activity, log, tx, clock),
                new ConnectFactuurSturen(integrations, fs, secrets, addresses, jobs, log, tx, clock),
                new CheckProduct(account, fs, suspension),
                new SaveSettings(integrations, account, fs, suspension, log, tx, clock),
                new ActivateIntegration(integrations, jobs, log, tx, clock),
                new DeactivateIntegration(integrations, jobs, log, tx, clock),
                new SyncNow(integrations, jobs, tx),
                new ReadIntegrationLog(integrationLog));
    }

    @Bean
    QueuePush queuePush(Integrations integrations, WorkOrders workOrders, InvoiceSyncs syncs, PushJobs jobs,
            RecordLog log, Transactions tx) {
        return new QueuePush(integrations, workOrders, syncs, jobs, log, tx);
    }

    @Bean
    ImportQuotations.SimonParts quotationParts(Customers customers, Locations locations, Items items,
            WorkOrders workOrders, nl.simon.tenant.Tenants tenants) {
        return new ImportQuotations.SimonParts(customers, locations, items, workOrders, tenants);
    }

    @Bean
    JobEpisodes jobEpisodes(JobHealth health, RecordLog log, Transactions tx, Clock clock) {
        return new JobEpisodes(health, log, tx, clock);
    }

    @Bean
    GuardedPush guardedPush(PushWorkOrder push, SuspendTenant suspension, JobEpisodes episodes, Clock clock) {
        return new GuardedPush(push, suspension, episodes, clock);
    }

    @Bean
    SuspendTenant suspendTenant(Integrations integrations, TenantJobs jobs, RecordLog log, Transactions tx) {
        return new SuspendTenant(integrations, jobs, log, tx);
    }

    @Bean
    InvoicedWorkOrders invoicedWorkOrders(ViewWorkOrder view, Customers customers, Locations locations) {
        return new InvoicedWorkOrders(view, customers, locations);
    }

    @Bean
    PushWorkOrder pushWorkOrder(InvoiceSyncs syncs, InvoicedWorkOrders workOrders, Items items,
            Integrations integrations, ConnectedAccount account, FactuurSturen fs, SuspendTenant suspension,
            RecordLog log, Transactions tx, Clock clock) {
        return new PushWorkOrder(new PushRecords(syncs, log, tx), integrations, account, workOrders,
                new PushComposer(integrations, items, fs), new DraftSender(fs, syncs, log, tx), suspension, clock);
    }

    @Bean
    PreviewInvoice previewInvoice(InvoicedWorkOrders workOrders, Items items, Integrations integrations) {
        return new PreviewInvoice(workOrders, items, integrations);
    }

    @Bean
    CleanUp cleanUp(Integrations integrations, CleanupCandidates data, TableActivity activity, RecordLog log,
            Transactions tx) {
        return new CleanUp(integrations, data, activity, log, tx);
    }

    @Bean
    SyncTenant syncTenant(Integrations integrations, ConnectedAccount account, FactuurSturen fs, MasterData data,
            IntegrationLog integrationLog, TableActivity activity, SuspendTenant suspension, RecordLog log,
            Transactions tx, Clock clock, QuotationImports quotationImports, ImportQuotations.SimonParts simonParts,
            JobHealth health, JobEpisodes episodes) {
        List<Pull> pulls = List.of(
                new PullClients(fs, data, integrationLog, activity, tx, clock),
                new PullProducts(fs, data, integrationLog, activity, tx, clock),
                new ImportQuotations(fs, integrations, quotationImports, simonParts, log, tx));
        return new SyncTenant(integrations, account, pulls, suspension, log, tx, health, episodes);
    }
}
