-- Issue 16 "the operator's side": the operator sees every company with its integration's state, acts on one
-- (suspend with a reason the office sees, resume, pull now, resend failed pushes, delete) and every action is
-- audited.

-- The operator's own words when it suspends a company (suspended_reason is then 'OPERATOR'); the office sees them.
ALTER TABLE integration ADD COLUMN suspended_note TEXT;
ALTER TABLE integration ADD CONSTRAINT integration_suspended_note_length CHECK (char_length(suspended_note) <= 500);

-- When a push was queued (the age of the oldest queued push in the operator's list); set on every queue.
ALTER TABLE work_order ADD COLUMN invoice_queued_at TIMESTAMPTZ;
UPDATE work_order SET invoice_queued_at = COALESCE(archived_at, changed_at) WHERE invoice_sync_state = 'QUEUED';

-- Who did what to which company, when and why. No foreign key: the row outlives a deleted company.
CREATE TABLE operator_audit (
    id          BIGSERIAL PRIMARY KEY,
    at          TIMESTAMPTZ NOT NULL,
    actor       TEXT        NOT NULL,
    action      TEXT        NOT NULL,
    tenant_id   BIGINT,
    tenant_name TEXT,
    reason      TEXT,
    detail      TEXT
);
CREATE INDEX operator_audit_at_idx ON operator_audit (at DESC, id DESC);

-- The operator's list searches company names (ILIKE '%typed%') among 10,000+ companies.
CREATE INDEX tenant_name_trgm_idx ON tenant USING gin (name gin_trgm_ops);
