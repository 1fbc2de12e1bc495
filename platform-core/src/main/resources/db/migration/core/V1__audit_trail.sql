-- The audit trail: who did what, when and why. Append-only: the platform only ever inserts here
-- (no UPDATE or DELETE statement and no update path in the code). A cross-tenant read model for
-- the association: tenant_id is a plain column (the dealer group concerned, NULL for platform-wide
-- actions), not a tenant discriminator.
CREATE TABLE audit_entry (
    id          CHAR(36)     NOT NULL,
    at          DATETIME(3)  NOT NULL,
    username    VARCHAR(100) NOT NULL,
    role        VARCHAR(40)  NULL,
    tenant_id   VARCHAR(40)  NULL,
    action      VARCHAR(64)  NOT NULL,
    object_type VARCHAR(40)  NOT NULL,
    object_id   VARCHAR(64)  NOT NULL,
    summary     VARCHAR(500) NOT NULL,
    reason      VARCHAR(500) NULL,
    PRIMARY KEY (id),
    KEY ix_audit_entry_object (object_id, at),
    KEY ix_audit_entry_at (at),
    KEY ix_audit_entry_tenant (tenant_id, at),
    KEY ix_audit_entry_action (action, at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
