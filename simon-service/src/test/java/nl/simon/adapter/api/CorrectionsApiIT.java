package nl.simon.adapter.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import nl.simon.testing.Api;
import nl.simon.testing.SimonIT;
import nl.simon.testing.TestTenants;
import nl.simon.testing.TestTenants.TestTenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Issue 15 item 2: time entries, used items and plannings are changed and removed until archiving. */
@SimonIT
class CorrectionsApiIT {
    private static final String JSON = "application/json";

    @LocalServerPort
    int port;

    @Autowired
    TestTenants tenants;

    Api api;
    Api other;
    long workOrder;
    long timeSheet;
    long usedItem;
    long planning;

    @BeforeEach
    void workOrderWithEverything() {
        TestTenant tenant = tenants.create();
        api = Api.at(port, tenant.adminEmail(), tenant.password());
        TestTenant stranger = tenants.create();
        other = Api.at(port, stranger.adminEmail(), stranger.password());
        long item = api.post("/api/items", """
                {"code": "1001", "name": "Thermostaatkraan", "price": 34.50, "vatPercentage": 21}""").id();
        workOrder = api.post("/api/work-orders", "{\"description\": \"Kraan vervangen\"}")
                .id();
        api.post(path("/plannings"), "{\"employee\": \"Pieter\", \"start\": \"2026-12-01T08:00:00Z\"}");
        api.post(path("/timesheets"), "{\"employee\": \"Pieter\", \"workMinutes\": 120, \"travelMinutes\": 15}");
        JsonNode body = api.post(path("/used-items"), "{\"itemId\": %d, \"quantity\": 2}".formatted(item))
                .json();
        timeSheet = body.at("/timesheets/0/id").asLong();
        usedItem = body.at("/usedItems/0/id").asLong();
        planning = body.at("/plannings/0/id").asLong();
        assertThat(timeSheet).isPositive();
        assertThat(usedItem).isPositive();
        assertThat(planning).isPositive();
    }

    private String path(String rest) {
        return "/api/work-orders/" + workOrder + rest;
    }

    @Test
    void a_time_entry_is_changed_and_removed() {
        Api.Response changed = api.send(
                "PUT",
                path("/timesheets/" + timeSheet),
                JSON,
                "{\"employee\": \"Klaas\", \"workMinutes\": 90, \"travelMinutes\": 0}");

        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().at("/timesheets/0/employee").asString()).isEqualTo("Klaas");
        assertThat(changed.json().get("totalWorkMinutes").asInt()).isEqualTo(90);
        assertThat(changed.json().get("totalTravelMinutes").asInt()).isEqualTo(0);

        Api.Response partly = api.send("PUT", path("/timesheets/" + timeSheet), JSON, "{\"travelMinutes\": 30}");
        assertThat(partly.json().at("/timesheets/0/employee").asString()).isEqualTo("Klaas");
        assertThat(partly.json().get("totalWorkMinutes").asInt()).isEqualTo(90);
        assertThat(partly.json().get("totalTravelMinutes").asInt()).isEqualTo(30);

        Api.Response removed = api.send("DELETE", path("/timesheets/" + timeSheet), null, "");
        assertThat(removed.status()).isEqualTo(200);
        assertThat(api.get(path("")).json().get("timesheets").size()).isZero();
        assertThat(api.send("DELETE", path("/timesheets/" + timeSheet), null, "")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void a_used_item_quantity_is_changed_and_the_item_removed() {
        Api.Response changed = api.send("PUT", path("/used-items/" + usedItem), JSON, "{\"quantity\": 1.5}");

        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().at("/usedItems/0/quantity").decimalValue()).isEqualByComparingTo("1.5");

        assertThat(api.send("DELETE", path("/used-items/" + usedItem), null, "").status())
                .isEqualTo(200);
        assertThat(api.get(path("")).json().get("usedItems").size()).isZero();
    }

    @Test
    void a_planning_is_changed_and_keeps_what_is_left_out() {
        Api.Response changed = api.send(
                "PUT",
                path("/plannings/" + planning),
                JSON,
                "{\"employee\": \"Klaas\", \"start\": \"2026-12-02T09:30:00+01:00\"}");

        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().at("/plannings/0/employee").asString()).isEqualTo("Klaas");
        assertThat(Instant.parse(changed.json().at("/plannings/0/start").asString()))
                .isEqualTo(Instant.parse("2026-12-02T08:30:00Z"));
        assertThat(changed.json().get("status").asString()).isEqualTo("PLANNED");

        Api.Response partly = api.send("PUT", path("/plannings/" + planning), JSON, "{\"employee\": \"Jan\"}");
        assertThat(partly.json().at("/plannings/0/employee").asString()).isEqualTo("Jan");
        assertThat(Instant.parse(partly.json().at("/plannings/0/start").asString()))
                .isEqualTo(Instant.parse("2026-12-02T08:30:00Z"));

        Api.Response blank = api.send("PUT", path("/plannings/" + planning), JSON, "{\"employee\": \" \"}");
        Api.Response badStart = api.send("PUT", path("/plannings/" + planning), JSON, "{\"start\": \"morgen\"}");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.text("field")).isEqualTo("employee");
        assertThat(badStart.status()).isEqualTo(400);
        assertThat(badStart.text("field")).isEqualTo("start");
        assertThat(other.send("PUT", path("/plannings/" + planning), JSON, "{\"employee\": \"Inbreker\"}")
                        .status())
                .isEqualTo(404);
        assertThat(api.get(path("")).json().at("/plannings/0/employee").asString())
                .isEqualTo("Jan");
    }

    @Test
    void removing_the_last_planning_makes_the_work_order_open_again() {
        Api.Response removed = api.send("DELETE", path("/plannings/" + planning), null, "");

        assertThat(removed.status()).isEqualTo(200);
        assertThat(removed.json().get("plannings").size()).isZero();
        assertThat(removed.json().get("status").asString()).isEqualTo("OPEN");
    }

    @Test
    void bad_corrections_are_a_400_naming_the_field() {
        Api.Response noTime =
                api.send("PUT", path("/timesheets/" + timeSheet), JSON, "{\"workMinutes\": 0, \"travelMinutes\": 0}");
        Api.Response negative = api.send("PUT", path("/timesheets/" + timeSheet), JSON, "{\"workMinutes\": -5}");
        Api.Response noQuantity = api.send("PUT", path("/used-items/" + usedItem), JSON, "{}");
        Api.Response zero = api.send("PUT", path("/used-items/" + usedItem), JSON, "{\"quantity\": 0}");
        Api.Response tooPrecise = api.send("PUT", path("/used-items/" + usedItem), JSON, "{\"quantity\": 1.23456}");

        assertThat(noTime.status()).isEqualTo(400);
        assertThat(noTime.text("field")).isEqualTo("workMinutes");
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.text("field")).isEqualTo("workMinutes");
        for (Api.Response bad : new Api.Response[] {noQuantity, zero, tooPrecise}) {
            assertThat(bad.status()).isEqualTo(400);
            assertThat(bad.text("field")).isEqualTo("quantity");
        }
        JsonNode unchanged = api.get(path("")).json();
        assertThat(unchanged.get("totalWorkMinutes").asInt()).isEqualTo(120);
        assertThat(unchanged.at("/usedItems/0/quantity").decimalValue()).isEqualByComparingTo("2");
    }

    @Test
    void nothing_can_be_corrected_after_archiving() {
        api.post(path("/complete"));
        assertThat(api.post(path("/archive")).status()).isEqualTo(200);

        assertThat(api.send("PUT", path("/timesheets/" + timeSheet), JSON, "{\"workMinutes\": 1}")
                        .status())
                .isEqualTo(409);
        assertThat(api.send("DELETE", path("/timesheets/" + timeSheet), null, "")
                        .status())
                .isEqualTo(409);
        assertThat(api.send("PUT", path("/used-items/" + usedItem), JSON, "{\"quantity\": 5}")
                        .status())
                .isEqualTo(409);
        Api.Response conflict = api.send("DELETE", path("/used-items/" + usedItem), null, "");
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.text("error")).isEqualTo("conflict");
        assertThat(api.send("DELETE", path("/plannings/" + planning), null, "").status())
                .isEqualTo(409);
        assertThat(api.send("PUT", path("/plannings/" + planning), JSON, "{\"employee\": \"Klaas\"}")
                        .status())
                .isEqualTo(409);

        JsonNode archived = api.get(path("")).json();
        assertThat(archived.get("totalWorkMinutes").asInt()).isEqualTo(120);
        assertThat(archived.at("/usedItems/0/quantity").decimalValue()).isEqualByComparingTo("2");
        assertThat(archived.get("plannings").size()).isEqualTo(1);
    }

    @Test
    void another_company_and_unknown_ids_are_not_found() {
        assertThat(other.send("PUT", path("/timesheets/" + timeSheet), JSON, "{\"workMinutes\": 1}")
                        .status())
                .isEqualTo(404);
        assertThat(other.send("DELETE", path("/timesheets/" + timeSheet), null, "")
                        .status())
                .isEqualTo(404);
        assertThat(other.send("PUT", path("/used-items/" + usedItem), JSON, "{\"quantity\": 5}")
                        .status())
                .isEqualTo(404);
        assertThat(other.send("DELETE", path("/used-items/" + usedItem), null, "")
                        .status())
                .isEqualTo(404);
        assertThat(other.send("DELETE", path("/plannings/" + planning), null, "")
                        .status())
                .isEqualTo(404);

        // An entry of this company's other work order is not on this one.
        long second =
                api.post("/api/work-orders", "{\"description\": \"Tweede\"}").id();
        Api.Response wrongParent =
                api.send("DELETE", "/api/work-orders/" + second + "/timesheets/" + timeSheet, null, "");
        assertThat(wrongParent.status()).isEqualTo(404);
        assertThat(wrongParent.text("error")).isNotBlank();
        assertThat(api.send("PUT", path("/used-items/999999999"), JSON, "{\"quantity\": 5}")
                        .status())
                .isEqualTo(404);

        JsonNode untouched = api.get(path("")).json();
        assertThat(untouched.get("totalWorkMinutes").asInt()).isEqualTo(120);
        assertThat(untouched.get("timesheets").size()).isEqualTo(1);
        assertThat(untouched.get("usedItems").size()).isEqualTo(1);
        assertThat(untouched.get("plannings").size()).isEqualTo(1);
    }

    @Test
    void a_postcode_is_dutch_and_normalised() {
        Api.Response customer = api.post("/api/customers", "{\"name\": \"Jansen\", \"zipcode\": \"1234ab\"}");
        assertThat(customer.status()).isEqualTo(201);
        assertThat(customer.text("zipcode")).isEqualTo("1234 AB");
        Api.Response location = api.post(
                "/api/customers/" + customer.id() + "/locations",
                "{\"address\": \"Markt 2\", \"zipcode\": \" 3542 ad \"}");
        assertThat(location.status()).isEqualTo(201);
        assertThat(location.text("zipcode")).isEqualTo("3542 AD");

        for (String wrong : new String[] {"0123 AB", "12345", "1234 A", "B-1000", "1234-AB"}) {
            Api.Response refused =
                    api.post("/api/customers", "{\"name\": \"Fout\", \"zipcode\": \"%s\"}".formatted(wrong));
            assertThat(refused.status()).as(wrong).isEqualTo(400);
            assertThat(refused.text("field")).isEqualTo("zipcode");
            Api.Response refusedLocation = api.post(
                    "/api/customers/" + customer.id() + "/locations",
                    "{\"address\": \"Markt 3\", \"zipcode\": \"%s\"}".formatted(wrong));
            assertThat(refusedLocation.status()).as(wrong).isEqualTo(400);
            assertThat(refusedLocation.text("field")).isEqualTo("zipcode");
        }
        assertThat(api.get("/api/customers")
                        .json()
                        .valueStream()
                        .map(c -> c.get("name").asString()))
                .doesNotContain("Fout");
    }
}
