package nl.simon.integration.pull;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.simon.factuursturen.emulator.EmulatedAccount;
import nl.simon.integration.log.LogMessage;
import nl.simon.testing.Api;
import nl.simon.testing.EmulatorExtension;
import nl.simon.testing.SimonIT;
import nl.simon.testing.TestTenants;
import nl.simon.testing.TestTenants.TestTenant;
import nl.simon.testing.Wizard;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** FactuurSturen is master for clients and products: the pull brings every change into Simon, and only changes. */
@SimonIT
class MasterDataSyncIT {
    @RegisterExtension
    static final EmulatorExtension fs = new EmulatorExtension();

    @Autowired
    TestTenants tenants;

    @Autowired
    JdbcClient jdbc;

    TestTenant tenant;
    Api admin;
    EmulatedAccount account;
    Wizard wizard;

    @BeforeEach
    void tenantWithFsAccount() {
        EmulatorExtension.Connected connected = fs.newTenant(tenants);
        tenant = connected.tenant();
        admin = connected.admin();
        account = connected.account();
        wizard = connected.wizard();
    }

    @Test
    void activation_imports_all_clients_with_their_address_and_all_products_into_one_group() {
        String nr = account.create(
                "clients",
                Map.of(
                        "company",
                        "Bakkerij Jansen",
                        "address",
                        "Dorpsstraat 1",
                        "zipcode",
                        "1234 AB",
                        "city",
                        "Utrecht"));
        account.create("clients", Map.of("contact", "Piet Zonder Adres"));
        account.create("products", Map.of("code", "0002", "name", "Werktijd", "price", "62.50", "taxes", "21"));

        wizard.activate();
        JsonNode integration = wizard.awaitImport();

        assertThat(integration.at("/initialImport/done").asLong()).isEqualTo(3);
        assertThat(integration.at("/initialImport/total").asLong()).isEqualTo(3);
        JsonNode customer = customerByNr(nr);
        assertThat(customer.get("name").asString()).isEqualTo("Bakkerij Jansen");
        assertThat(customer.get("address").asString()).isEqualTo("Dorpsstraat 1");
        assertThat(customer.get("city").asString()).isEqualTo("Utrecht");
        assertThat(customer.get("origin").asString()).isEqualTo("FACTUURSTUREN");
        JsonNode locations = admin.get("/api/customers/" + customer.get("id").asLong() + "/locations")
                .json();
        assertThat(locations).extracting(l -> l.get("address").asString()).containsExactly("Dorpsstraat 1");
        assertThat(admin.get("/api/customers").json()).hasSize(2);
        JsonNode item = admin.get("/api/items").json().get(0);
        assertThat(item.get("code").asString()).isEqualTo("0002");
        assertThat(item.get("price").decimalValue()).isEqualByComparingTo("62.50");
        assertThat(item.get("vatPercentage").decimalValue()).isEqualByComparingTo("21");
        assertThat(admin.get("/api/item-groups").json())
                .extracting(g -> g.get("name").asString())
                .containsExactly("FactuurSturen");
        assertThat(messages())
                .contains(
                        "Klant toegevoegd aan Simon: Bakkerij Jansen",
                        "Toevoegen Werkadres in Simon gelukt: Dorpsstraat 1",
                        "Toevoegen Artikel in Simon is gelukt: 0002 Werktijd");
        assertThat(integration.get("tables"))
                .allSatisfy(
                        row -> assertThat(row.get("integrationUpdate").isNull()).isFalse());
    }

    @Test
    void a_changed_deleted_or_inactive_client_and_product_arrive_on_the_next_pull() {
        String changed = account.create("clients", Map.of("company", "Oud BV", "address", "Oudeweg 1"));
        String deleted = account.create("clients", Map.of("company", "Weg BV"));
        String inactive = account.create("clients", Map.of("company", "Slaapt BV"));
        String product =
                account.create("products", Map.of("code", "0002", "name", "Werktijd", "price", "60", "taxes", "21"));
        String gone = account.create("products", Map.of("code", "0009", "name", "Oud", "price", "1", "taxes", "21"));
        wizard.activate();
        wizard.awaitImport();
        admin.post(
                "/api/customers/" + customerByNr(changed).get("id").asLong() + "/locations",
                "{\"address\": \"Achterom 2\"}");

        wizard.fs("PUT", "clients/" + changed, "{\"company\": \"Nieuw BV\", \"address\": \"Nieuweweg 9\"}");
        wizard.fs("DELETE", "clients/" + deleted, null);
        wizard.fs("PUT", "clients/" + inactive, "{\"company\": \"Slaapt BV\", \"active\": \"false\"}");
        wizard.fs(
                "PUT",
                "products/" + product,
                "{\"code\": \"0002\", \"name\": \"Werktijd\", \"price\": \"65\", \"taxes\": \"21\"}");
        wizard.fs("DELETE", "products/" + gone, null);
        String added = account.create("clients", Map.of("company", "Erbij BV"));
        wizard.syncNow();

        JsonNode renamed = customerByNr(changed);
        assertThat(renamed.get("name").asString()).isEqualTo("Nieuw BV");
        assertThat(renamed.get("address").asString()).isEqualTo("Nieuweweg 9");
        assertThat(admin.get("/api/customers/" + renamed.get("id").asLong() + "/locations")
                        .json())
                .extracting(l -> l.get("address").asString())
                .containsExactly("Nieuweweg 9", "Achterom 2");
        assertThat(customerByNr(deleted).get("active").asBoolean()).isFalse();
        assertThat(customerByNr(inactive).get("active").asBoolean()).isFalse();
        assertThat(customerByNr(added).get("name").asString()).isEqualTo("Erbij BV");
        assertThat(itemByCode("0002").get("price").decimalValue()).isEqualByComparingTo("65");
        assertThat(itemByCode("0009").get("active").asBoolean()).isFalse();
        assertThat(messages())
                .contains("Klant bijgewerkt in Simon: Nieuw BV", "Artikel bijgewerkt in Simon: 0002 Werktijd")
                .anySatisfy(m -> assertThat(m).startsWith("Klant " + deleted + " is in FactuurSturen verwijderd"));
    }

    @Test
    void an_unchanged_poll_writes_nothing() {
        for (int i = 0; i < 30; i++) {
            account.create("clients", Map.of("company", "Klant " + i, "address", "Straat " + i));
            account.create("products", Map.of("code", "P" + i, "name", "Artikel " + i, "price", "1", "taxes", "21"));
        }
        wizard.activate();
        wizard.awaitImport();
        List<Object> before = footprint();

        wizard.syncNow();

        assertThat(footprint()).isEqualTo(before);
    }

    @Test
    void two_thousand_five_hundred_clients_arrive_across_pages() {
        account.seed(2_500, 0);

        wizard.activate();
        JsonNode integration = wizard.awaitImport();

        assertThat(integration.at("/initialImport/total").asLong()).isEqualTo(2_500);
        assertThat(integration.at("/initialImport/done").asLong()).isEqualTo(2_500);
        assertThat(jdbc.sql("SELECT count(DISTINCT fs_client_nr) FROM customer WHERE tenant_id = :t")
                        .param("t", tenant.tenant().id().value())
                        .query(Long.class)
                        .single())
                .isEqualTo(2_500);
    }

    @Test
    void quotes_backslashes_tabs_and_line_breaks_arrive_and_are_logged_exactly() {
        String name = "Fa \"Q\" \\ {a,b} NULL\ttab\nline\r\nö 😀 \\N";
        String address = "Weg \"1\"\\2\t3\n4";
        String nr = account.create("clients", Map.of("company", name, "address", address));
        String product =
                account.create("products", Map.of("code", "X\\1", "name", name, "price", "1.235", "taxes", "9"));

        wizard.activate();
        wizard.awaitImport();

        long t = tenant.tenant().id().value();
        assertThat(jdbc.sql("SELECT name FROM customer WHERE tenant_id = :t AND fs_client_nr = :nr")
                        .param("t", t)
                        .param("nr", nr)
                        .query(String.class)
                        .single())
                .isEqualTo(name);
        assertThat(jdbc.sql("SELECT name || '|' || address FROM location WHERE tenant_id = :t")
                        .param("t", t)
                        .query(String.class)
                        .list())
                .containsExactly(address + "|" + address);
        assertThat(jdbc.sql("SELECT code || '|' || name || '|' || price FROM item WHERE tenant_id = :t")
                        .param("t", t)
                        .query(String.class)
                        .single())
                .isEqualTo("X\\1|" + name + "|1.2350");
        assertThat(jdbc.sql("""
                SELECT message_code, record_id, parameters FROM integration_log
                WHERE tenant_id = :t AND message_code IN (:codes) ORDER BY id""")
                        .param("t", t)
                        .param(
                                "codes",
                                List.of(
                                        LogMessage.CUSTOMER_ADDED.code(),
                                        LogMessage.LOCATION_ADDED.code(),
                                        LogMessage.ITEM_ADDED.code()))
                        .query((rs, row) -> List.of(rs.getString(1), rs.getString(2), List.of((String[])
                                rs.getArray(3).getArray())))
                        .list())
                .containsExactly(
                        List.of(LogMessage.CUSTOMER_ADDED.code(), nr, List.of(name)),
                        List.of(LogMessage.LOCATION_ADDED.code(), nr, List.of(address)),
                        List.of(LogMessage.ITEM_ADDED.code(), product, List.of("X\\1 " + name)));
    }

    /** Every row count and change time the pull could touch. */
    private List<Object> footprint() {
        long id = tenant.tenant().id().value();
        return jdbc.sql("""
                SELECT (SELECT count(*) FROM customer WHERE tenant_id = :t), (SELECT max(changed_at) FROM customer WHERE tenant_id = :t),
                       (SELECT count(*) FROM item WHERE tenant_id = :t), (SELECT max(changed_at) FROM item WHERE tenant_id = :t),
                       (SELECT count(*) FROM location WHERE tenant_id = :t), (SELECT max(changed_at) FROM location WHERE tenant_id = :t),
                       (SELECT count(*) FROM integration_log WHERE tenant_id = :t),
                       (SELECT string_agg(table_name || coalesce(integration_updated_at::text, ''), ',') FROM table_activity WHERE tenant_id = :t)""")
                .param("t", id)
                .query((rs, row) -> List.<Object>of(
                        rs.getLong(1),
                        String.valueOf(rs.getObject(2)),
                        rs.getLong(3),
                        String.valueOf(rs.getObject(4)),
                        rs.getLong(5),
                        String.valueOf(rs.getObject(6)),
                        rs.getLong(7),
                        String.valueOf(rs.getString(8))))
                .single();
    }

    private JsonNode customerByNr(String nr) {
        for (JsonNode customer : admin.get("/api/customers").json()) {
            if (nr.equals(customer.get("fsClientNr").asString())) {
                return customer;
            }
        }
        throw new AssertionError("no customer with FS number " + nr);
    }

    private JsonNode itemByCode(String code) {
        for (JsonNode item : admin.get("/api/items").json()) {
            if (code.equals(item.get("code").asString())) {
                return item;
            }
        }
        throw new AssertionError("no item " + code);
    }

    /** The log's messages with the records of each pull (issue 15: a pull is one row, its records its details). */
    private List<String> messages() {
        return nl.simon.testing.LogRows.messagesWithDetails(admin);
    }
}
