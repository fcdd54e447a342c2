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
class CustomerAndItemApiIT {
    @Autowired
    TestTenants tenants;

    Api api;

    @BeforeEach
    void login() {
        api = tenants.create().admin();
    }

    @Test
    void a_customer_made_in_simon_has_origin_simon_and_is_active() {
        Api.Response created = api.post("/api/customers", """
                {"name": "Garage Pietersen", "address": "Industrieweg 4", "zipcode": "3542 AD", "city": "Utrecht",
                 "fsClientNr": "1040"}""");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.raw().headers().firstValue("Location")).hasValue("/api/customers/" + created.id());
        JsonNode customer = api.get("/api/customers/" + created.id()).json();
        assertThat(customer.get("name").asString()).isEqualTo("Garage Pietersen");
        assertThat(customer.get("address").asString()).isEqualTo("Industrieweg 4");
        assertThat(customer.get("zipcode").asString()).isEqualTo("3542 AD");
        assertThat(customer.get("city").asString()).isEqualTo("Utrecht");
        assertThat(customer.get("fsClientNr").asString()).isEqualTo("1040");
        assertThat(customer.get("origin").asString()).isEqualTo("SIMON");
        assertThat(customer.get("active").asBoolean()).isTrue();
    }

    @Test
    void customers_are_listed_by_name_and_searched() {
        api.post("/api/customers", "{\"name\": \"Zuivelhoeve\"}");
        api.post("/api/customers", "{\"name\": \"Autobedrijf Aarts\", \"city\": \"Zeist\"}");

        assertThat(api.get("/api/customers").json())
                .extracting(n -> n.get("name").asString())
                .containsExactly("Autobedrijf Aarts", "Zuivelhoeve");
        assertThat(api.get("/api/customers?q=zeist").json()).hasSize(1);
        assertThat(api.get("/api/customers?limit=1&offset=1").json())
                .extracting(n -> n.get("name").asString())
                .containsExactly("Zuivelhoeve");
        assertThat(api.get("/api/customers?limit=0").status()).isEqualTo(400);
    }

    @Test
    void a_customer_needs_a_name_and_a_unique_fs_client_number() {
        assertThat(api.post("/api/customers", "{\"city\": \"Utrecht\"}").text("field"))
                .isEqualTo("name");
        api.post("/api/customers", "{\"name\": \"A\", \"fsClientNr\": \"7\"}");
        Api.Response duplicate = api.post("/api/customers", "{\"name\": \"B\", \"fsClientNr\": \"7\"}");
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(api.get("/api/customers").json()).hasSize(1);
    }

    @Test
    void locations_belong_to_their_customer() {
        long customer =
                api.post("/api/customers", "{\"name\": \"Camping De Hoeve\"}").id();

        Api.Response added = api.post(
                "/api/customers/" + customer + "/locations",
                "{\"name\": \"Sanitairgebouw\", \"address\": \"Bosweg 2\", \"zipcode\": \"7771 AA\", \"city\": \"Hardenberg\"}");
        api.post("/api/customers/" + customer + "/locations", "{\"address\": \"Bosweg 4\"}");

        assertThat(added.status()).isEqualTo(201);
        JsonNode locations =
                api.get("/api/customers/" + customer + "/locations").json();
        assertThat(locations).extracting(n -> n.get("name").asString()).containsExactly("Sanitairgebouw", "Bosweg 4");
        assertThat(locations.get(0).get("customerId").asLong()).isEqualTo(customer);
        assertThat(locations.get(0).get("city").asString()).isEqualTo("Hardenberg");
        assertThat(api.post("/api/customers/" + customer + "/locations", "{\"name\": \"Zonder adres\"}")
                        .text("field"))
                .isEqualTo("address");
        assertThat(api.post("/api/customers/987654/locations", "{\"address\": \"x\"}")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void an_item_lands_in_the_default_group_unless_one_is_named() {
        Api.Response created = api.post(
                "/api/items",
                "{\"code\": \"0001\", \"name\": \"Reistijd\", \"price\": \"45.00\", \"vatPercentage\": 21}");

        assertThat(created.status()).isEqualTo(201);
        JsonNode item = api.get("/api/items/" + created.id()).json();
        assertThat(item.get("price").decimalValue()).isEqualByComparingTo("45");
        assertThat(item.get("vatPercentage").decimalValue()).isEqualByComparingTo("21");
        assertThat(item.get("origin").asString()).isEqualTo("SIMON");
        assertThat(item.get("active").asBoolean()).isTrue();
        JsonNode groups = api.get("/api/item-groups").json();
        assertThat(groups).extracting(n -> n.get("name").asString()).containsExactly("Algemeen");
        assertThat(item.get("itemGroupId").asLong())
                .isEqualTo(groups.get(0).get("id").asLong());

        long group = groups.get(0).get("id").asLong();
        assertThat(api.post(
                                "/api/items",
                                "{\"code\": \"2\", \"name\": \"B\", \"price\": 1, \"vatPercentage\": 9, \"itemGroupId\": %d}"
                                        .formatted(group))
                        .status())
                .isEqualTo(201);
        assertThat(api.get("/api/items?q=reis").json()).hasSize(1);
    }

    @Test
    void an_item_with_bad_values_is_refused_naming_the_field() {
        assertThat(api.post("/api/items", "{\"name\": \"A\", \"price\": 1, \"vatPercentage\": 21}")
                        .text("field"))
                .isEqualTo("code");
        assertThat(api.post("/api/items", "{\"code\": \"1\", \"price\": 1, \"vatPercentage\": 21}")
                        .text("field"))
                .isEqualTo("name");
        assertThat(api.post("/api/items", "{\"code\": \"1\", \"name\": \"A\", \"price\": -1, \"vatPercentage\": 21}")
                        .text("field"))
                .isEqualTo("price");
        assertThat(api.post("/api/items", "{\"code\": \"1\", \"name\": \"A\", \"price\": 1, \"vatPercentage\": 121}")
                        .text("field"))
                .isEqualTo("vatPercentage");
        assertThat(api.post(
                                "/api/items",
                                "{\"code\": \"1\", \"name\": \"A\", \"price\": 1, \"vatPercentage\": 21, \"itemGroupId\": 98765}")
                        .text("field"))
                .isEqualTo("itemGroupId");
        assertThat(api.get("/api/items").body()).isEqualTo("[]");
    }
}
