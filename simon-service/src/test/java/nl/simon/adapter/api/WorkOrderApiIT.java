package nl.simon.adapter.api;

import static org.assertj.core.api.Assertions.assertThat;

import nl.simon.testing.Api;
import nl.simon.testing.SimonIT;
import nl.simon.testing.TestTenants;
import nl.simon.testing.TestTenants.TestTenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@SimonIT
class WorkOrderApiIT {
    @LocalServerPort
    int port;
    @Autowired
    TestTenants tenants;

    Api api;

    @BeforeEach
    void login() {
        TestTenant tenant = tenants.create();
        api = Api.at(port, tenant.adminEmail(), tenant.password());
    }

    @Test
    void work_order_goes_from_open_through_planned_and_completed_to_archived() {
        long customer = api.post("/api/customers", """
                {"name": "Bakkerij Jansen", "address": "Dorpsstraat 1", "zipcode": "1234 AB", "city": "Utrecht"}""")
                .id();
        long location = api.post("/api/customers/" + customer + "/locations", """
                {"name": "Winkel", "address": "Markt 2", "zipcode": "1234 AC", "city": "Utrecht"}""").id();
        long item = api.post("/api/items", """
                {"code": "1001", "name": "Thermostaatkraan", "price": 34.50, "vatPercentage": 21}""").id();

        Api.Response created = api.post("/api/work-orders", """
                {"customerId": %d, "locationId": %d, "description": "Kraan vervangen", "customerReference": "REF-1"}"""
                .formatted(customer, location));
        assertThat(created.status()).isEqualTo(201);
        long id = created.id();
        assertThat(created.json().get("status").asString()).isEqualTo("OPEN");
        assertThat(created.json().get("number").asLong()).isEqualTo(1);
        assertThat(created.json().at("/invoiceSync/state").asString()).isEqualTo("NOT_SENT");

        Api.Response planned = api.post("/api/work-orders/" + id + "/plannings",
                "{\"employee\": \"Pieter\", \"start\": \"2026-12-01T08:00:00Z\"}");
        assertThat(planned.status()).isEqualTo(201);
        assertThat(planned.json().get("status").asString()).isEqualTo("PLANNED");

        api.post("/api/work-orders/" + id + "/timesheets",
                "{\"employee\": \"Pieter\", \"workMinutes\": 120, \"travelMinutes\": 15}");
        api.post("/api/work-orders/" + id + "/used-items", "{\"itemId\": %d, \"quantity\": 2}".formatted(item));
        assertThat(api.post("/api/work-orders/" + id + "/complete").json().get("status").asString())
                .isEqualTo("COMPLETED");
        Api.Response archived = api.post("/api/work-orders/" + id + "/archive");

        assertThat(archived.status()).isEqualTo(200);
        JsonNode body = api.get("/api/work-orders/" + id).json();
        assertThat(body.get("status").asString()).isEqualTo("ARCHIVED");
        assertThat(body.get("totalWorkMinutes").asInt()).isEqualTo(120);
        assertThat(body.get("totalTravelMinutes").asInt()).isEqualTo(15);
        assertThat(body.at("/usedItems/0/code").asString()).isEqualTo("1001");
        assertThat(body.at("/usedItems/0/quantity").decimalValue()).isEqualByComparingTo("2");
        assertThat(body.get("archivedAt").isNull()).isFalse();
    }
}
