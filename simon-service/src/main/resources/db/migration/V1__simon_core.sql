-- Simon's own tables. Every Simon row carries its tenant and the time it last changed.
-- Child tables reference their parent through (tenant_id, id), so a row can never point
-- at another tenant's row, whatever the application does.

CREATE TABLE tenant (
    id                      BIGSERIAL PRIMARY KEY,
    name                    TEXT        NOT NULL UNIQUE,
    next_work_order_number  BIGINT      NOT NULL DEFAULT 1,
    created_at              TIMESTAMPTZ NOT NULL
);

CREATE TABLE office_user (
    id            BIGSERIAL PRIMARY KEY,
    tenant_id     BIGINT      NOT NULL REFERENCES tenant (id),
    email         TEXT        NOT NULL,
    password_hash TEXT        NOT NULL,
    role          TEXT        NOT NULL CHECK (role IN ('ADMIN', 'OFFICE')),
    created_at    TIMESTAMPTZ NOT NULL
);
CREATE UNIQUE INDEX office_user_email_uq ON office_user (lower(email));

CREATE TABLE customer (
    id            BIGSERIAL PRIMARY KEY,
    tenant_id     BIGINT      NOT NULL REFERENCES tenant (id),
    name          TEXT        NOT NULL,
    address       TEXT,
    zipcode       TEXT,
    city          TEXT,
    country       TEXT,
    email         TEXT,
    phone         TEXT,
    fs_client_nr  TEXT,
    origin        TEXT        NOT NULL CHECK (origin IN ('SIMON', 'FACTUURSTUREN')),
    active        BOOLEAN     NOT NULL DEFAULT TRUE,
    changed_at    TIMESTAMPTZ NOT NULL,
    UNIQUE (tenant_id, id)
);
CREATE INDEX customer_tenant_name_idx ON customer (tenant_id, name);
CREATE UNIQUE INDEX customer_fs_client_uq ON customer (tenant_id, fs_client_nr) WHERE fs_client_nr IS NOT NULL;

CREATE TABLE location (
    id          BIGSERIAL PRIMARY KEY,
    tenant_id   BIGINT      NOT NULL,
    customer_id BIGINT      NOT NULL,
    name        TEXT        NOT NULL,
    address     TEXT        NOT NULL,
    zipcode     TEXT,
    city        TEXT,
    changed_at  TIMESTAMPTZ NOT NULL,
    UNIQUE (tenant_id, id),
    FOREIGN KEY (tenant_id, customer_id) REFERENCES customer (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX location_customer_idx ON location (tenant_id, customer_id);

CREATE TABLE item_group (
    id         BIGSERIAL PRIMARY KEY,
    tenant_id  BIGINT      NOT NULL REFERENCES tenant (id),
    name       TEXT        NOT NULL,
    changed_at TIMESTAMPTZ NOT NULL,
    UNIQUE (tenant_id, id),
    UNIQUE (tenant_id, name)
);

CREATE TABLE item (
    id             BIGSERIAL PRIMARY KEY,
    tenant_id      BIGINT        NOT NULL,
    item_group_id  BIGINT        NOT NULL,
    code           TEXT          NOT NULL,
    name           TEXT          NOT NULL,
    price          NUMERIC(14, 4) NOT NULL,
    vat_percentage NUMERIC(5, 2)  NOT NULL,
    fs_product_id  TEXT,
    origin         TEXT          NOT NULL CHECK (origin IN ('SIMON', 'FACTUURSTUREN')),
    active         BOOLEAN       NOT NULL DEFAULT TRUE,
    changed_at     TIMESTAMPTZ   NOT NULL,
    UNIQUE (tenant_id, id),
    FOREIGN KEY (tenant_id, item_group_id) REFERENCES item_group (tenant_id, id)
);
CREATE INDEX item_tenant_code_idx ON item (tenant_id, code);
CREATE UNIQUE INDEX item_fs_product_uq ON item (tenant_id, fs_product_id) WHERE fs_product_id IS NOT NULL;

CREATE TABLE work_order (
    id                    BIGSERIAL PRIMARY KEY,
    tenant_id             BIGINT      NOT NULL REFERENCES tenant (id),
    number                BIGINT      NOT NULL,
    customer_id           BIGINT,
    location_id           BIGINT,
    description           TEXT        NOT NULL,
    customer_reference    TEXT,
    status                TEXT        NOT NULL CHECK (status IN ('OPEN', 'PLANNED', 'COMPLETED', 'ARCHIVED')),
    invoice_sync_state    TEXT        NOT NULL DEFAULT 'NOT_SENT'
                          CHECK (invoice_sync_state IN ('NOT_SENT', 'QUEUED', 'SENT', 'SKIPPED', 'FAILED')),
    invoice_draft_name    TEXT,
    invoice_sync_message  TEXT,
    created_at            TIMESTAMPTZ NOT NULL,
    completed_at          TIMESTAMPTZ,
    archived_at           TIMESTAMPTZ,
    changed_at            TIMESTAMPTZ NOT NULL,
    UNIQUE (tenant_id, id),
    UNIQUE (tenant_id, number),
    FOREIGN KEY (tenant_id, customer_id) REFERENCES customer (tenant_id, id),
    FOREIGN KEY (tenant_id, location_id) REFERENCES location (tenant_id, id)
);
CREATE INDEX work_order_tenant_status_idx ON work_order (tenant_id, status, number DESC);
CREATE INDEX work_order_customer_idx ON work_order (tenant_id, customer_id);
CREATE INDEX work_order_location_idx ON work_order (tenant_id, location_id);

CREATE TABLE planning (
    id            BIGSERIAL PRIMARY KEY,
    tenant_id     BIGINT      NOT NULL,
    work_order_id BIGINT      NOT NULL,
    employee      TEXT        NOT NULL,
    start_at      TIMESTAMPTZ NOT NULL,
    changed_at    TIMESTAMPTZ NOT NULL,
    FOREIGN KEY (tenant_id, work_order_id) REFERENCES work_order (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX planning_work_order_idx ON planning (tenant_id, work_order_id);

CREATE TABLE time_sheet (
    id             BIGSERIAL PRIMARY KEY,
    tenant_id      BIGINT      NOT NULL,
    work_order_id  BIGINT      NOT NULL,
    employee       TEXT        NOT NULL,
    work_minutes   INTEGER     NOT NULL CHECK (work_minutes >= 0),
    travel_minutes INTEGER     NOT NULL CHECK (travel_minutes >= 0),
    changed_at     TIMESTAMPTZ NOT NULL,
    FOREIGN KEY (tenant_id, work_order_id) REFERENCES work_order (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX time_sheet_work_order_idx ON time_sheet (tenant_id, work_order_id);

CREATE TABLE used_item (
    id            BIGSERIAL PRIMARY KEY,
    tenant_id     BIGINT        NOT NULL,
    work_order_id BIGINT        NOT NULL,
    item_id       BIGINT        NOT NULL,
    quantity      NUMERIC(14, 4) NOT NULL CHECK (quantity > 0),
    changed_at    TIMESTAMPTZ   NOT NULL,
    FOREIGN KEY (tenant_id, work_order_id) REFERENCES work_order (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, item_id) REFERENCES item (tenant_id, id)
);
CREATE INDEX used_item_work_order_idx ON used_item (tenant_id, work_order_id);
CREATE INDEX used_item_item_idx ON used_item (tenant_id, item_id);

-- Simon's "Object" (an installation or device at a customer) and contact persons: kept here
-- because activation wipes them; the integration does not fill them.
CREATE TABLE simon_object (
    id          BIGSERIAL PRIMARY KEY,
    tenant_id   BIGINT      NOT NULL,
    customer_id BIGINT,
    name        TEXT        NOT NULL,
    description TEXT,
    changed_at  TIMESTAMPTZ NOT NULL,
    FOREIGN KEY (tenant_id, customer_id) REFERENCES customer (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX simon_object_tenant_idx ON simon_object (tenant_id);

CREATE TABLE contact_person (
    id          BIGSERIAL PRIMARY KEY,
    tenant_id   BIGINT      NOT NULL,
    customer_id BIGINT,
    name        TEXT        NOT NULL,
    email       TEXT,
    phone       TEXT,
    changed_at  TIMESTAMPTZ NOT NULL,
    FOREIGN KEY (tenant_id, customer_id) REFERENCES customer (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX contact_person_tenant_idx ON contact_person (tenant_id);
