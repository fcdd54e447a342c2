package nl.simon.app;

import java.time.Clock;
import nl.simon.adapter.persistence.JdbcCustomers;
import nl.simon.adapter.persistence.JdbcItemGroups;
import nl.simon.adapter.persistence.JdbcItems;
import nl.simon.adapter.persistence.JdbcLocations;
import nl.simon.adapter.persistence.JdbcOfficeUsers;
import nl.simon.adapter.persistence.JdbcTenants;
import nl.simon.adapter.persistence.JdbcWorkOrders;
import nl.simon.adapter.persistence.SpringTransactions;
import nl.simon.customer.Customers;
import nl.simon.customer.Locations;
import nl.simon.item.ItemGroups;
import nl.simon.item.Items;
import nl.simon.shared.Transactions;
import nl.simon.tenant.OfficeUsers;
import nl.simon.tenant.Tenants;
import nl.simon.workorder.WorkOrders;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/** The repository ports on PostgreSQL, and the clock all of them share. */
@Configuration(proxyBeanMethods = false)
class DomainConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    Transactions transactions(PlatformTransactionManager manager, JdbcTemplate jdbc) {
        return new SpringTransactions(manager, jdbc);
    }

    @Bean
    Tenants tenants(JdbcClient jdbc, Clock clock) {
        return new JdbcTenants(jdbc, clock);
    }

    @Bean
    OfficeUsers officeUsers(JdbcClient jdbc, Clock clock) {
        return new JdbcOfficeUsers(jdbc, clock);
    }

    @Bean
    Customers customers(JdbcClient jdbc, Clock clock) {
        return new JdbcCustomers(jdbc, clock);
    }

    @Bean
    Locations locations(JdbcClient jdbc, Clock clock) {
        return new JdbcLocations(jdbc, clock);
    }

    @Bean
    Items items(JdbcClient jdbc, Clock clock) {
        return new JdbcItems(jdbc, clock);
    }

    @Bean
    ItemGroups itemGroups(JdbcClient jdbc, Clock clock) {
        return new JdbcItemGroups(jdbc, clock);
    }

    @Bean
    WorkOrders workOrders(JdbcClient jdbc, Clock clock) {
        return new JdbcWorkOrders(jdbc, clock);
    }
}
