package nl.simon.adapter.persistence;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import nl.simon.integration.fs.FsConnection;
import nl.simon.integration.lifecycle.ImportProgress;
import nl.simon.integration.lifecycle.Integration;
import nl.simon.integration.lifecycle.IntegrationStatus;
import nl.simon.integration.lifecycle.Integrations;
import nl.simon.integration.settings.CustomerReferenceSource;
import nl.simon.integration.settings.IntegrationSettings;
import nl.simon.integration.settings.InvoiceName;
import nl.simon.integration.settings.InvoiceReference;
import nl.simon.integration.settings.SettingsVersion;
import nl.simon.integration.settings.WorkDescriptionSource;
import nl.simon.shared.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;

public final class JdbcIntegrations implements Integrations {
    private final JdbcClient jdbc;
    private final Clock clock;

    public JdbcIntegrations(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Integration lock(TenantId tenant) {
        jdbc.sql("INSERT INTO integration (tenant_id, changed_at) VALUES (:tenant, :now) ON CONFLICT DO NOTHING")
                .param("tenant", tenant.value())
                .param("now", Timestamps.toDb(clock.instant()))
                .update();
        return jdbc.sql("SELECT * FROM integration WHERE tenant_id = :tenant FOR UPDATE")
                .param("tenant", tenant.value())
                .query(JdbcIntegrations::map)
                .single();
    }

    @Override
    public Integration get(TenantId tenant) {
        return jdbc.sql("SELECT * FROM integration WHERE tenant_id = :tenant")
                .param("tenant", tenant.value())
                .query(JdbcIntegrations::map)
                .optional()
                .orElseGet(() -> Integration.notActivated(tenant));
    }

    @Override
    public void save(Integration integration) {
        jdbc.sql("""
                UPDATE integration SET status = :status, activated_at = :activated, deactivated_at = :deactivated,
                       wiped_at = :wiped, terms_accepted_at = :terms, suspended_reason = :suspended, changed_at = :now
                WHERE tenant_id = :tenant""")
                .param("status", integration.status().name())
                .param("activated", Timestamps.toDb(integration.activatedAt()))
                .param("deactivated", Timestamps.toDb(integration.deactivatedAt()))
                .param("wiped", Timestamps.toDb(integration.wipedAt()))
                .param("terms", Timestamps.toDb(integration.termsAcceptedAt()))
                .param("suspended", integration.suspendedReason())
                .param("now", Timestamps.toDb(clock.instant()))
                .param("tenant", integration.tenant().value())
                .update();
    }

    @Override
    public void connect(TenantId tenant, FsConnection connection, String encryptedApiKey) {
        jdbc.sql("""
                UPDATE integration SET fs_username = :username, fs_api_key = :key, fs_base_url = :url,
                       connected_at = :connected, changed_at = :connected
                WHERE tenant_id = :tenant""")
                .param("username", connection.username())
                .param("key", encryptedApiKey)
                .param("url", connection.baseUrl().toString())
                .param("connected", Timestamps.toDb(connection.connectedAt()))
                .param("tenant", tenant.value())
                .update();
    }

    @Override
    public Optional<String> encryptedApiKey(TenantId tenant) {
        return jdbc.sql("SELECT fs_api_key FROM integration WHERE tenant_id = :tenant AND fs_api_key IS NOT NULL")
                .param("tenant", tenant.value())
                .query(String.class)
                .optional();
    }

    @Override
    public SettingsVersion addSettings(TenantId tenant, IntegrationSettings s, Instant validFrom, String savedBy) {
        int version = jdbc.sql(
                        "SELECT coalesce(max(version), 0) + 1 FROM integration_settings WHERE tenant_id = :tenant")
                .param("tenant", tenant.value())
                .query(Integer.class)
                .single();
        jdbc.sql("""
                INSERT INTO integration_settings (tenant_id, version, valid_from, quotations_to_work_orders,
                    quotation_filter_word, quotation_lines_as_used_items, work_description_source,
                    customer_reference_source, travel_time_product_code, work_time_product_code, standard_product_code,
                    work_order_exclusion_word, description_as_first_line, invoice_reference, invoice_name, saved_by,
                    mail_admins)
                VALUES (:tenant, :version, :validFrom, :q2wo, :filter, :linesAsItems, :descSource, :refSource, :travel,
                    :work, :standard, :exclusion, :firstLine, :reference, :name, :savedBy, :mailAdmins)""")
                .param("tenant", tenant.value())
                .param("version", version)
                .param("validFrom", Timestamps.toDb(validFrom))
                .param("q2wo", s.quotationsToWorkOrders())
                .param("filter", s.quotationFilterWord())
                .param("linesAsItems", s.quotationLinesAsUsedItems())
                .param("descSource", s.workDescriptionSource().name())
                .param("refSource", s.customerReferenceSource().name())
                .param("travel", s.travelTimeProductCode())
                .param("work", s.workTimeProductCode())
                .param("standard", s.standardProductCode())
                .param("exclusion", s.workOrderExclusionWord())
                .param("firstLine", s.descriptionAsFirstLine())
                .param("reference", s.invoiceReference().name())
                .param("name", s.invoiceName().name())
                .param("savedBy", savedBy)
                .param("mailAdmins", s.mailAdmins())
                .update();
        return new SettingsVersion(version, validFrom, s, savedBy);
    }

    @Override
    public Optional<SettingsVersion> currentSettings(TenantId tenant) {
        return jdbc.sql("SELECT * FROM integration_settings WHERE tenant_id = :tenant ORDER BY version DESC LIMIT 1")
                .param("tenant", tenant.value())
                .query(JdbcIntegrations::settings)
                .optional();
    }

    @Override
    public Optional<SettingsVersion> settingsVersion(TenantId tenant, int version) {
        return jdbc.sql("SELECT * FROM integration_settings WHERE tenant_id = :tenant AND version = :version")
                .param("tenant", tenant.value())
                .param("version", version)
                .query(JdbcIntegrations::settings)
                .optional();
    }

    @Override
    public ImportProgress importProgress(TenantId tenant) {
        return jdbc.sql("SELECT import_done, import_total, import_started_at, import_finished_at FROM integration"
                        + " WHERE tenant_id = :tenant")
                .param("tenant", tenant.value())
                .query((rs, row) -> new ImportProgress(
                        rs.getLong("import_done"),
                        rs.getLong("import_total"),
                        Timestamps.instant(rs, "import_started_at"),
                        Timestamps.instant(rs, "import_finished_at")))
                .optional()
                .orElse(ImportProgress.NONE);
    }

    @Override
    public void startImport(TenantId tenant, long total) {
        update(
                tenant,
                "import_done = 0, import_total = :total, import_started_at = :now, import_finished_at = NULL",
                Map.of("total", total));
    }

    @Override
    public void advanceImport(TenantId tenant, long records) {
        update(tenant, "import_done = import_done + :records", Map.of("records", records));
    }

    @Override
    public void finishImport(TenantId tenant) {
        update(
                tenant,
                "import_finished_at = :now, import_done = greatest(import_total, import_done), "
                        + "import_total = greatest(import_total, import_done)",
                Map.of());
    }

    @Override
    public void syncChecked(TenantId tenant) {
        update(tenant, "last_sync_at = :now, sync_failing_since = NULL", Map.of());
    }

    @Override
    public Optional<Instant> lastSync(TenantId tenant) {
        return jdbc.sql("SELECT last_sync_at FROM integration WHERE tenant_id = :tenant AND last_sync_at IS NOT NULL")
                .param("tenant", tenant.value())
                .query((rs, row) -> Timestamps.instant(rs, "last_sync_at"))
                .optional();
    }

    @Override
    public boolean syncFailed(TenantId tenant) {
        return jdbc.sql("UPDATE integration SET sync_failing_since = :now"
                                + " WHERE tenant_id = :tenant AND sync_failing_since IS NULL")
                        .param("now", Timestamps.toDb(clock.instant()))
                        .param("tenant", tenant.value())
                        .update()
                == 1;
    }

    private void update(TenantId tenant, String assignments, Map<String, Object> values) {
        JdbcClient.StatementSpec statement = jdbc.sql(
                        "UPDATE integration SET " + assignments + " WHERE tenant_id = :tenant")
                .param("now", Timestamps.toDb(clock.instant()))
                .param("tenant", tenant.value());
        values.forEach(statement::param);
        statement.update();
    }

    private static Integration map(ResultSet rs, int row) throws SQLException {
        TenantId tenant = new TenantId(rs.getLong("tenant_id"));
        String username = rs.getString("fs_username");
        FsConnection connection = username == null
                ? null
                : new FsConnection(
                        username, URI.create(rs.getString("fs_base_url")), Timestamps.instant(rs, "connected_at"));
        return new Integration(
                tenant,
                IntegrationStatus.valueOf(rs.getString("status")),
                Timestamps.instant(rs, "activated_at"),
                Timestamps.instant(rs, "deactivated_at"),
                Timestamps.instant(rs, "wiped_at"),
                connection,
                Timestamps.instant(rs, "terms_accepted_at"),
                rs.getString("suspended_reason"));
    }

    private static SettingsVersion settings(ResultSet rs, int row) throws SQLException {
        IntegrationSettings settings = new IntegrationSettings(
                rs.getBoolean("quotations_to_work_orders"),
                rs.getString("quotation_filter_word"),
                rs.getBoolean("quotation_lines_as_used_items"),
                WorkDescriptionSource.valueOf(rs.getString("work_description_source")),
                CustomerReferenceSource.valueOf(rs.getString("customer_reference_source")),
                rs.getString("travel_time_product_code"),
                rs.getString("work_time_product_code"),
                rs.getString("standard_product_code"),
                rs.getString("work_order_exclusion_word"),
                rs.getBoolean("description_as_first_line"),
                InvoiceReference.valueOf(rs.getString("invoice_reference")),
                InvoiceName.valueOf(rs.getString("invoice_name")),
                rs.getBoolean("mail_admins"));
        return new SettingsVersion(
                rs.getInt("version"), Timestamps.instant(rs, "valid_from"), settings, rs.getString("saved_by"));
    }
}
