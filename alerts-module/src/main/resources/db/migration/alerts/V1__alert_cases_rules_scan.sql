-- Hot alerts. Plain tables reached through NativeSql with tenant_id filtered by hand (see the
-- package-info of org.dealerplatform.alerts): the scan raises alerts for many dealer groups at
-- once with INSERT IGNORE, and every step of a case is a conditional UPDATE. No triggers,
-- procedures or locks: Galera and TiDB run this as it is.

-- One alert per sample, whatever the retries, restarts or nodes: the unique sample_id makes a
-- second INSERT IGNORE of the same sample a no-op. Times are the API's; deadlines follow the
-- group's service levels and move on a reopen. The consented contact is sealed (ContactCipher:
-- key id, nonce, ciphertext and tag, 45 bytes) and found for erasure by its keyed fingerprint;
-- erased_at says when it went.
CREATE TABLE alert_case (
    id                  CHAR(36)      NOT NULL,
    tenant_id           VARCHAR(40)   NOT NULL,
    shop_id             CHAR(36)      NOT NULL,
    sample_id           CHAR(36)      NOT NULL,
    submitted_at        DATETIME(3)   NOT NULL,
    conditions          VARCHAR(100)  NOT NULL,
    reasons_zh          VARCHAR(1000) NOT NULL,
    reasons_en          VARCHAR(1000) NOT NULL,
    status              VARCHAR(16)   NOT NULL,
    owner               VARCHAR(100)  NULL,
    raised_at           DATETIME(3)   NOT NULL,
    first_contact_at    DATETIME(3)   NULL,
    closed_at           DATETIME(3)   NULL,
    first_contact_due   DATETIME(3)   NOT NULL,
    closure_due         DATETIME(3)   NOT NULL,
    escalated_at        DATETIME(3)   NULL,
    step_count          INT           NOT NULL DEFAULT 0,
    consent_version     VARCHAR(20)   NULL,
    consented_at        DATETIME(3)   NULL,
    contact             VARBINARY(45) NULL,
    contact_fingerprint CHAR(64)      NULL,
    erased_at           DATETIME(3)   NULL,
    updated_at          DATETIME(3)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_alert_case_sample UNIQUE (sample_id),
    KEY ix_alert_case_shop (tenant_id, shop_id, status, raised_at),
    KEY ix_alert_case_due (status, first_contact_due),
    KEY ix_alert_case_fingerprint (contact_fingerprint)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every step of a case, kept for good; the case is rebuilt from them (AlertCase). step_no counts
-- from 1 and the primary key refuses a second step 3: two people moving one case at once cannot
-- both win.
CREATE TABLE alert_step (
    alert_id    CHAR(36)      NOT NULL,
    step_no     INT           NOT NULL,
    tenant_id   VARCHAR(40)   NOT NULL,
    from_status VARCHAR(16)   NOT NULL,
    to_status   VARCHAR(16)   NOT NULL,
    at          DATETIME(3)   NOT NULL,
    by_user     VARCHAR(100)  NOT NULL,
    note        VARCHAR(1000) NULL,
    reason      VARCHAR(20)   NULL,
    PRIMARY KEY (alert_id, step_no)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A dealer group's own, stricter alert rule (GroupAlertRule); NULL is "as the national rule".
CREATE TABLE alert_group_rule (
    tenant_id                  VARCHAR(40)  NOT NULL,
    overall_below              INT          NULL,
    item_at_or_below           INT          NULL,
    recommendation_at_or_below INT          NULL,
    complaint                  BOOLEAN      NULL,
    updated_at                 DATETIME(3)  NOT NULL,
    updated_by                 VARCHAR(100) NOT NULL,
    PRIMARY KEY (tenant_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- How far the scan of valid samples has read (the latest status-change time seen). Every node
-- scans; the watermark only ever moves forward (GREATEST), and re-reading is harmless.
CREATE TABLE alert_scan (
    name       VARCHAR(40) NOT NULL,
    changed_at DATETIME(3) NOT NULL,
    updated_at DATETIME(3) NOT NULL,
    PRIMARY KEY (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
