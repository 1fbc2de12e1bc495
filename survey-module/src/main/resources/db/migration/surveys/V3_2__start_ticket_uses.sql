-- Start tickets already used: a ticket (one page view) sends one sample. The first submission of
-- a view inserts its row; a retry of that submission carries the same idempotency key and is the
-- same use, anything else is a reuse. A row matters only while its ticket is good: swept after
-- expires_at. Plain table, no tenant: view ids are random and name nothing.
CREATE TABLE survey_ticket_use (
    view_id         CHAR(22)    NOT NULL,
    idempotency_key VARCHAR(64) NOT NULL,
    expires_at      DATETIME(3) NOT NULL,
    PRIMARY KEY (view_id),
    KEY ix_survey_ticket_use_expiry (expires_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
