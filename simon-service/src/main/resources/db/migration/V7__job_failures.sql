-- Unexpected failures of a tenant's jobs (issue 12): one row per failing job (fs-sync, a pull,
-- fs-cleanup, the push of one work order) while its episode lasts; the next success removes it.
-- The status page and GET /api/integration show these rows; the log gets one row per episode.
CREATE TABLE integration_job_failure (
    tenant_id       BIGINT      NOT NULL REFERENCES tenant (id),
    job             TEXT        NOT NULL,
    error           TEXT        NOT NULL,
    failing_since   TIMESTAMPTZ NOT NULL,
    last_failure_at TIMESTAMPTZ NOT NULL,
    failures        INTEGER     NOT NULL DEFAULT 1,
    PRIMARY KEY (tenant_id, job)
);
