-- Issue 16's company delete (DELETE FROM integration_log WHERE tenant_id = …, and the foreign key's check when the
-- tenant row goes) needs an index over all of a tenant's log rows: V16 left only partial ones (run IS NULL for the
-- page, run IS NOT NULL for a run's details), which neither statement can use. The run index becomes a full one: it
-- still serves a run's details (tenant_id, run) and now also every look-up by tenant alone, at one index as before.
CREATE INDEX integration_log_tenant_run_all_idx ON integration_log (tenant_id, run, id);
DROP INDEX integration_log_tenant_run_idx;
