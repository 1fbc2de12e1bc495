-- Alert mail: the new-alert mail to a shop's managers (or the shop's daily digest instead) and the
-- one escalation to the group admins, through an outbox of the module's own. Nothing is decided
-- in memory: every step is a conditional UPDATE or an INSERT IGNORE on a key, so crashes, retries
-- and several nodes neither lose nor double a mail (see org.dealerplatform.alerts.mail).

-- mail_planned_at: when the new-alert mail was planned (set once, in the transaction that queues
-- the mails); mail_mode: EACH (one mail per alert), DIGEST (waits for the shop's daily digest) or
-- NONE (nobody to mail); digest_day: the day of the digest that listed it.
ALTER TABLE alert_case
    ADD COLUMN mail_planned_at DATETIME(3) NULL,
    ADD COLUMN mail_mode       VARCHAR(8)  NULL,
    ADD COLUMN digest_day      DATE        NULL,
    ADD KEY ix_alert_case_mail (mail_planned_at, raised_at),
    ADD KEY ix_alert_case_digest (mail_mode, digest_day, raised_at);

-- Alerts raised before alert mail existed are not mailed now, days late.
UPDATE alert_case SET mail_planned_at = updated_at, mail_mode = 'NONE' WHERE mail_planned_at IS NULL;

-- One mail to one recipient: (kind, subject_key, recipient) is unique, so planning it twice
-- queues it once. subject_key is the alert id (NEW_ALERT, ESCALATION) or "<shop id>/<day>"
-- (DIGEST). The text is written when queued: the mail says what was true then. State moves
-- PENDING -> SENDING -> SENT, or RETRY_WAIT and back, or FAILED; a SENDING row whose claim is older
-- than the lease is taken over (its node died). The Message-ID is fixed at queueing.
CREATE TABLE alert_mail (
    id              CHAR(36)     NOT NULL,
    kind            VARCHAR(12)  NOT NULL,
    subject_key     VARCHAR(60)  NOT NULL,
    recipient       VARCHAR(254) NOT NULL,
    tenant_id       VARCHAR(40)  NOT NULL,
    shop_id         CHAR(36)     NOT NULL,
    alert_id        CHAR(36)     NULL,
    locale          VARCHAR(8)   NOT NULL,
    subject         VARCHAR(300) NOT NULL,
    body_text       MEDIUMTEXT   NOT NULL,
    body_html       MEDIUMTEXT   NOT NULL,
    message_id      VARCHAR(250) NOT NULL,
    state           VARCHAR(12)  NOT NULL,
    attempts        INT          NOT NULL DEFAULT 0,
    queued_at       DATETIME(3)  NOT NULL,
    next_attempt_at DATETIME(3)  NULL,
    claimed_at      DATETIME(3)  NULL,
    claimed_by      VARCHAR(100) NULL,
    sent_at         DATETIME(3)  NULL,
    finished_at     DATETIME(3)  NULL,
    last_error      VARCHAR(500) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_alert_mail UNIQUE (kind, subject_key, recipient),
    KEY ix_alert_mail_due (state, next_attempt_at),
    KEY ix_alert_mail_alert (alert_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- One digest per shop and day for the whole cluster: the node whose INSERT IGNORE adds the row
-- writes the digest, every other node's adds nothing.
CREATE TABLE alert_digest (
    shop_id    CHAR(36)    NOT NULL,
    day        DATE        NOT NULL,
    tenant_id  VARCHAR(40) NOT NULL,
    alerts     INT         NOT NULL,
    created_at DATETIME(3) NOT NULL,
    PRIMARY KEY (shop_id, day)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- A shop's choice: one mail per alert (no row, or digest false) or one digest a day.
CREATE TABLE alert_mail_preference (
    shop_id    CHAR(36)     NOT NULL,
    tenant_id  VARCHAR(40)  NOT NULL,
    digest     BOOLEAN      NOT NULL,
    updated_at DATETIME(3)  NOT NULL,
    updated_by VARCHAR(100) NOT NULL,
    PRIMARY KEY (shop_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
