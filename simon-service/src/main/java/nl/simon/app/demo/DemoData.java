package nl.simon.app.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import nl.simon.customer.AddLocation;
import nl.simon.customer.CreateCustomer;
import nl.simon.customer.Customer;
import nl.simon.customer.Location;
import nl.simon.customer.NewCustomer;
import nl.simon.customer.NewLocation;
import nl.simon.item.CreateItem;
import nl.simon.item.Item;
import nl.simon.item.NewItem;
import nl.simon.shared.DutchTime;
import nl.simon.shared.TenantId;
import nl.simon.tenant.AddOfficeUser;
import nl.simon.tenant.CreateTenant;
import nl.simon.tenant.Role;
import nl.simon.tenant.Tenant;
import nl.simon.tenant.Tenants;
import nl.simon.workorder.NewWorkOrder;
import nl.simon.workorder.WorkOrder;
import nl.simon.workorder.WorkOrderUseCases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo tenant "demo" with user {@code admin@demo.nl} / {@code demo} (and an OFFICE user
 * {@code kantoor@demo.nl} / {@code demo}), a few customers, items and work orders, made once:
 * a restart finds the tenant and leaves everything as the visitor left it.
 */
@Component
@Profile("demo")
class DemoData implements ApplicationRunner {
    static final String TENANT = "demo";
    static final String ADMIN = "admin@demo.nl";
    static final String PASSWORD = "demo";
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    private final Tenants tenants;
    private final CreateTenant createTenant;
    private final AddOfficeUser addOfficeUser;
    private final CreateCustomer createCustomer;
    private final AddLocation addLocation;
    private final CreateItem createItem;
    private final WorkOrderUseCases workOrders;
    private final Clock clock;

    DemoData(
            Tenants tenants,
            CreateTenant createTenant,
            AddOfficeUser addOfficeUser,
            CreateCustomer createCustomer,
            AddLocation addLocation,
            CreateItem createItem,
            WorkOrderUseCases workOrders,
            Clock clock) {
        this.tenants = tenants;
        this.createTenant = createTenant;
        this.addOfficeUser = addOfficeUser;
        this.createCustomer = createCustomer;
        this.addLocation = addLocation;
        this.createItem = createItem;
        this.workOrders = workOrders;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (tenants.byName(TENANT).isEmpty()) {
            Tenant tenant = createTenant.create(TENANT, ADMIN, PASSWORD);
            addOfficeUser.add(tenant.id(), "kantoor@demo.nl", PASSWORD, Role.OFFICE);
            fill(tenant.id());
            LOG.info("demo mode: made tenant '{}' with demo customers, items and work orders", TENANT);
        }
        LOG.info(
                "demo mode: log in at the web UI with {} / {} (OFFICE user: kantoor@demo.nl / {})",
                ADMIN,
                PASSWORD,
                PASSWORD);
    }

    private void fill(TenantId tenant) {
        Customer bakker = customer(tenant, "Bakkerij De Korenschoof", "Dorpsstraat 12", "3481 BC", "Harmelen");
        Customer school = customer(tenant, "Basisschool De Regenboog", "Schoolplein 3", "3511 AB", "Utrecht");
        customer(tenant, "Familie Jansen", "Lindelaan 45", "3431 HK", "Nieuwegein");
        Location bakery = addLocation.add(
                tenant, bakker.id(), new NewLocation("Winkel", "Dorpsstraat 12", "3481 BC", "Harmelen"));
        Location gym =
                addLocation.add(tenant, school.id(), new NewLocation("Gymzaal", "Sportlaan 8", "3511 AC", "Utrecht"));
        Item valve = item(tenant, "1001", "Thermostaatkraan", "34.50");
        item(tenant, "1002", "Radiatorventiel", "12.95");
        Item filter = item(tenant, "1003", "CV-filter", "19.00");

        workOrders
                .create()
                .create(
                        tenant,
                        new NewWorkOrder(
                                school.id().value(),
                                gym.id().value(),
                                "Radiatoren gymzaal ontluchten\nDrie radiatoren blijven koud.",
                                "Offerte 2026-014"));
        WorkOrder planned = workOrders
                .create()
                .create(
                        tenant,
                        new NewWorkOrder(
                                bakker.id().value(), bakery.id().value(), "Onderhoud cv-ketel", "Contract 88"));
        workOrders.plan().plan(tenant, planned.id(), "Pieter", tomorrowAt(8));
        WorkOrder done = workOrders
                .create()
                .create(
                        tenant,
                        new NewWorkOrder(
                                bakker.id().value(),
                                bakery.id().value(),
                                "Lekkende kraan keuken vervangen",
                                "Melding 17-11"));
        workOrders.plan().plan(tenant, done.id(), "Sanne", tomorrowAt(13));
        workOrders.registerTime().register(tenant, done.id(), "Sanne", 120, 15);
        workOrders.addUsedItem().add(tenant, done.id(), valve.id().value(), BigDecimal.ONE);
        workOrders.addUsedItem().add(tenant, done.id(), filter.id().value(), new BigDecimal("2"));
        workOrders.complete().complete(tenant, done.id());
    }

    private Customer customer(TenantId tenant, String name, String address, String zipcode, String city) {
        return createCustomer.create(tenant, new NewCustomer(name, address, zipcode, city, null));
    }

    private Item item(TenantId tenant, String code, String name, String price) {
        return createItem.create(tenant, new NewItem(code, name, new BigDecimal(price), new BigDecimal("21"), null));
    }

    private java.time.Instant tomorrowAt(int hour) {
        LocalDate tomorrow = LocalDate.now(clock.withZone(DutchTime.ZONE)).plusDays(1);
        return tomorrow.atTime(LocalTime.of(hour, 0)).atZone(DutchTime.ZONE).toInstant();
    }
}
