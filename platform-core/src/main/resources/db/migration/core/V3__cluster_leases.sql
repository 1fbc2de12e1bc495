-- Leases: which node may do a piece of work that must happen once in the cluster (a scheduled
-- task's run, onboarding one dealer group code), until when. The database's clock decides
-- (expires_at is compared with NOW(3)), so nodes with drifting clocks still agree. Plain rows
-- taken by INSERT IGNORE or a conditional UPDATE: no GET_LOCK, no LOCK TABLES (Galera, TiDB).
CREATE TABLE cluster_lease (
    name       VARCHAR(190) NOT NULL,
    holder     VARCHAR(100) NOT NULL,
    expires_at DATETIME(3)  NOT NULL,
    PRIMARY KEY (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
