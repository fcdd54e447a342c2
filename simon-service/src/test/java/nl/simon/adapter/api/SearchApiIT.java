package nl.simon.adapter.api;

import static nl.simon.adapter.api.BadInputIT.assertErrorShape;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import nl.simon.testing.Api;
import nl.simon.testing.SimonIT;
import nl.simon.testing.TestTenants;
import nl.simon.testing.TestTenants.TestTenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 15, docs/contracts.md §2.1: lists page ({@code page} from 0, {@code size} default 100, at most 500), the body
 * stays an array, {@code X-Total-Count} and {@code Link: <…>; rel="next"} tell the rest, and {@code q} searches on the
 * server ignoring case; a company only ever finds its own rows.
 */
@SimonIT
class SearchApiIT {
    @LocalServerPort
    int port;

    @Autowired
    TestTenants tenants;

    Api alice;
    Api bob;

    @BeforeEach
    void tenants() {
        TestTenant a = tenants.create();
        TestTenant b = tenants.create();
        alice = Api.at(port, a.adminEmail(), a.password());
        bob = Api.at(port, b.officeEmail(), b.password());
    }

    @Test
    void customers_page_with_a_total_and_a_link_to_the_next_page() {
        IntStream.rangeClosed(1, 7).forEach(i -> customer("Klant " + i, "Straat " + i, "100" + i + " AB", "Utrecht"));

        Api.Response first = alice.get("/api/customers?page=0&size=3");
        assertThat(names(first)).containsExactly("Klant 1", "Klant 2", "Klant 3");
        assertThat(header(first, "X-Total-Count")).isEqualTo("7");
        assertThat(header(first, "Link")).contains("page=1").contains("size=3").endsWith("; rel=\"next\"");

        Api.Response next = alice.get(link(first));
        assertThat(names(next)).containsExactly("Klant 4", "Klant 5", "Klant 6");
        Api.Response last = alice.get("/api/customers?page=2&size=3");
        assertThat(names(last)).containsExactly("Klant 7");
        assertThat(header(last, "X-Total-Count")).isEqualTo("7");
        assertThat(last.raw().headers().firstValue("Link"))
                .as("no next page after the last")
                .isEmpty();
        assertThat(alice.get("/api/customers?page=9&size=3").body()).isEqualTo("[]");
        assertThat(alice.get("/api/customers?limit=2&offset=1").json()).hasSize(2);
    }

    @Test
    void without_size_a_page_holds_100() {
        IntStream.rangeClosed(1, 101).forEach(i -> customer("K%03d".formatted(i), null, null, null));
        Api.Response page = alice.get("/api/customers");
        assertThat(page.json()).hasSize(100);
        assertThat(header(page, "X-Total-Count")).isEqualTo("101");
        assertThat(header(page, "Link")).contains("page=1").contains("size=100");
        assertThat(names(alice.get("/api/customers?page=1"))).containsExactly("K101");
        assertThat(alice.get("/api/customers?size=500").json()).hasSize(101);
    }

    @Test
    void q_finds_customers_ignoring_case_in_name_address_zipcode_city_and_fs_number() {
        customer("Bakkerij Jansen", "Dorpsstraat 1", "1234 AB", "Utrecht");
        customer("Garage de Vries", "Kerkweg 7", "9876 ZX", "Zwolle");
        customer("Slagerij 50% Korting", "Markt 2", "5555 CC", "Amersfoort");
        alice.post("/api/customers", "{\"name\": \"FS Klant\", \"fsClientNr\": \"C-20319\"}");

        assertThat(names(alice.get("/api/customers?q=BAKKERIJ"))).containsExactly("Bakkerij Jansen");
        assertThat(names(alice.get("/api/customers?q=kerkweg"))).containsExactly("Garage de Vries");
        assertThat(names(alice.get("/api/customers?q=1234%20ab"))).containsExactly("Bakkerij Jansen");
        assertThat(names(alice.get("/api/customers?q=zwol"))).containsExactly("Garage de Vries");
        assertThat(names(alice.get("/api/customers?q=c-2031"))).containsExactly("FS Klant");
        assertThat(names(alice.get("/api/customers?q=50%25")))
                .as("% is literal")
                .containsExactly("Slagerij 50% Korting");
        Api.Response found = alice.get("/api/customers?q=r&size=1");
        assertThat(header(found, "X-Total-Count")).isEqualTo("3");
        assertThat(header(found, "Link")).contains("q=r").contains("page=1");
    }

    @Test
    void items_work_orders_and_work_addresses_search_and_page_alike() {
        alice.post("/api/items", "{\"code\": \"K100\", \"name\": \"Kraan\", \"price\": 1, \"vatPercentage\": 21}");
        alice.post("/api/items", "{\"code\": \"B200\", \"name\": \"Buis koper\", \"price\": 2, \"vatPercentage\": 21}");
        alice.post("/api/items", "{\"code\": \"K300\", \"name\": \"Knie\", \"price\": 3, \"vatPercentage\": 21}");
        Api.Response items = alice.get("/api/items?q=k&size=1");
        assertThat(header(items, "X-Total-Count")).isEqualTo("3");
        assertThat(items.json()).hasSize(1);
        assertThat(alice.get("/api/items?q=KOPER").json())
                .extracting(n -> n.get("code").asString())
                .containsExactly("B200");

        long customer = customer("Bakkerij Jansen", "Dorpsstraat 1", "1234 AB", "Utrecht");
        String locations = "/api/customers/" + customer + "/locations";
        alice.post(locations, "{\"name\": \"Winkel\", \"address\": \"Dorpsstraat 1\", \"city\": \"Utrecht\"}");
        alice.post(locations, "{\"name\": \"Bakkerij\", \"address\": \"Industrieweg 9\", \"city\": \"Nieuwegein\"}");
        alice.post(locations, "{\"name\": \"Opslag\", \"address\": \"Haven 3\", \"city\": \"Nieuwegein\"}");
        assertThat(alice.get(locations + "?q=NIEUWEGEIN").json())
                .extracting(n -> n.get("name").asString())
                .containsExactly("Bakkerij", "Opslag");
        Api.Response firstLocation = alice.get(locations + "?size=1");
        assertThat(header(firstLocation, "X-Total-Count")).isEqualTo("3");
        assertThat(header(firstLocation, "Link")).contains("page=1");

        alice.post("/api/work-orders", "{\"customerId\": %d, \"description\": \"Kraan lekt\"}".formatted(customer));
        alice.post("/api/work-orders", "{\"description\": \"Deur klemt\"}");
        Api.Response orders = alice.get("/api/work-orders?q=kraan&status=OPEN&page=0&size=10");
        assertThat(orders.json())
                .extracting(n -> n.get("description").asString())
                .containsExactly("Kraan lekt");
        assertThat(header(orders, "X-Total-Count")).isEqualTo("1");
        assertThat(header(alice.get("/api/work-orders?q=bakkerij"), "X-Total-Count"))
                .as("by customer name")
                .isEqualTo("1");
        Api.Response all = alice.get("/api/work-orders?size=1");
        assertThat(header(all, "X-Total-Count")).isEqualTo("2");
        assertThat(header(all, "Link")).contains("page=1");
    }

    @Test
    void a_wrong_page_or_size_is_a_400_with_the_error_shape() {
        for (String list : List.of("/api/customers", "/api/items", "/api/work-orders")) {
            assertErrorShape(alice.get(list + "?size=501"), 400, "size");
            assertErrorShape(alice.get(list + "?size=0"), 400, "size");
            assertErrorShape(alice.get(list + "?size=-5"), 400, "size");
            assertErrorShape(alice.get(list + "?page=-1"), 400, "page");
            assertErrorShape(alice.get(list + "?page=eerste"), 400, "page");
            assertThat(alice.get(list + "?page=2147483647&size=500").status()).isEqualTo(200);
        }
        long customer = customer("Klant", null, null, null);
        assertErrorShape(alice.get("/api/customers/" + customer + "/locations?size=1000"), 400, "size");
    }

    @Test
    void a_search_finds_only_the_callers_own_rows() {
        long customer = customer("Gedeelde Naam", "Straat 1", null, "Utrecht");
        alice.post("/api/customers/" + customer + "/locations", "{\"address\": \"Straat 1\"}");
        alice.post(
                "/api/items", "{\"code\": \"GN1\", \"name\": \"Gedeelde Naam\", \"price\": 1, \"vatPercentage\": 21}");
        alice.post("/api/work-orders", "{\"customerId\": %d, \"description\": \"Gedeelde Naam\"}".formatted(customer));

        for (String list : List.of("/api/customers", "/api/items", "/api/work-orders")) {
            Api.Response other = bob.get(list + "?q=gedeelde");
            assertThat(other.body()).as(list).isEqualTo("[]");
            assertThat(header(other, "X-Total-Count")).as(list).isEqualTo("0");
            assertThat(header(alice.get(list + "?q=gedeelde"), "X-Total-Count"))
                    .as(list)
                    .isEqualTo("1");
        }
        assertThat(bob.get("/api/customers/" + customer + "/locations?q=straat").status())
                .isEqualTo(404);
    }

    private long customer(String name, String address, String zipcode, String city) {
        return alice.post(
                        "/api/customers",
                        "{\"name\": %s, \"address\": %s, \"zipcode\": %s, \"city\": %s}"
                                .formatted(json(name), json(address), json(zipcode), json(city)))
                .id();
    }

    private static String json(String text) {
        return text == null ? "null" : "\"" + text + "\"";
    }

    private static List<String> names(Api.Response answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json().valueStream().map(n -> n.get("name").asString()).toList();
    }

    private static String header(Api.Response answer, String name) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.raw().headers().firstValue(name).orElse(null);
    }

    /** The path and query of the Link header's next page. */
    private static String link(Api.Response answer) {
        String link = header(answer, "Link");
        String uri = link.substring(link.indexOf('<') + 1, link.indexOf('>'));
        return uri.substring(uri.indexOf("/api/"));
    }
}
