-- Issue 17: the office's pages with 200,000 work orders and a long log (benchmarks/README.md, scenario ui).

-- The work-order list's text search ("contains", ignoring case) on the work order's own texts: without these it
-- read every work order of the tenant for each search. The customer's name and number already have theirs (V9).
CREATE INDEX work_order_description_trgm_idx ON work_order USING gin (description gin_trgm_ops);
CREATE INDEX work_order_customer_reference_trgm_idx ON work_order USING gin (customer_reference gin_trgm_ops);
CREATE INDEX work_order_invoice_draft_name_trgm_idx ON work_order USING gin (invoice_draft_name gin_trgm_ops);

-- The log shows only rows outside a run (run IS NULL: summaries and single events); a run's per-record rows are
-- read through integration_log_tenant_run_idx (V12). Indexes over the shown rows only: the page and its count no
-- longer step over every detail row, and a pull's detail rows (one per record) no longer update two indexes each.
CREATE INDEX integration_log_tenant_shown_idx ON integration_log (tenant_id, logged_at DESC, id DESC)
    WHERE run IS NULL;
CREATE INDEX integration_log_tenant_shown_severity_idx ON integration_log (tenant_id, severity, logged_at DESC, id DESC)
    WHERE run IS NULL;
DROP INDEX integration_log_tenant_time_idx;
DROP INDEX integration_log_tenant_severity_idx;

-- The pickers count a tenant's active customers (100,000 in the benchmark) on every list page: from this index
-- alone instead of reading every customer row of the tenant.
CREATE INDEX customer_tenant_active_idx ON customer (tenant_id) WHERE active;
