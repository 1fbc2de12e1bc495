-- A customer's consent given before the scan raised the sample's alert (it runs every
-- ALERTS_SCAN_SECONDS; a sample held for review raises it only once accepted). One row per sample:
-- a second consent replaces the first. The number is sealed as in alert_case, but bound to the
-- sample ("sample:<id>") since the alert has no id yet; the scan moves it onto the alert, sealed
-- anew for the alert, and deletes the row. Rows whose sample never raises an alert go after the
-- 30 days promised for contact data.
CREATE TABLE alert_contact_awaiting (
    sample_id           CHAR(36)      NOT NULL,
    tenant_id           VARCHAR(40)   NOT NULL,
    contact             VARBINARY(45) NOT NULL,
    contact_fingerprint CHAR(64)      NOT NULL,
    consent_version     VARCHAR(20)   NOT NULL,
    consented_at        DATETIME(3)   NOT NULL,
    PRIMARY KEY (sample_id),
    KEY ix_alert_contact_awaiting_at (consented_at),
    KEY ix_alert_contact_awaiting_fingerprint (contact_fingerprint)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
