-- Monthly report runs, their outbox, the archive of what was sent, recipients and unsubscribes.
-- Plain tables with tenant_id as a column (like the competition module's entries): a run spans
-- every dealer group, so the worker reads across groups, and every group-facing query filters
-- on tenant_id by hand (ReportArchive, Recipients). Each step of a run is guarded by a unique key
-- or a conditional UPDATE, so several nodes can work the same run without sending a row twice.

-- One run per report kind and month: starting the month again finds this row (uq_report_run).
CREATE TABLE report_run (
    id          CHAR(36)     NOT NULL,
    kind        VARCHAR(20)  NOT NULL,
    month       CHAR(7)      NOT NULL,
    status      VARCHAR(12)  NOT NULL,
    base_url    VARCHAR(300) NOT NULL,
    planning_by VARCHAR(80)  NULL,
    planning_at DATETIME(3)  NULL,
    planned_at  DATETIME(3)  NULL,
    created_at  DATETIME(3)  NOT NULL,
    started_at  DATETIME(3)  NULL,
    finished_at DATETIME(3)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_report_run UNIQUE (kind, month)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One mail to one recipient. key_suffix is empty for the run's own row and set for a group
-- admin's resend, so a resend is a new row (and a new Message-ID) while a run never queues the
-- same mail twice.
CREATE TABLE report_outbox (
    id              CHAR(36)     NOT NULL,
    run_id          CHAR(36)     NULL,
    kind            VARCHAR(20)  NOT NULL,
    month           CHAR(7)      NOT NULL,
    shop_id         CHAR(36)     NOT NULL,
    tenant_id       VARCHAR(40)  NOT NULL,
    recipient       VARCHAR(254) NOT NULL,
    locale          VARCHAR(8)   NOT NULL,
    key_suffix      VARCHAR(20)  NOT NULL,
    archive_id      CHAR(36)     NOT NULL,
    base_url        VARCHAR(300) NOT NULL,
    state           VARCHAR(12)  NOT NULL,
    attempts        INT          NOT NULL,
    queued_at       DATETIME(3)  NOT NULL,
    next_attempt_at DATETIME(3)  NULL,
    claimed_at      DATETIME(3)  NULL,
    claimed_by      VARCHAR(80)  NULL,
    sent_at         DATETIME(3)  NULL,
    finished_at     DATETIME(3)  NULL,
    last_error      VARCHAR(500) NULL,
    message_id      VARCHAR(250) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_report_outbox UNIQUE (kind, month, shop_id, recipient, key_suffix),
    KEY ix_report_outbox_due (state, next_attempt_at),
    KEY ix_report_outbox_run (run_id, state)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A shop's report of a month in one language, rendered once and sent to every recipient of that
-- language. The unsubscribe link in html/text_body is a placeholder replaced per recipient.
CREATE TABLE report_archive (
    id         CHAR(36)     NOT NULL,
    tenant_id  VARCHAR(40)  NOT NULL,
    shop_id    CHAR(36)     NOT NULL,
    kind       VARCHAR(20)  NOT NULL,
    month      CHAR(7)      NOT NULL,
    locale     VARCHAR(8)   NOT NULL,
    subject    VARCHAR(300) NOT NULL,
    html       MEDIUMTEXT   NOT NULL,
    text_body  MEDIUMTEXT   NOT NULL,
    pdf        MEDIUMBLOB   NOT NULL,
    created_at DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_report_archive UNIQUE (kind, month, shop_id, locale),
    KEY ix_report_archive_shop (tenant_id, shop_id, month)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The charts of an archived report, sent as inline parts (Content-ID).
CREATE TABLE report_archive_image (
    archive_id CHAR(36)     NOT NULL,
    content_id VARCHAR(100) NOT NULL,
    png        MEDIUMBLOB   NOT NULL,
    PRIMARY KEY (archive_id, content_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Who gets a shop's report, kept by the shop's group admin.
CREATE TABLE report_recipient (
    tenant_id  VARCHAR(40)  NOT NULL,
    shop_id    CHAR(36)     NOT NULL,
    email      VARCHAR(254) NOT NULL,
    locale     VARCHAR(8)   NOT NULL,
    created_at DATETIME(3)  NOT NULL,
    PRIMARY KEY (shop_id, email)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Addresses that unsubscribed through a report's link; scope is the shop id of that report.
CREATE TABLE report_unsubscribe (
    email           VARCHAR(254) NOT NULL,
    scope           VARCHAR(64)  NOT NULL,
    unsubscribed_at DATETIME(3)  NOT NULL,
    PRIMARY KEY (email, scope)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
