-- Issue 16, item 5: the office's admins hear by e-mail when their integration is suspended or a push fails,
-- once per episode. Mails go through this outbox: written in the transaction that suspends or fails, sent
-- later by the office-mail job, so a crash or an SMTP outage loses none.

-- The per-company setting (IntegrationSettings.mailAdmins); on unless the company switches it off.
ALTER TABLE integration_settings ADD COLUMN mail_admins BOOLEAN NOT NULL DEFAULT TRUE;

-- The language an office user last used in the web pages ('nl' or 'en'); unknown: Dutch.
ALTER TABLE office_user ADD COLUMN language TEXT CHECK (language IN ('nl', 'en'));

-- An open episode per company and kind (PUSH_FAILED): while it is open no further mail of that kind is sent;
-- it closes when the company recovers (a push is sent again).
CREATE TABLE office_alert_episode (
    tenant_id BIGINT      NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    kind      TEXT        NOT NULL CHECK (kind IN ('PUSH_FAILED')),
    opened_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (tenant_id, kind)
);

CREATE TABLE office_mail (
    id                BIGSERIAL PRIMARY KEY,
    tenant_id         BIGINT      NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    recipient         TEXT        NOT NULL,
    language          TEXT        NOT NULL CHECK (language IN ('nl', 'en')),
    kind              TEXT        NOT NULL CHECK (kind IN ('SUSPENDED', 'PUSH_FAILED')),
    reason            TEXT,
    work_order_id     BIGINT,
    work_order_number BIGINT,
    created_at        TIMESTAMPTZ NOT NULL,
    next_attempt_at   TIMESTAMPTZ NOT NULL,
    attempts          INTEGER     NOT NULL DEFAULT 0,
    last_error        TEXT,
    sent_at           TIMESTAMPTZ
);
CREATE INDEX office_mail_due ON office_mail (next_attempt_at) WHERE sent_at IS NULL;
CREATE INDEX office_mail_tenant ON office_mail (tenant_id, id);
