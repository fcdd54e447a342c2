package nl.simon.adapter.api;

import static org.assertj.core.api.Assertions.assertThat;

import nl.simon.testing.Api;
import nl.simon.testing.SimonIT;
import nl.simon.testing.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

@SimonIT
class WorkOrderApiIT {
    @Autowired
    TestTenants tenants;

    Api api;

    @BeforeEach
    void login() {
        api = tenants.create().admin();
    }

    @Test
    void work_order_goes_from_open_through_planned_and_completed_to_archived() {
        long customer = api.post("/api/customers", """
                {"name": "Bakkerij Jansen", "address": "Dorpsstraat 1", "zipcode": "1234 AB", "city": "Utrecht"}""").id();
        long location =
                api.post("/api/customers/" + customer + "/locations", """
                {"name": "Winkel", "address": "Markt 2", "zipcode": "1234 AC", "city": "Utrecht"}""").id();
        long item = api.post("/api/items", """
                {"code": "1001", "name": "Thermostaatkraan", "price": 34.50, "vatPercentage": 21}""").id();

        Api.Response created = api.post("/api/work-orders", """
                {"customerId": %d, "locationId": %d, "description": "Kraan vervangen", "customerReference": "REF-1"}""".formatted(customer, location));
        assertThat(created.status()).isEqualTo(201);
        long id = created.id();
        assertThat(created.json().get("status").asString()).isEqualTo("OPEN");
        assertThat(created.json().get("number").asLong()).isEqualTo(1);
        assertThat(created.json().at("/invoiceSync/state").asString()).isEqualTo("NOT_SENT");

        Api.Response planned = api.post(
                "/api/work-orders/" + id + "/plannings",
                "{\"employee\": \"Pieter\", \"start\": \"2026-12-01T08:00:00Z\"}");
        assertThat(planned.status()).isEqualTo(201);
        assertThat(planned.json().get("status").asString()).isEqualTo("PLANNED");

        api.post(
                "/api/work-orders/" + id + "/timesheets",
                "{\"employee\": \"Pieter\", \"workMinutes\": 120, \"travelMinutes\": 15}");
        api.post("/api/work-orders/" + id + "/used-items", "{\"itemId\": %d, \"quantity\": 2}".formatted(item));
        assertThat(api.post("/api/work-orders/" + id + "/complete")
                        .json()
                        .get("status")
                        .asString())
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

    @Test
    void archiving_is_refused_until_the_work_order_is_completed() {
        long id = api.post("/api/work-orders", "{\"description\": \"Lekkage\"}").id();

        Api.Response refused = api.post("/api/work-orders/" + id + "/archive");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("error")).isEqualTo("conflict");
        assertThat(refused.text("message")).contains("gereed");
        assertThat(api.get("/api/work-orders/" + id).text("status")).isEqualTo("OPEN");
    }

    @Test
    void an_archived_work_order_accepts_no_more_time_items_or_plannings() {
        long item = api.post("/api/items", "{\"code\": \"9\", \"name\": \"Kit\", \"price\": 2, \"vatPercentage\": 21}")
                .id();
        long id = api.post("/api/work-orders", "{\"description\": \"Lekkage\"}").id();
        api.post("/api/work-orders/" + id + "/complete");
        api.post("/api/work-orders/" + id + "/archive");

        assertThat(api.post("/api/work-orders/" + id + "/timesheets", "{\"employee\": \"A\", \"workMinutes\": 5}")
                        .status())
                .isEqualTo(409);
        assertThat(api.post(
                                "/api/work-orders/" + id + "/used-items",
                                "{\"itemId\": %d, \"quantity\": 1}".formatted(item))
                        .status())
                .isEqualTo(409);
        assertThat(api.post(
                                "/api/work-orders/" + id + "/plannings",
                                "{\"employee\": \"A\", \"start\": \"2026-12-01T08:00\"}")
                        .status())
                .isEqualTo(409);
        assertThat(api.post("/api/work-orders/" + id + "/complete").status()).isEqualTo(409);
        assertThat(api.post("/api/work-orders/" + id + "/archive").status()).isEqualTo(409);
        assertThat(api.get("/api/work-orders/" + id).json().get("timesheets")).isEmpty();
    }

    @Test
    void time_can_be_corrected_on_a_completed_work_order_before_archiving() {
        long id = api.post("/api/work-orders", "{\"description\": \"Lekkage\"}").id();
        api.post("/api/work-orders/" + id + "/complete");

        Api.Response corrected = api.post(
                "/api/work-orders/" + id + "/timesheets",
                "{\"employee\": \"A\", \"workMinutes\": 30, \"travelMinutes\": 0}");

        assertThat(corrected.status()).isEqualTo(201);
        assertThat(corrected.json().get("totalWorkMinutes").asInt()).isEqualTo(30);
        assertThat(corrected.text("status")).isEqualTo("COMPLETED");
    }

    @Test
    void bad_input_is_answered_with_400_naming_the_field() {
        long id = api.post("/api/work-orders", "{\"description\": \"Lekkage\"}").id();
        String wo = "/api/work-orders/" + id;

        assertField(api.post("/api/work-orders", "{\"customerReference\": \"x\"}"), "description");
        assertField(api.post("/api/work-orders", "{\"description\": \"  \"}"), "description");
        assertField(api.post("/api/work-orders", "{\"description\": \"x\", \"customerId\": 987654}"), "customerId");
        assertField(api.post("/api/work-orders", "{\"description\": \"x\", \"locationId\": 987654}"), "locationId");
        assertField(api.post(wo + "/timesheets", "{\"employee\": \"A\", \"workMinutes\": -5}"), "workMinutes");
        assertField(
                api.post(wo + "/timesheets", "{\"employee\": \"A\", \"workMinutes\": 10, \"travelMinutes\": -1}"),
                "travelMinutes");
        assertField(api.post(wo + "/timesheets", "{\"workMinutes\": 10}"), "employee");
        assertField(api.post(wo + "/timesheets", "{\"employee\": \"A\", \"workMinutes\": \"veel\"}"), "workMinutes");
        assertField(api.post(wo + "/used-items", "{\"itemId\": 987654, \"quantity\": 1}"), "itemId");
        assertField(api.post(wo + "/used-items", "{\"quantity\": 1}"), "itemId");
        long item = api.post("/api/items", "{\"code\": \"1\", \"name\": \"Kit\", \"price\": 2, \"vatPercentage\": 21}")
                .id();
        assertField(api.post(wo + "/used-items", "{\"itemId\": %d, \"quantity\": 0}".formatted(item)), "quantity");
        assertField(api.post(wo + "/used-items", "{\"itemId\": %d, \"quantity\": -2}".formatted(item)), "quantity");
        assertField(api.post(wo + "/plannings", "{\"employee\": \"A\", \"start\": \"morgen\"}"), "start");
        assertField(api.post(wo + "/plannings", "{\"start\": \"2026-12-01T08:00\"}"), "employee");

        JsonNode unchanged = api.get(wo).json();
        assertThat(unchanged.get("timesheets")).isEmpty();
        assertThat(unchanged.get("usedItems")).isEmpty();
        assertThat(unchanged.get("plannings")).isEmpty();
        assertThat(unchanged.get("status").asString()).isEqualTo("OPEN");
    }

    @Test
    void a_location_of_another_customer_is_refused() {
        long mine = api.post("/api/customers", "{\"name\": \"Klant 1\"}").id();
        long other = api.post("/api/customers", "{\"name\": \"Klant 2\"}").id();
        long otherLocation = api.post("/api/customers/" + other + "/locations", "{\"address\": \"Elders 3\"}")
                .id();

        Api.Response refused = api.post(
                "/api/work-orders",
                "{\"customerId\": %d, \"locationId\": %d, \"description\": \"x\"}".formatted(mine, otherLocation));

        assertField(refused, "locationId");
        assertThat(refused.text("message")).contains("andere klant");
    }

    @Test
    void a_location_alone_brings_its_customer_and_no_customer_is_allowed() {
        long customer = api.post("/api/customers", "{\"name\": \"Klant 1\"}").id();
        long location = api.post("/api/customers/" + customer + "/locations", "{\"address\": \"Hier 1\"}")
                .id();

        JsonNode withLocation = api.post(
                        "/api/work-orders", "{\"locationId\": %d, \"description\": \"x\"}".formatted(location))
                .json();
        JsonNode withoutCustomer =
                api.post("/api/work-orders", "{\"description\": \"y\"}").json();

        assertThat(withLocation.get("customerId").asLong()).isEqualTo(customer);
        assertThat(withoutCustomer.get("customerId").isNull()).isTrue();
    }

    @Test
    void unknown_work_order_is_404_and_a_non_numeric_id_is_400() {
        assertThat(api.get("/api/work-orders/987654321").status()).isEqualTo(404);
        assertThat(api.post("/api/work-orders/987654321/complete").status()).isEqualTo(404);
        assertField(api.get("/api/work-orders/abc"), "id");
    }

    @Test
    void list_filters_by_status_and_searches_description_reference_customer_and_number() {
        long customer =
                api.post("/api/customers", "{\"name\": \"Hotel Zeezicht\"}").id();
        api.post("/api/work-orders", "{\"customerId\": %d, \"description\": \"Airco\"}".formatted(customer));
        long done = api.post("/api/work-orders", "{\"description\": \"Dakgoot\", \"customerReference\": \"PO-77\"}")
                .id();
        api.post("/api/work-orders/" + done + "/complete");

        assertThat(api.get("/api/work-orders?status=COMPLETED").json())
                .extracting(n -> n.get("id").asLong())
                .containsExactly(done);
        assertThat(api.get("/api/work-orders?q=zeezicht").json())
                .extracting(n -> n.get("description").asString())
                .containsExactly("Airco");
        assertThat(api.get("/api/work-orders?q=po-77").json()).hasSize(1);
        assertThat(api.get("/api/work-orders?q=2").json())
                .extracting(n -> n.get("number").asLong())
                .containsExactly(2L);
        assertThat(api.get("/api/work-orders").json())
                .extracting(n -> n.get("number").asLong())
                .containsExactly(2L, 1L);
        assertField(api.get("/api/work-orders?status=KLAAR"), "status");
    }

    private static void assertField(Api.Response response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.text("error")).isEqualTo("invalid_input");
        assertThat(response.text("field")).isEqualTo(field);
        assertThat(response.text("message")).startsWith(field + ": ");
    }
}
