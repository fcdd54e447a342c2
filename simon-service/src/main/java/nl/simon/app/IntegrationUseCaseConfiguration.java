package nl.simon.app;

import java.time.Clock;
import java.util.List;
import nl.simon.adapter.persistence.JdbcMasterData;
import nl.simon.customer.Customers;
import nl.simon.customer.Locations;
import nl.simon.integration.cleanup.CleanUp;
import nl.simon.integration.cleanup.CleanupCandidates;
import nl.simon.integration.fs.FactuurSturen;
import nl.simon.integration.fs.FsAddressPolicy;
import nl.simon.integration.fs.SecretBox;
import nl.simon.integration.jobs.JobEpisodes;
import nl.simon.integration.jobs.JobHealth;
import nl.simon.integration.jobs.TenantJobs;
import nl.simon.integration.lifecycle.ActivateIntegration;
import nl.simon.integration.lifecycle.CheckProduct;
import nl.simon.integration.lifecycle.ConnectFactuurSturen;
import nl.simon.integration.lifecycle.ConnectedAccount;
import nl.simon.integration.lifecycle.DeactivateIntegration;
import nl.simon.integration.lifecycle.IntegrationUseCases;
import nl.simon.integration.lifecycle.Integrations;
import nl.simon.integration.lifecycle.PreviewWipe;
import nl.simon.integration.lifecycle.SaveSettings;
import nl.simon.integration.lifecycle.ShowIntegration;
import nl.simon.integration.lifecycle.SimonData;
import nl.simon.integration.lifecycle.SuspendTenant;
import nl.simon.integration.lifecycle.SyncNow;
import nl.simon.integration.lifecycle.TableActivity;
import nl.simon.integration.lifecycle.WipeSimonData;
import nl.simon.integration.log.IntegrationLog;
import nl.simon.integration.log.ReadIntegrationLog;
import nl.simon.integration.log.RecordLog;
import nl.simon.integration.notify.OfficeAlerts;
import nl.simon.integration.pull.Pull;
import nl.simon.integration.pull.PulledCustomer;
import nl.simon.integration.pull.PulledItem;
import nl.simon.integration.pull.Reconciliation;
import nl.simon.integration.pull.SecondWriters;
import nl.simon.integration.pull.SyncTenant;
import nl.simon.integration.push.InvoiceSyncs;
import nl.simon.integration.push.InvoicedWorkOrders;
import nl.simon.integration.push.PreviewInvoice;
import nl.simon.integration.push.PushJobs;
import nl.simon.integration.push.PushQueue;
import nl.simon.integration.push.PushWorkOrder;
import nl.simon.integration.quotations.ImportQuotations;
import nl.simon.integration.quotations.QuotationImports;
import nl.simon.item.Items;
import nl.simon.shared.Transactions;
import nl.simon.workorder.ViewWorkOrder;
import nl.simon.workorder.WorkOrders;
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
    IntegrationUseCases integrationUseCases(
            Integrations integrations,
            SimonData data,
            TableActivity activity,
            RecordLog log,
            Transactions tx,
            Clock clock,
            FactuurSturen fs,
            SecretBox secrets,
            FsAddressPolicy addresses,
            ConnectedAccount account,
            TenantJobs jobs,
            IntegrationLog integrationLog,
            SuspendTenant suspension,
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
    PushQueue pushQueue(
            Integrations integrations,
            WorkOrders workOrders,
            InvoiceSyncs syncs,
            PushJobs jobs,
            RecordLog log,
            Transactions tx,
            OfficeAlerts alerts) {
        return new PushQueue(integrations, workOrders, syncs, jobs, log, tx, alerts);
    }

    @Bean
    ImportQuotations.SimonParts quotationParts(
            Customers customers,
            Locations locations,
            Items items,
            WorkOrders workOrders,
            nl.simon.tenant.Tenants tenants) {
        return new ImportQuotations.SimonParts(customers, locations, items, workOrders, tenants);
    }

    @Bean
    JobEpisodes jobEpisodes(JobHealth health, RecordLog log, Transactions tx, Clock clock) {
        return new JobEpisodes(health, log, tx, clock);
    }

    @Bean
    SuspendTenant suspendTenant(
            Integrations integrations, TenantJobs jobs, RecordLog log, Transactions tx, OfficeAlerts alerts) {
        return new SuspendTenant(integrations, jobs, log, tx, alerts);
    }

    @Bean
    InvoicedWorkOrders invoicedWorkOrders(ViewWorkOrder view, Customers customers, Locations locations) {
        return new InvoicedWorkOrders(view, customers, locations);
    }

    @Bean
    PushWorkOrder pushWorkOrder(
            PushQueue queue,
            InvoicedWorkOrders workOrders,
            Items items,
            Integrations integrations,
            ConnectedAccount account,
            FactuurSturen fs,
            SuspendTenant suspension,
            JobEpisodes episodes,
            Clock clock) {
        return new PushWorkOrder(queue, integrations, account, workOrders, items, fs, suspension, episodes, clock);
    }

    @Bean
    PreviewInvoice previewInvoice(InvoicedWorkOrders workOrders, Items items, Integrations integrations) {
        return new PreviewInvoice(workOrders, items, integrations);
    }

    @Bean
    CleanUp cleanUp(
            Integrations integrations, CleanupCandidates data, TableActivity activity, RecordLog log, Transactions tx) {
        return new CleanUp(integrations, data, activity, log, tx);
    }

    @Bean
    SyncTenant syncTenant(
            Integrations integrations,
            ConnectedAccount account,
            FactuurSturen fs,
            JdbcMasterData data,
            IntegrationLog integrationLog,
            TableActivity activity,
            SuspendTenant suspension,
            RecordLog log,
            Transactions tx,
            Clock clock,
            QuotationImports quotationImports,
            ImportQuotations.SimonParts simonParts,
            JobHealth health,
            JobEpisodes episodes) {
        SecondWriters secondWriters = new SecondWriters(SecondWriters.DEFAULT_LIMIT);
        List<Pull> pulls = List.of(
                new Reconciliation<>(
                        PulledCustomer.kind(fs, data.customers()), integrationLog, activity, tx, clock, secondWriters),
                new Reconciliation<>(
                        PulledItem.kind(fs, data.items()), integrationLog, activity, tx, clock, secondWriters),
                new ImportQuotations(fs, integrations, quotationImports, simonParts, log, tx));
        return new SyncTenant(integrations, account, pulls, suspension, log, tx, health, episodes);
    }
}
