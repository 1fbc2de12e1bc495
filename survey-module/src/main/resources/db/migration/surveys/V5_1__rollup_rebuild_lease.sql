-- Which rollup rebuild is running, if any: one row, claimed by a rebuild and renewed by each of
-- its steps (see RebuildLease). Two rebuilds at once would correct the same drift twice. Only
-- rebuilds touch this row; submissions never do. Times are the database's (UTC sessions).
CREATE TABLE score_rollup_rebuild (
    name       VARCHAR(20) NOT NULL,
    run_id     CHAR(36)    NULL,
    started_at DATETIME(3) NULL,
    renewed_at DATETIME(3) NULL,
    renewals   BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

INSERT INTO score_rollup_rebuild (name) VALUES ('score_rollup');
