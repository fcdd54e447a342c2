package nl.simon.adapter.api;

import static org.assertj.core.api.Assertions.assertThat;

import nl.simon.testing.Api;
import nl.simon.testing.EmulatorExtension;
import nl.simon.testing.SimonIT;
import nl.simon.testing.TestTenants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Issue 15 item 2: customers and work addresses made in Simon are changed with the checks of their creation;
 * those from FactuurSturen answer 409 (changed in FactuurSturen), and a pull never overwrites a Simon edit.
 */
@SimonIT
class CustomerEditApiIT {
    private static final String JSON = "application/json";

    @RegisterExtension
    static final EmulatorExtension fs = new EmulatorExtension();

    @LocalServerPort
    int port;

    @Autowired
    TestTenants tenants;

    @Test
    void a_simon_made_customer_is_changed_field_by_field_with_the_checks_of_its_creation() {
        Api api = tenants.create().admin();
        long id = api.post("/api/customers", """
                {"name": "Bakkerij Jansen", "address": "Dorpsstraat 1", "zipcode": "1234 AB", "city": "Utrecht",
                 "fsClientNr": "77"}""").id();

        Api.Response changed = api.send("PUT", "/api/customers/" + id, JSON, """
                {"name": "Bakkerij Jansen & Zn", "zipcode": "3511ab", "city": "Amersfoort"}""");

        assertThat(changed.status()).isEqualTo(200);
        JsonNode now = api.get("/api/customers/" + id).json();
        assertThat(now.get("name").asString()).isEqualTo("Bakkerij Jansen & Zn");
        assertThat(now.get("zipcode").asString()).isEqualTo("3511 AB");
        assertThat(now.get("city").asString()).isEqualTo("Amersfoort");
        assertThat(now.get("address").asString()).as("left out: unchanged").isEqualTo("Dorpsstraat 1");
        assertThat(now.get("fsClientNr").asString()).isEqualTo("77");

        Api.Response cleared = api.send("PUT", "/api/customers/" + id, JSON, "{\"city\": \"\", \"fsClientNr\": \"\"}");
        assertThat(cleared.status()).isEqualTo(200);
        assertThat(cleared.json().get("city").isNull()).isTrue();
        assertThat(cleared.json().get("fsClientNr").isNull()).isTrue();

        Api.Response noName = api.send("PUT", "/api/customers/" + id, JSON, "{\"name\": \"  \"}");
        Api.Response badPostcode = api.send("PUT", "/api/customers/" + id, JSON, "{\"zipcode\": \"12345\"}");
        Api.Response tooLong =
                api.send("PUT", "/api/customers/" + id, JSON, "{\"city\": \"%s\"}".formatted("x".repeat(201)));
        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.text("field")).isEqualTo("name");
        assertThat(badPostcode.status()).isEqualTo(400);
        assertThat(badPostcode.text("field")).isEqualTo("zipcode");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.text("field")).isEqualTo("city");
        assertThat(api.get("/api/customers/" + id).json().get("name").asString())
                .isEqualTo("Bakkerij Jansen & Zn");

        long other = api.post("/api/customers", "{\"name\": \"Slagerij\", \"fsClientNr\": \"88\"}")
                .id();
        Api.Response taken = api.send("PUT", "/api/customers/" + id, JSON, "{\"fsClientNr\": \"88\"}");
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.text("message")).contains("88");
        assertThat(api.send("PUT", "/api/customers/" + other, JSON, "{\"fsClientNr\": \"88\"}")
                        .status())
                .as("its own number again")
                .isEqualTo(200);

        Api stranger = tenants.create().admin();
        assertThat(stranger.send("PUT", "/api/customers/" + id, JSON, "{\"name\": \"Overgenomen\"}")
                        .status())
                .isEqualTo(404);
        assertThat(api.send("PUT", "/api/customers/999999999", JSON, "{\"name\": \"X\"}")
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/customers/" + id).json().get("name").asString())
                .isEqualTo("Bakkerij Jansen & Zn");
    }

    @Test
    void a_simon_made_work_address_is_changed_under_its_own_customer_only() {
        Api api = tenants.create().admin();
        long customer =
                api.post("/api/customers", "{\"name\": \"Bakkerij Jansen\"}").id();
        long otherCustomer =
                api.post("/api/customers", "{\"name\": \"Slagerij\"}").id();
        long location = api.post(
                        "/api/customers/" + customer + "/locations",
                        "{\"name\": \"Winkel\", \"address\": \"Markt 2\", \"zipcode\": \"1234 AC\", \"city\": \"Utrecht\"}")
                .id();
        String path = "/api/customers/" + customer + "/locations/" + location;

        Api.Response changed = api.send("PUT", path, JSON, "{\"address\": \"Markt 4\", \"zipcode\": \"1234ad\"}");

        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("name").asString()).isEqualTo("Winkel");
        assertThat(changed.json().get("address").asString()).isEqualTo("Markt 4");
        assertThat(changed.json().get("zipcode").asString()).isEqualTo("1234 AD");
        assertThat(changed.json().get("city").asString()).isEqualTo("Utrecht");
        assertThat(changed.json().get("origin").asString()).isEqualTo("SIMON");
        JsonNode listed =
                api.get("/api/customers/" + customer + "/locations").json().get(0);
        assertThat(listed.get("address").asString()).isEqualTo("Markt 4");

        Api.Response noName = api.send("PUT", path, JSON, "{\"name\": \"\", \"address\": \"Markt 6\"}");
        assertThat(noName.status()).isEqualTo(200);
        assertThat(noName.json().get("name").asString())
                .as("no name: the address")
                .isEqualTo("Markt 6");

        Api.Response noAddress = api.send("PUT", path, JSON, "{\"address\": \"\"}");
        Api.Response badPostcode = api.send("PUT", path, JSON, "{\"zipcode\": \"AB 1234\"}");
        assertThat(noAddress.status()).isEqualTo(400);
        assertThat(noAddress.text("field")).isEqualTo("address");
        assertThat(badPostcode.status()).isEqualTo(400);
        assertThat(badPostcode.text("field")).isEqualTo("zipcode");

        assertThat(api.send(
                                "PUT",
                                "/api/customers/" + otherCustomer + "/locations/" + location,
                                JSON,
                                "{\"address\": \"Elders 1\"}")
                        .status())
                .as("another customer's work address")
                .isEqualTo(404);
        assertThat(tenants.create()
                        .admin()
                        .send("PUT", path, JSON, "{\"address\": \"Elders 1\"}")
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/customers/" + customer + "/locations")
                        .json()
                        .get(0)
                        .get("address")
                        .asString())
                .isEqualTo("Markt 6");
    }

    @Test
    void factuursturen_customers_are_409_and_a_pull_keeps_the_edit_of_a_simon_made_customer() {
        EmulatorExtension.Connected connected = fs.newTenant(tenants, port);
        String clientnr = connected.addBakkerijJansen();
        connected.activated();
        Api api = connected.admin();
        long fsCustomer = api.customerWithFsNumber(clientnr);
        // issue 15 item 5: the import's detail rows link to the customer they are about
        JsonNode pulled = api.get("/api/integration/log")
                .json()
                .get("rows")
                .valueStream()
                .filter(row -> "customers-pulled".equals(row.get("code").asString()))
                .findFirst()
                .orElseThrow();
        assertThat(pulled.get("link").isNull()).isTrue();
        JsonNode added = api.get(pulled.get("details").asString())
                .json()
                .get("rows")
                .valueStream()
                .filter(row -> "customer-added".equals(row.get("code").asString()))
                .findFirst()
                .orElseThrow();
        assertThat(added.get("link").asString()).isEqualTo("/customers/fs/" + clientnr);
        JsonNode fsAddress =
                api.get("/api/customers/" + fsCustomer + "/locations").json().get(0);
        assertThat(fsAddress.get("origin").asString()).isEqualTo("FACTUURSTUREN");

        Api.Response refused = api.send("PUT", "/api/customers/" + fsCustomer, JSON, "{\"name\": \"Anders\"}");
        Api.Response refusedAddress = api.send(
                "PUT",
                "/api/customers/" + fsCustomer + "/locations/"
                        + fsAddress.get("id").asLong(),
                JSON,
                "{\"address\": \"Anders 1\"}");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("message")).contains("FactuurSturen");
        assertThat(refusedAddress.status()).isEqualTo(409);
        assertThat(refusedAddress.text("message")).contains("FactuurSturen");

        // a work address made in Simon under the FS customer is Simon's own
        long ownAddress = api.post(
                        "/api/customers/" + fsCustomer + "/locations",
                        "{\"name\": \"Magazijn\", \"address\": \"Haven 1\"}")
                .id();
        assertThat(api.send(
                                "PUT",
                                "/api/customers/" + fsCustomer + "/locations/" + ownAddress,
                                JSON,
                                "{\"address\": \"Haven 3\"}")
                        .status())
                .isEqualTo(200);

        long simonMade = api.post("/api/customers", "{\"name\": \"Bakkerij Jansen\", \"city\": \"Utrecht\"}")
                .id();
        assertThat(api.send(
                                "PUT",
                                "/api/customers/" + simonMade,
                                JSON,
                                "{\"name\": \"Jansen Brood\", \"city\": \"Zeist\"}")
                        .status())
                .isEqualTo(200);
        assertThat(api.send("PUT", "/api/customers/" + simonMade, JSON, "{\"fsClientNr\": \"" + clientnr + "\"}")
                        .text("field"))
                .as("FS numbers come from FS while it is master")
                .isEqualTo("fsClientNr");

        assertThat(connected
                        .wizard()
                        .fs("PUT", "clients/" + clientnr, "{\"company\": \"Bakkerij Jansen BV\", \"city\": \"Zeist\"}"))
                .isLessThan(300);
        connected.wizard().syncNow();

        assertThat(api.get("/api/customers/" + fsCustomer).json().get("name").asString())
                .isEqualTo("Bakkerij Jansen BV");
        JsonNode kept = api.get("/api/customers/" + simonMade).json();
        assertThat(kept.get("name").asString()).isEqualTo("Jansen Brood");
        assertThat(kept.get("city").asString()).isEqualTo("Zeist");
        assertThat(kept.get("origin").asString()).isEqualTo("SIMON");
        assertThat(api.get("/api/customers/" + fsCustomer + "/locations")
                        .json()
                        .valueStream()
                        .filter(l -> l.get("id").asLong() == ownAddress)
                        .findFirst()
                        .orElseThrow()
                        .get("address")
                        .asString())
                .isEqualTo("Haven 3");
    }
}
