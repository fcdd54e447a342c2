-- Quotations in FactuurSturen become work orders in Simon, each once. A quotation whose client is
-- not in Simon yet waits (retried every cycle, reported once); an imported one is never imported
-- again, even when its work order is deleted or the quotation changes.
CREATE TABLE quotation_import (
    tenant_id        BIGINT      NOT NULL REFERENCES tenant (id),
    fs_quotation_id  TEXT        NOT NULL,
    state            TEXT        NOT NULL CHECK (state IN ('IMPORTED', 'WAITING_FOR_CUSTOMER')),
    work_order_id    BIGINT,
    first_seen_at    TIMESTAMPTZ NOT NULL,
    imported_at      TIMESTAMPTZ,
    PRIMARY KEY (tenant_id, fs_quotation_id)
);

ALTER TABLE work_order
    ADD COLUMN fs_quotation_id     TEXT,
    ADD COLUMN quotation_reference TEXT;
