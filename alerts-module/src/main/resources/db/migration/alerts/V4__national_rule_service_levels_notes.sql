-- The association's national alert rule, once it has set one (until then AlertRule.NATIONAL_DEFAULT
-- applies). One row: the rule is the nation's, not a tenant's. A NULL threshold switches that
-- condition off nationally; a group may still switch it on for its shops.
CREATE TABLE alert_national_rule (
    name                       VARCHAR(20)  NOT NULL,
    overall_below              INT          NULL,
    item_at_or_below           INT          NULL,
    recommendation_at_or_below INT          NULL,
    complaint                  BOOLEAN      NOT NULL,
    updated_at                 DATETIME(3)  NOT NULL,
    updated_by                 VARCHAR(100) NOT NULL,
    PRIMARY KEY (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- A dealer group's own service levels (ServiceLevels); no row is the default, first contact within
-- 24 hours and closure within 7 days. New alerts take their deadlines from here.
CREATE TABLE alert_service_levels (
    tenant_id                   VARCHAR(40)  NOT NULL,
    first_contact_within_hours  INT          NOT NULL,
    close_within_days           INT          NOT NULL,
    updated_at                  DATETIME(3)  NOT NULL,
    updated_by                  VARCHAR(100) NOT NULL,
    PRIMARY KEY (tenant_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Notes on a case without a change of status (a call attempt, what the customer said). Kept with
-- the case; the text is about a customer, so it is shown only with the case, never in the audit.
CREATE TABLE alert_note (
    id        CHAR(36)      NOT NULL,
    alert_id  CHAR(36)      NOT NULL,
    tenant_id VARCHAR(40)   NOT NULL,
    at        DATETIME(3)   NOT NULL,
    by_user   VARCHAR(100)  NOT NULL,
    text      VARCHAR(1000) NOT NULL,
    PRIMARY KEY (id),
    KEY ix_alert_note_alert (alert_id, at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
