-- A shop whose report recipients a group admin set by hand. Without a row here the shop's report
-- goes to its shop managers (read from Keycloak when the run is planned, never stored); with a row
-- only report_recipient counts, even when that list is empty, so removing a manager sticks.
CREATE TABLE report_recipient_list (
    tenant_id  VARCHAR(40)  NOT NULL,
    shop_id    CHAR(36)     NOT NULL,
    kept_since DATETIME(3)  NOT NULL,
    PRIMARY KEY (shop_id),
    KEY ix_report_recipient_list_tenant (tenant_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
