package nl.simon.testing;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every stored row of one tenant, as text: a sweep takes it before and after to prove it touched nothing of it. */
public final class TenantRows {
    private TenantRows() {}

    /** Its tenant row and every row of every table with a {@code tenant_id} column: any change shows. */
    public static String snapshot(JdbcClient jdbc, long tenantId) {
        StringBuilder all = new StringBuilder(jdbc.sql("SELECT * FROM tenant WHERE id = :id")
                .param("id", tenantId)
                .query()
                .listOfRows()
                .toString());
        List<String> tables = jdbc.sql("""
                SELECT table_name FROM information_schema.columns
                WHERE column_name = 'tenant_id' AND table_schema = current_schema() ORDER BY table_name""").query(String.class).list();
        for (String table : tables) {
            List<Map<String, Object>> rows = jdbc.sql("SELECT * FROM " + table + " WHERE tenant_id = :id ORDER BY 1")
                    .param("id", tenantId)
                    .query()
                    .listOfRows();
            // A password hash or an encrypted key shows only as its digest, so a failure message holds no secret.
            rows.forEach(row -> row.replaceAll((column, value) ->
                    column.contains("hash") || column.contains("key") ? "#" + Objects.hashCode(value) : value));
            all.append('\n').append(table).append(": ").append(rows);
        }
        return all.toString();
    }
}
