-- Pulling clients and products from FactuurSturen: a content hash per record (an unchanged record is
-- not written), FactuurSturen's own flags (deleted there, inactive there) for the cleanup, the work
-- address made from the FS default address, and the progress of the first import.

ALTER TABLE customer
    ADD COLUMN fs_hash    TEXT,
    ADD COLUMN fs_active  BOOLEAN NOT NULL DEFAULT TRUE,
    ADD COLUMN fs_deleted BOOLEAN NOT NULL DEFAULT FALSE;

ALTER TABLE item
    ADD COLUMN fs_hash    TEXT,
    ADD COLUMN fs_deleted BOOLEAN NOT NULL DEFAULT FALSE;

ALTER TABLE location
    ADD COLUMN fs_default BOOLEAN NOT NULL DEFAULT FALSE;
CREATE UNIQUE INDEX location_fs_default_uq ON location (tenant_id, customer_id) WHERE fs_default;

ALTER TABLE integration
    ADD COLUMN import_done        BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN import_total       BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN import_started_at  TIMESTAMPTZ,
    ADD COLUMN import_finished_at TIMESTAMPTZ,
    ADD COLUMN last_sync_at       TIMESTAMPTZ,
    ADD COLUMN last_cleanup_at    TIMESTAMPTZ,
    ADD COLUMN sync_failing_since TIMESTAMPTZ;

CREATE INDEX customer_cleanup_idx ON customer (tenant_id) WHERE origin = 'SIMON' OR NOT fs_active OR fs_deleted;
CREATE INDEX item_cleanup_idx ON item (tenant_id) WHERE origin = 'SIMON' OR fs_deleted;
