package nl.simon.app;

import java.time.Clock;
import nl.simon.adapter.persistence.JdbcCompanies;
import nl.simon.adapter.persistence.JdbcOperatorAudit;
import nl.simon.integration.jobs.TenantJobs;
import nl.simon.integration.lifecycle.Integrations;
import nl.simon.integration.lifecycle.SyncNow;
import nl.simon.integration.log.RecordLog;
import nl.simon.integration.notify.OfficeAlerts;
import nl.simon.integration.operator.Companies;
import nl.simon.integration.operator.CompanyAction;
import nl.simon.integration.operator.DeleteCompany;
import nl.simon.integration.operator.ListCompanies;
import nl.simon.integration.operator.OperatorAudit;
import nl.simon.integration.operator.OperatorUseCases;
import nl.simon.integration.operator.RegisterCompany;
import nl.simon.integration.operator.ResendCompanyFailures;
import nl.simon.integration.operator.ResumeCompany;
import nl.simon.integration.operator.SuspendCompany;
import nl.simon.integration.operator.SyncCompany;
import nl.simon.integration.push.PushQueue;
import nl.simon.shared.Transactions;
import nl.simon.tenant.CreateTenant;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The operator's side (issue 16): the list of companies, the actions on one, and their audit. */
@Configuration(proxyBeanMethods = false)
class OperatorConfiguration {

    @Bean
    Companies companies(JdbcClient jdbc) {
        return new JdbcCompanies(jdbc);
    }

    @Bean
    OperatorAudit operatorAudit(JdbcClient jdbc) {
        return new JdbcOperatorAudit(jdbc);
    }

    @Bean
    OperatorUseCases operatorUseCases(
            Companies companies,
            OperatorAudit audit,
            Integrations integrations,
            TenantJobs jobs,
            RecordLog log,
            PushQueue pushQueue,
            CreateTenant createTenant,
            OfficeAlerts alerts,
            Transactions tx,
            Clock clock) {
        CompanyAction action = new CompanyAction(companies, audit, tx, clock);
        return new OperatorUseCases(
                new ListCompanies(companies, clock),
                new RegisterCompany(createTenant, audit, tx, clock),
                new SuspendCompany(action, companies, integrations, jobs, log, alerts),
                new ResumeCompany(action, companies, integrations, jobs, log),
                new SyncCompany(action, new SyncNow(integrations, jobs, tx)),
                new ResendCompanyFailures(action, pushQueue),
                new DeleteCompany(action, companies),
                audit);
    }
}
