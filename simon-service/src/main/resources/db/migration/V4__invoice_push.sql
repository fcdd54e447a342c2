-- Archived work orders become draft invoices in FactuurSturen, exactly once. The draft's name
-- (FS savename, the idempotency key) is chosen once and stored before the first POST; an attempt
-- whose answer never came is marked before it is made, so the next attempt looks before it sends.
ALTER TABLE work_order
    ADD COLUMN settings_version     INTEGER,
    ADD COLUMN push_outcome_unknown BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN push_attempts        INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN fs_draft_id          TEXT,
    ADD COLUMN invoice_sent_at      TIMESTAMPTZ;

CREATE INDEX work_order_push_idx ON work_order (tenant_id, invoice_sync_state)
    WHERE invoice_sync_state IN ('QUEUED', 'FAILED', 'NOT_SENT') AND status = 'ARCHIVED';
