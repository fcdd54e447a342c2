-- The FactuurSturen integration of each tenant: lifecycle, connection, settings versions, log,
-- per-table activity for the status page, and db-scheduler's job table.

CREATE TABLE integration (
    tenant_id         BIGINT PRIMARY KEY REFERENCES tenant (id),
    status            TEXT        NOT NULL DEFAULT 'NOT_ACTIVATED'
                      CHECK (status IN ('NOT_ACTIVATED', 'ACTIVE', 'INACTIVE')),
    activated_at      TIMESTAMPTZ,
    deactivated_at    TIMESTAMPTZ,
    wiped_at          TIMESTAMPTZ,
    fs_username       TEXT,
    fs_api_key        TEXT,
    fs_base_url       TEXT,
    connected_at      TIMESTAMPTZ,
    terms_accepted_at TIMESTAMPTZ,
    suspended_reason  TEXT,
    quota_remaining   INTEGER,
    quota_refills_at  TIMESTAMPTZ,
    changed_at        TIMESTAMPTZ NOT NULL
);
COMMENT ON COLUMN integration.fs_api_key IS 'AES-GCM encrypted, bound to the tenant; never returned';

-- A new version on every save; a version applies from valid_from on, never before.
CREATE TABLE integration_settings (
    tenant_id                     BIGINT      NOT NULL REFERENCES tenant (id),
    version                       INTEGER     NOT NULL,
    valid_from                    TIMESTAMPTZ NOT NULL,
    quotations_to_work_orders     BOOLEAN     NOT NULL,
    quotation_filter_word         TEXT,
    quotation_lines_as_used_items BOOLEAN     NOT NULL,
    work_description_source       TEXT        NOT NULL,
    customer_reference_source     TEXT        NOT NULL,
    travel_time_product_code      TEXT,
    work_time_product_code        TEXT,
    standard_product_code         TEXT,
    work_order_exclusion_word     TEXT,
    description_as_first_line     BOOLEAN     NOT NULL,
    invoice_reference             TEXT        NOT NULL,
    invoice_name                  TEXT        NOT NULL,
    saved_by                      TEXT,
    PRIMARY KEY (tenant_id, version)
);

CREATE TABLE integration_log (
    id           BIGSERIAL PRIMARY KEY,
    tenant_id    BIGINT      NOT NULL REFERENCES tenant (id),
    logged_at    TIMESTAMPTZ NOT NULL,
    table_name   TEXT        NOT NULL,
    record_id    TEXT,
    message_code TEXT        NOT NULL,
    parameters   TEXT[]      NOT NULL DEFAULT '{}',
    action_code  TEXT        NOT NULL,
    severity     TEXT        NOT NULL CHECK (severity IN ('INFO', 'WARNING', 'ERROR'))
);
CREATE INDEX integration_log_tenant_time_idx ON integration_log (tenant_id, logged_at DESC, id DESC);
CREATE INDEX integration_log_tenant_severity_idx ON integration_log (tenant_id, severity, logged_at DESC, id DESC);

-- "Simon Mutatie" and "Integratie Update" per table on the status page.
CREATE TABLE table_activity (
    tenant_id              BIGINT NOT NULL REFERENCES tenant (id),
    table_name             TEXT   NOT NULL,
    simon_changed_at       TIMESTAMPTZ,
    integration_updated_at TIMESTAMPTZ,
    PRIMARY KEY (tenant_id, table_name)
);

-- db-scheduler 16.x (PostgreSQL); its jobs are keyed by tenant (pull, cleanup) or work order (push).
CREATE TABLE scheduled_tasks (
    task_name            TEXT                     NOT NULL,
    task_instance        TEXT                     NOT NULL,
    task_data            BYTEA,
    execution_time       TIMESTAMP WITH TIME ZONE NOT NULL,
    picked               BOOLEAN                  NOT NULL,
    picked_by            TEXT,
    last_success         TIMESTAMP WITH TIME ZONE,
    last_failure         TIMESTAMP WITH TIME ZONE,
    consecutive_failures INT,
    last_heartbeat       TIMESTAMP WITH TIME ZONE,
    version              BIGINT                   NOT NULL,
    priority             SMALLINT,
    PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX execution_time_idx ON scheduled_tasks (execution_time);
CREATE INDEX last_heartbeat_idx ON scheduled_tasks (last_heartbeat);
CREATE INDEX priority_execution_time_idx ON scheduled_tasks (priority DESC, execution_time ASC);
