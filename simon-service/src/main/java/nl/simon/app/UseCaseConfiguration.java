package nl.simon.app;

import nl.simon.customer.AddLocation;
import nl.simon.customer.CreateCustomer;
import nl.simon.customer.Customers;
import nl.simon.customer.EditCustomer;
import nl.simon.customer.EditLocation;
import nl.simon.customer.Locations;
import nl.simon.integration.lifecycle.Integrations;
import nl.simon.item.CreateItem;
import nl.simon.item.ItemGroups;
import nl.simon.item.Items;
import nl.simon.shared.Transactions;
import nl.simon.tenant.AddOfficeUser;
import nl.simon.tenant.CreateTenant;
import nl.simon.tenant.OfficeUsers;
import nl.simon.tenant.PasswordHasher;
import nl.simon.tenant.Tenants;
import nl.simon.workorder.AddUsedItem;
import nl.simon.workorder.ArchiveWorkOrder;
import nl.simon.workorder.ChangePlanning;
import nl.simon.workorder.ChangeTimeSheet;
import nl.simon.workorder.ChangeUsedItem;
import nl.simon.workorder.CompleteWorkOrder;
import nl.simon.workorder.CreateWorkOrder;
import nl.simon.workorder.LinkCustomer;
import nl.simon.workorder.PlanWorkOrder;
import nl.simon.workorder.RegisterTime;
import nl.simon.workorder.RemovePlanning;
import nl.simon.workorder.RemoveTimeSheet;
import nl.simon.workorder.RemoveUsedItem;
import nl.simon.workorder.ViewWorkOrder;
import nl.simon.workorder.WhenArchived;
import nl.simon.workorder.WorkOrderCorrections;
import nl.simon.workorder.WorkOrderUseCases;
import nl.simon.workorder.WorkOrders;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/** The use cases, each a plain class, wired to their ports. */
@Configuration(proxyBeanMethods = false)
class UseCaseConfiguration {

    @Bean
    CreateTenant createTenant(Tenants tenants, OfficeUsers users, PasswordHasher hasher, Transactions tx) {
        return new CreateTenant(tenants, users, hasher, tx);
    }

    @Bean
    AddOfficeUser addOfficeUser(OfficeUsers users, PasswordHasher hasher, Transactions tx) {
        return new AddOfficeUser(users, hasher, tx);
    }

    @Bean
    CreateCustomer createCustomer(Customers customers, Transactions tx, Integrations integrations) {
        return new CreateCustomer(
                customers, tx, tenant -> integrations.get(tenant).isActive());
    }

    @Bean
    EditCustomer editCustomer(Customers customers, Transactions tx, Integrations integrations) {
        return new EditCustomer(
                customers, tx, tenant -> integrations.get(tenant).isActive());
    }

    @Bean
    EditLocation editLocation(Locations locations, Transactions tx) {
        return new EditLocation(locations, tx);
    }

    @Bean
    AddLocation addLocation(Customers customers, Locations locations, Transactions tx) {
        return new AddLocation(customers, locations, tx);
    }

    @Bean
    CreateItem createItem(Items items, ItemGroups groups, Transactions tx) {
        return new CreateItem(items, groups, tx);
    }

    @Bean
    CreateWorkOrder createWorkOrder(
            WorkOrders workOrders, Customers customers, Locations locations, Tenants tenants, Transactions tx) {
        return new CreateWorkOrder(workOrders, customers, locations, tenants, tx);
    }

    @Bean
    PlanWorkOrder planWorkOrder(WorkOrders workOrders, Transactions tx) {
        return new PlanWorkOrder(workOrders, tx);
    }

    @Bean
    RegisterTime registerTime(WorkOrders workOrders, Transactions tx) {
        return new RegisterTime(workOrders, tx);
    }

    @Bean
    AddUsedItem addUsedItem(WorkOrders workOrders, Items items, Transactions tx) {
        return new AddUsedItem(workOrders, items, tx);
    }

    @Bean
    CompleteWorkOrder completeWorkOrder(WorkOrders workOrders, Transactions tx) {
        return new CompleteWorkOrder(workOrders, tx);
    }

    @Bean
    ArchiveWorkOrder archiveWorkOrder(WorkOrders workOrders, @Lazy WhenArchived whenArchived, Transactions tx) {
        return new ArchiveWorkOrder(workOrders, whenArchived, tx);
    }

    @Bean
    ViewWorkOrder viewWorkOrder(WorkOrders workOrders, Transactions tx) {
        return new ViewWorkOrder(workOrders, tx);
    }

    @Bean
    WorkOrderUseCases workOrderUseCases(
            CreateWorkOrder create,
            PlanWorkOrder plan,
            RegisterTime registerTime,
            AddUsedItem addUsedItem,
            CompleteWorkOrder complete,
            ArchiveWorkOrder archive,
            ViewWorkOrder view,
            WorkOrders workOrders,
            Customers customers,
            Locations locations,
            Transactions tx) {
        return new WorkOrderUseCases(
                create,
                plan,
                registerTime,
                addUsedItem,
                complete,
                archive,
                view,
                new LinkCustomer(workOrders, customers, locations, tx));
    }

    /** Issue 15: corrections until archiving. */
    @Bean
    WorkOrderCorrections workOrderCorrections(WorkOrders workOrders, Transactions tx) {
        return new WorkOrderCorrections(
                new ChangeTimeSheet(workOrders, tx),
                new RemoveTimeSheet(workOrders, tx),
                new ChangeUsedItem(workOrders, tx),
                new RemoveUsedItem(workOrders, tx),
                new ChangePlanning(workOrders, tx),
                new RemovePlanning(workOrders, tx));
    }
}
