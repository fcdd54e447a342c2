-- Issue 12: a draft name (FS savename) is reserved for one work order of a company, compared as
-- FactuurSturen compares names (ignoring case and surrounding spaces). invoice_draft_name_key is the
-- reservation; the unique index makes two concurrent pushes (also on two instances) unable to take the
-- same name. Names chosen before this migration that collide keep their name (it is the idempotency key of
-- their push) but only the oldest holds the reservation, so no new work order can take it again.
ALTER TABLE work_order ADD COLUMN invoice_draft_name_key TEXT;

UPDATE work_order w
SET invoice_draft_name_key = lower(btrim(w.invoice_draft_name))
WHERE w.invoice_draft_name IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM work_order o
                  WHERE o.tenant_id = w.tenant_id AND o.invoice_draft_name IS NOT NULL
                    AND lower(btrim(o.invoice_draft_name)) = lower(btrim(w.invoice_draft_name))
                    AND o.id < w.id);

CREATE UNIQUE INDEX work_order_draft_name_key_uq ON work_order (tenant_id, invoice_draft_name_key);
