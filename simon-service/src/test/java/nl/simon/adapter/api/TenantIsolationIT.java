package nl.simon.adapter.api;

import static org.assertj.core.api.Assertions.assertThat;

import nl.simon.testing.Api;
import nl.simon.testing.SimonIT;
import nl.simon.testing.TestTenants;
import nl.simon.testing.TestTenants.TestTenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Two companies on one service: neither can read, change or point at the other's records. */
@SimonIT
class TenantIsolationIT {
    @Autowired
    TestTenants tenants;

    Api alice;
    Api bob;
    long customer;
    long location;
    long item;
    long workOrder;

    @BeforeEach
    void two_tenants_with_data() {
        TestTenant a = tenants.create();
        TestTenant b = tenants.create();
        alice = a.admin();
        bob = b.office();
        customer = alice.post("/api/customers", "{\"name\": \"Klant van A\"}").id();
        location = alice.post("/api/customers/" + customer + "/locations", "{\"address\": \"Straat 1\"}")
                .id();
        item = alice.post(
                        "/api/items",
                        "{\"code\": \"A1\", \"name\": \"Artikel A\", \"price\": 1, \"vatPercentage\": 21}")
                .id();
        workOrder = alice.post(
                        "/api/work-orders",
                        "{\"customerId\": %d, \"locationId\": %d, \"description\": \"Werk van A\"}"
                                .formatted(customer, location))
                .id();
    }

    @Test
    void another_tenants_records_answer_404() {
        assertThat(bob.get("/api/customers/" + customer).status()).isEqualTo(404);
        assertThat(bob.get("/api/customers/" + customer + "/locations").status())
                .isEqualTo(404);
        assertThat(bob.get("/api/items/" + item).status()).isEqualTo(404);
        assertThat(bob.get("/api/work-orders/" + workOrder).status()).isEqualTo(404);
    }

    @Test
    void lists_show_only_the_callers_own_records() {
        assertThat(bob.get("/api/customers").body()).isEqualTo("[]");
        assertThat(bob.get("/api/items").body()).isEqualTo("[]");
        assertThat(bob.get("/api/item-groups").body()).isEqualTo("[]");
        assertThat(bob.get("/api/work-orders").body()).isEqualTo("[]");
        assertThat(alice.get("/api/customers").json()).hasSize(1);
        assertThat(alice.get("/api/work-orders").json()).hasSize(1);
    }

    @Test
    void another_tenants_work_order_cannot_be_changed() {
        String path = "/api/work-orders/" + workOrder;
        assertThat(bob.post(path + "/plannings", "{\"employee\": \"X\", \"start\": \"2026-12-01T08:00\"}")
                        .status())
                .isEqualTo(404);
        assertThat(bob.post(path + "/timesheets", "{\"employee\": \"X\", \"workMinutes\": 60}")
                        .status())
                .isEqualTo(404);
        assertThat(bob.post(path + "/used-items", "{\"itemId\": %d, \"quantity\": 1}".formatted(item))
                        .status())
                .isEqualTo(404);
        assertThat(bob.post(path + "/complete").status()).isEqualTo(404);
        assertThat(bob.post(path + "/archive").status()).isEqualTo(404);
        assertThat(bob.post("/api/customers/" + customer + "/locations", "{\"address\": \"Inbraak 1\"}")
                        .status())
                .isEqualTo(404);

        var untouched = alice.get(path).json();
        assertThat(untouched.get("status").asString()).isEqualTo("OPEN");
        assertThat(untouched.get("plannings")).isEmpty();
        assertThat(untouched.get("timesheets")).isEmpty();
        assertThat(untouched.get("usedItems")).isEmpty();
        assertThat(alice.get("/api/customers/" + customer + "/locations").json())
                .hasSize(1);
    }

    @Test
    void another_tenants_customer_location_or_item_cannot_be_used() {
        assertThat(bob.post("/api/work-orders", "{\"customerId\": %d, \"description\": \"x\"}".formatted(customer))
                        .text("field"))
                .isEqualTo("customerId");
        assertThat(bob.post("/api/work-orders", "{\"locationId\": %d, \"description\": \"x\"}".formatted(location))
                        .text("field"))
                .isEqualTo("locationId");
        long own = bob.post("/api/work-orders", "{\"description\": \"Eigen werk\"}")
                .id();
        Api.Response foreignItem = bob.post(
                "/api/work-orders/" + own + "/used-items", "{\"itemId\": %d, \"quantity\": 1}".formatted(item));
        assertThat(foreignItem.status()).isEqualTo(400);
        assertThat(foreignItem.text("field")).isEqualTo("itemId");
    }

    @Test
    void work_order_numbers_are_counted_per_tenant() {
        long bobsFirst = bob.post("/api/work-orders", "{\"description\": \"Eerste van B\"}")
                .json()
                .get("number")
                .asLong();
        long alicesSecond = alice.post("/api/work-orders", "{\"description\": \"Tweede van A\"}")
                .json()
                .get("number")
                .asLong();
        assertThat(bobsFirst).isEqualTo(1);
        assertThat(alicesSecond).isEqualTo(2);
    }
}
