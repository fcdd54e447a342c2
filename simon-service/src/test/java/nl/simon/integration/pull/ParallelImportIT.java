package nl.simon.integration.pull;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The first import writes two pages at a time on two connections (benchmarks/README.md, finding 10), and stores
 * exactly what one writer stores: every customer, work address, item and log row, the summary counts, and a bad
 * record refused without stopping the other pages.
 */
@SimonIT
class ParallelImportIT {
    static final int CLIENTS = 2_200;
    static final int PRODUCTS = 700;
    /** On the third page of five: written while the other writer writes another page. */
    static final int BAD_CLIENT = 1_300;

    static final String BAD_NAME = "Kapotte Klant BV";

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
    long t;

    @BeforeEach
    void tenantWithFsAccount() {
        EmulatorExtension.Connected connected = fs.newTenant(tenants);
        tenant = connected.tenant();
        admin = connected.admin();
        account = connected.account();
        wizard = connected.wizard();
        t = tenant.tenant().id().value();
    }

    @AfterEach
    void dropProbes() {
        jdbc.sql("DROP TRIGGER IF EXISTS parallel_import_probe_" + t + " ON customer")
                .update();
        jdbc.sql("DROP TRIGGER IF EXISTS parallel_import_refuse_" + t + " ON customer")
                .update();
        jdbc.sql("DROP FUNCTION IF EXISTS parallel_import_probe_" + t + "()").update();
        jdbc.sql("DROP FUNCTION IF EXISTS parallel_import_refuse_" + t + "()").update();
        jdbc.sql("DROP TABLE IF EXISTS parallel_import_probe_" + t).update();
    }

    @Test
    void the_first_import_writes_two_pages_at_once_and_stores_every_record_and_log_row_a_bad_one_aside() {
        Map<String, String> customers = new HashMap<>();
        Map<String, String> addresses = new HashMap<>();
        String bad = null;
        for (int i = 1; i <= CLIENTS; i++) {
            String name = i == BAD_CLIENT ? BAD_NAME : "Klant %04d".formatted(i);
            Map<String, String> fields = i % 2 == 0
                    ? Map.of("company", name, "address", "Straat " + i, "city", "Plaats " + i)
                    : Map.of("company", name);
            String nr = account.create("clients", fields);
            if (i == BAD_CLIENT) {
                bad = nr;
                continue;
            }
            customers.put(nr, name);
            if (i % 2 == 0) {
                addresses.put(nr, "Straat " + i);
            }
        }
        Map<String, String> items = new HashMap<>();
        for (int i = 1; i <= PRODUCTS; i++) {
            String id = account.create(
                    "products", Map.of("code", "P" + i, "name", "Artikel " + i, "price", "1", "taxes", "21"));
            items.put(id, "P" + i);
        }
        probeTheCustomerPages();
        refuseCustomersNamed(BAD_NAME);

        wizard.activate();
        JsonNode integration = wizard.awaitImport();

        List<List<Long>> pages = jdbc.sql(
                        "SELECT rows, others FROM parallel_import_probe_" + t + " WHERE rows > 1 ORDER BY id")
                .query((rs, row) -> List.of(rs.getLong(1), rs.getLong(2)))
                .list();
        assertThat(pages).as("pages of 500 customers written").hasSizeGreaterThanOrEqualTo(4);
        assertThat(pages.get(0)).as("the first page is written alone").containsExactly(500L, 0L);
        assertThat(pages.subList(1, pages.size()))
                .as("a page written while another writer was inserting customers too")
                .anySatisfy(page -> assertThat(page.get(1)).isPositive());

        assertThat(integration.at("/initialImport/done").asLong()).isEqualTo(CLIENTS + PRODUCTS);
        assertThat(pairs("SELECT fs_client_nr, name FROM customer WHERE tenant_id = :t"))
                .isEqualTo(customers);
        assertThat(pairs("""
                        SELECT c.fs_client_nr, l.address FROM location l JOIN customer c ON c.id = l.customer_id
                        WHERE l.tenant_id = :t AND l.fs_default""")).isEqualTo(addresses);
        assertThat(count("SELECT count(*) FROM location WHERE tenant_id = :t")).isEqualTo(addresses.size());
        assertThat(pairs("SELECT fs_product_id, code FROM item WHERE tenant_id = :t"))
                .isEqualTo(items);
        assertThat(details(LogMessage.CUSTOMER_ADDED)).containsExactlyInAnyOrderElementsOf(customers.keySet());
        assertThat(details(LogMessage.LOCATION_ADDED)).containsExactlyInAnyOrderElementsOf(addresses.keySet());
        assertThat(details(LogMessage.ITEM_ADDED)).containsExactlyInAnyOrderElementsOf(items.keySet());
        assertThat(summaries(LogMessage.CUSTOMERS_PULLED))
                .containsExactly(List.of(String.valueOf(CLIENTS - 1), "0", "0"));
        assertThat(summaries(LogMessage.ITEMS_PULLED)).containsExactly(List.of(String.valueOf(PRODUCTS), "0", "0"));
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM integration_log d WHERE d.tenant_id = :t AND d.run IS NOT NULL
                        AND NOT EXISTS (SELECT 1 FROM integration_log s WHERE s.tenant_id = d.tenant_id
                                        AND s.record_id = d.run AND s.message_code IN (:summaries))""")
                        .param("t", t)
                        .param("summaries", List.of(LogMessage.CUSTOMERS_PULLED.code(), LogMessage.ITEMS_PULLED.code()))
                        .query(Long.class)
                        .single())
                .as("every detail row belongs to its run's summary row")
                .isZero();
        JsonNode status = admin.get("/api/integration").json();
        assertThat(status.at("/lastError/job").asString()).isEqualTo("fs-sync:clients");
        assertThat(status.at("/lastError/error").asString()).contains("1 record(s)", bad, BAD_NAME + " weigert");

        jdbc.sql("DROP TRIGGER parallel_import_refuse_" + t + " ON customer").update();
        wizard.syncNow();

        assertThat(count("SELECT count(*) FROM customer WHERE tenant_id = :t")).isEqualTo(CLIENTS);
        assertThat(summaries(LogMessage.CUSTOMERS_PULLED))
                .containsExactly(List.of(String.valueOf(CLIENTS - 1), "0", "0"), List.of("1", "0", "0"));
    }

    /**
     * After each insert of customers of this tenant: waits (at most 2 s) until another connection is inserting
     * customers too, then notes how many it saw, with the statement's row count (500 for a page, 1 for a record
     * stored alone, which does not wait).
     */
    private void probeTheCustomerPages() {
        jdbc.sql("CREATE TABLE parallel_import_probe_" + t + " (id serial, rows int, others int)")
                .update();
        jdbc.sql("""
                CREATE FUNCTION parallel_import_probe_%1$d() RETURNS trigger LANGUAGE plpgsql AS $$
                DECLARE
                    mine int;
                    seen int := 0;
                    tries int := 0;
                BEGIN
                    SELECT count(*) INTO mine FROM added WHERE tenant_id = %1$d;
                    IF mine = 0 THEN
                        RETURN NULL;
                    END IF;
                    LOOP
                        SELECT count(*) INTO seen FROM pg_stat_activity
                        WHERE pid <> pg_backend_pid() AND state = 'active'
                          AND query LIKE '%%INSERT INTO customer (tenant_id%%';
                        EXIT WHEN seen > 0 OR mine = 1 OR tries >= 200;
                        PERFORM pg_sleep(0.01);
                        tries := tries + 1;
                    END LOOP;
                    INSERT INTO parallel_import_probe_%1$d (rows, others) VALUES (mine, seen);
                    RETURN NULL;
                END $$""".formatted(t)).update();
        jdbc.sql(("CREATE TRIGGER parallel_import_probe_%1$d AFTER INSERT ON customer REFERENCING NEW TABLE AS added"
                                + " FOR EACH STATEMENT EXECUTE FUNCTION parallel_import_probe_%1$d()")
                        .formatted(t))
                .update();
    }

    /** A bad record: PostgreSQL refuses this tenant's customer of that name. */
    private void refuseCustomersNamed(String name) {
        jdbc.sql("""
                CREATE FUNCTION parallel_import_refuse_%d() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'test: %s weigert';
                END $$""".formatted(t, name)).update();
        jdbc.sql(("CREATE TRIGGER parallel_import_refuse_%1$d BEFORE INSERT ON customer FOR EACH ROW"
                                + " WHEN (NEW.tenant_id = %1$d AND NEW.name = '%2$s')"
                                + " EXECUTE FUNCTION parallel_import_refuse_%1$d()")
                        .formatted(t, name))
                .update();
    }

    private Map<String, String> pairs(String sql) {
        Map<String, String> pairs = new HashMap<>();
        jdbc.sql(sql).param("t", t).query(rs -> {
            pairs.put(rs.getString(1), rs.getString(2));
        });
        return pairs;
    }

    private long count(String sql) {
        return jdbc.sql(sql).param("t", t).query(Long.class).single();
    }

    private List<String> details(LogMessage message) {
        return jdbc.sql("SELECT record_id FROM integration_log WHERE tenant_id = :t AND message_code = :code")
                .param("t", t)
                .param("code", message.code())
                .query(String.class)
                .list();
    }

    private List<List<String>> summaries(LogMessage message) {
        return jdbc
                .sql("SELECT parameters FROM integration_log WHERE tenant_id = :t AND message_code = :code ORDER BY id")
                .param("t", t)
                .param("code", message.code())
                .query((rs, row) ->
                        new ArrayList<>(List.of((String[]) rs.getArray(1).getArray())))
                .list()
                .stream()
                .map(list -> (List<String>) list)
                .toList();
    }
}
