-- Review cases: suspect samples of one shop that share a cause (repair order, phone hash, start
-- ticket, device hash, address hash within the screening window) are one case, decided at once.
-- A cross-tenant read model like screening_case: tenant_id is a plain column. A sample that
-- shares nothing with another is a case of one (cause NULL until a second sample joins).
CREATE TABLE review_case (
    id             CHAR(36)     NOT NULL,
    tenant_id      VARCHAR(40)  NOT NULL,
    shop_id        CHAR(36)     NOT NULL,
    shop_name      VARCHAR(100) NOT NULL,
    brand_code     VARCHAR(32)  NOT NULL,
    province_code  VARCHAR(2)   NOT NULL,
    cause          VARCHAR(16)  NULL,
    reasons        VARCHAR(300) NOT NULL,
    sample_count   INT          NOT NULL,
    open_count     INT          NOT NULL,
    accepted_count INT          NOT NULL,
    rejected_count INT          NOT NULL,
    first_at       DATETIME(3)  NOT NULL,
    last_at        DATETIME(3)  NOT NULL,
    state          VARCHAR(10)  NOT NULL,
    decided_by     VARCHAR(100) NULL,
    decided_at     DATETIME(3)  NULL,
    decision_note  VARCHAR(500) NULL,
    created_at     DATETIME(3)  NOT NULL,
    updated_at     DATETIME(3)  NOT NULL,
    version        BIGINT       NOT NULL,
    PRIMARY KEY (id),
    KEY ix_review_case_state (state, first_at),
    KEY ix_review_case_shop (shop_id, state, first_at),
    KEY ix_review_case_tenant (tenant_id, state, first_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One lock row per shared attribute of a shop (cause_key = SHA-256 of shop, kind and value; the
-- value itself is not kept here). Every sample with a repair order or phone takes its row, flagged
-- or not, so that two samples with one repair order arriving at once queue on it: the second then
-- sees the first (first_sample_id) and both end in one case. Suspect samples also take the rows of
-- their ticket, device and address; case_id names the open case that the attribute feeds, last_at
-- when a sample last carried it (the screening window runs from there).
CREATE TABLE screening_cause (
    cause_key       CHAR(64)    NOT NULL,
    tenant_id       VARCHAR(40) NOT NULL,
    shop_id         CHAR(36)    NOT NULL,
    kind            VARCHAR(16) NOT NULL,
    case_id         CHAR(36)    NULL,
    first_sample_id CHAR(36)    NULL,
    last_at         DATETIME(3) NOT NULL,
    PRIMARY KEY (cause_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Every screened sample belongs to one case; the samples screened so far become cases of one.
ALTER TABLE screening_case ADD COLUMN case_id CHAR(36) NULL;

INSERT INTO review_case (id, tenant_id, shop_id, shop_name, brand_code, province_code, cause, reasons, sample_count,
        open_count, accepted_count, rejected_count, first_at, last_at, state, decided_by, decided_at, decision_note,
        created_at, updated_at, version)
SELECT response_id, tenant_id, shop_id, shop_name, brand_code, province_code, NULL, reasons, 1,
       CASE WHEN state = 'OPEN' THEN 1 ELSE 0 END, CASE WHEN state = 'ACCEPTED' THEN 1 ELSE 0 END,
       CASE WHEN state = 'REJECTED' THEN 1 ELSE 0 END, submitted_at, submitted_at, state, decided_by, decided_at,
       decision_note, created_at, updated_at, 1
FROM screening_case;

UPDATE screening_case SET case_id = response_id;

CREATE INDEX ix_screening_case_case ON screening_case (case_id, submitted_at);
