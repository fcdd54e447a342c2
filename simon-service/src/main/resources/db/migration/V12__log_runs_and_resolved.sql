-- Issue 15 "a log that helps": a pull writes one summary row per run; its per-record rows are details
-- (run = the summary's record id, shown on the run's details page, not in the log itself). An error row
-- about a record is marked resolved when that record later succeeds (a FAILED push later SENT).
ALTER TABLE integration_log ADD COLUMN run TEXT;
ALTER TABLE integration_log ADD COLUMN resolved_at TIMESTAMPTZ;
CREATE INDEX integration_log_tenant_run_idx ON integration_log (tenant_id, run, id) WHERE run IS NOT NULL;
CREATE INDEX integration_log_tenant_open_errors_idx ON integration_log (tenant_id, table_name, record_id)
    WHERE severity = 'ERROR' AND resolved_at IS NULL;
