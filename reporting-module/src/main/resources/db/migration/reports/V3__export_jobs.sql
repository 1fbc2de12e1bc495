-- Background exports (POST /api/v1/exports). A plain table with tenant_id as a column, like the
-- report tables: the worker reads jobs of every group, and every read for a caller filters by
-- tenant_id and owner by hand (ExportJobs). tenant_id is the group admin's dealer group, NULL for
-- the association's jobs; group_filter is the association's choice of one group.
--
-- active_key is set only while a job is QUEUED or RUNNING (a hash of who asked and what), so asking
-- again finds the running job (INSERT IGNORE on the unique key) while finished jobs never block a
-- new one. Claims are conditional UPDATEs on (status, attempts) with a lease on claimed_at, renewed
-- with every progress write, so one node writes a job at a time and a dead node's job is taken over.
CREATE TABLE export_job (
    id           CHAR(36)     NOT NULL,
    tenant_id    VARCHAR(40)  NULL,
    owner        VARCHAR(100) NOT NULL,
    group_filter VARCHAR(40)  NULL,
    export_table VARCHAR(10)  NOT NULL,
    format       VARCHAR(5)   NOT NULL,
    month_from   CHAR(7)      NOT NULL,
    month_to     CHAR(7)      NOT NULL,
    locale       VARCHAR(16)  NOT NULL,
    status       VARCHAR(10)  NOT NULL,
    active_key   CHAR(64)     NULL,
    attempts     INT          NOT NULL,
    claimed_by   VARCHAR(80)  NULL,
    claimed_at   DATETIME(3)  NULL,
    rows_written BIGINT       NOT NULL,
    total_rows   BIGINT       NULL,
    file_bytes   BIGINT       NOT NULL,
    created_at   DATETIME(3)  NOT NULL,
    started_at   DATETIME(3)  NULL,
    finished_at  DATETIME(3)  NULL,
    expires_at   DATETIME(3)  NULL,
    last_error   VARCHAR(500) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_export_job_active UNIQUE (active_key),
    KEY ix_export_job_owner (owner, tenant_id, created_at),
    KEY ix_export_job_status (status, claimed_at),
    KEY ix_export_job_expires (expires_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
