-- Questionnaires are the association's; a version is immutable once published.
CREATE TABLE questionnaire (
    id           CHAR(36)     NOT NULL,
    version_no   INT          NOT NULL,
    status       VARCHAR(16)  NOT NULL,
    title        VARCHAR(100) NOT NULL,
    definition   TEXT         NOT NULL,
    published_at DATETIME(3)  NULL,
    published_by VARCHAR(100) NULL,
    created_at   DATETIME(3)  NOT NULL,
    updated_at   DATETIME(3)  NOT NULL,
    version      BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_questionnaire_version UNIQUE (version_no)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Survey links: the unguessable token behind a shop's (or one advisor's) QR code. Looked up by
-- token from anonymous requests, so tenant_id is a plain column here. current_for names the
-- shop/advisor while the link is in use and is cleared when it is revoked: the unique key allows
-- one link in use per shop/advisor and any number of revoked ones.
CREATE TABLE survey_link (
    token       VARCHAR(32) NOT NULL,
    tenant_id   VARCHAR(40) NOT NULL,
    shop_id     CHAR(36)    NOT NULL,
    advisor_id  CHAR(36)    NULL,
    current_for VARCHAR(80) NULL,
    created_at  DATETIME(3) NOT NULL,
    revoked_at  DATETIME(3) NULL,
    PRIMARY KEY (token),
    CONSTRAINT uq_survey_link_current UNIQUE (current_for),
    KEY ix_survey_link_shop (tenant_id, shop_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Every answer a customer sent, whatever screening made of it. Tenant data (the discriminator
-- column is tenant_id). Raw phone numbers, device ids and addresses are never stored, only
-- salted hashes.
CREATE TABLE survey_response (
    id                    CHAR(36)      NOT NULL,
    tenant_id             VARCHAR(40)   NOT NULL,
    shop_id               CHAR(36)      NOT NULL,
    advisor_id            CHAR(36)      NULL,
    link_token            VARCHAR(32)   NOT NULL,
    questionnaire_version INT           NOT NULL,
    brand_code            VARCHAR(32)   NOT NULL,
    province_code         VARCHAR(2)    NOT NULL,
    visit_type            VARCHAR(16)   NOT NULL,
    answers               VARCHAR(2000) NOT NULL,
    nps                   TINYINT       NULL,
    score_overall         DOUBLE        NOT NULL,
    score_advisor         DOUBLE        NULL,
    score_time            DOUBLE        NULL,
    score_quality         DOUBLE        NULL,
    score_price           DOUBLE        NULL,
    score_facilities      DOUBLE        NULL,
    comment_text          VARCHAR(1000) NULL,
    repair_order_no       VARCHAR(40)   NULL,
    device_hash           CHAR(64)      NULL,
    phone_hash            CHAR(64)      NULL,
    address_hash          CHAR(64)      NULL,
    duration_seconds      INT           NULL,
    status                VARCHAR(10)   NOT NULL,
    reasons               VARCHAR(300)  NOT NULL,
    submitted_at          DATETIME(3)   NOT NULL,
    month                 CHAR(7)       NOT NULL,
    idempotency_key       VARCHAR(64)   NOT NULL,
    request_hash          CHAR(64)      NOT NULL,
    created_at            DATETIME(3)   NOT NULL,
    updated_at            DATETIME(3)   NOT NULL,
    version               BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_survey_response_idempotency UNIQUE (shop_id, idempotency_key),
    KEY ix_survey_response_device (shop_id, device_hash, submitted_at),
    KEY ix_survey_response_phone (shop_id, phone_hash, submitted_at),
    KEY ix_survey_response_order (shop_id, repair_order_no),
    KEY ix_survey_response_address (shop_id, address_hash, submitted_at),
    KEY ix_survey_response_latest (tenant_id, shop_id, submitted_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The scores read model: per shop, month, brand and province, once for the whole shop
-- (advisor_id '*') and once per advisor chosen ('' = none chosen), with tenant, brand and province
-- as plain columns for cross-tenant views. Sums and counts, never averages, so rows add up
-- exactly. Maintained in the sample's transaction; rebuildable from survey_response.
-- The primary key starts with advisor_id and month: the national and group views read the
-- shop-level rows of a period, which then lie together.
CREATE TABLE score_rollup (
    tenant_id       VARCHAR(40) NOT NULL,
    shop_id         CHAR(36)    NOT NULL,
    advisor_id      VARCHAR(36) NOT NULL,
    month           CHAR(7)     NOT NULL,
    brand_code      VARCHAR(32) NOT NULL,
    province_code   VARCHAR(2)  NOT NULL,
    valid_count     INT         NOT NULL DEFAULT 0,
    overall_sum     DOUBLE      NOT NULL DEFAULT 0,
    overall_sq_sum  DOUBLE      NOT NULL DEFAULT 0,
    advisor_sum     DOUBLE      NOT NULL DEFAULT 0,
    advisor_n       INT         NOT NULL DEFAULT 0,
    time_sum        DOUBLE      NOT NULL DEFAULT 0,
    time_n          INT         NOT NULL DEFAULT 0,
    quality_sum     DOUBLE      NOT NULL DEFAULT 0,
    quality_n       INT         NOT NULL DEFAULT 0,
    price_sum       DOUBLE      NOT NULL DEFAULT 0,
    price_n         INT         NOT NULL DEFAULT 0,
    facilities_sum  DOUBLE      NOT NULL DEFAULT 0,
    facilities_n    INT         NOT NULL DEFAULT 0,
    nps_n           INT         NOT NULL DEFAULT 0,
    nps_promoters   INT         NOT NULL DEFAULT 0,
    nps_detractors  INT         NOT NULL DEFAULT 0,
    suspect_count   INT         NOT NULL DEFAULT 0,
    invalid_count   INT         NOT NULL DEFAULT 0,
    PRIMARY KEY (advisor_id, month, shop_id, brand_code, province_code),
    KEY ix_score_rollup_shop (shop_id, advisor_id, month),
    KEY ix_score_rollup_tenant (tenant_id, advisor_id, month)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- The association's review queue: screened samples as a cross-tenant read model, and the
-- decision taken on each (who, when, why).
CREATE TABLE screening_case (
    response_id      CHAR(36)     NOT NULL,
    tenant_id        VARCHAR(40)  NOT NULL,
    shop_id          CHAR(36)     NOT NULL,
    shop_name        VARCHAR(100) NOT NULL,
    brand_code       VARCHAR(32)  NOT NULL,
    province_code    VARCHAR(2)   NOT NULL,
    submitted_at     DATETIME(3)  NOT NULL,
    reasons          VARCHAR(300) NOT NULL,
    score_overall    DOUBLE       NOT NULL,
    duration_seconds INT          NULL,
    comment_excerpt  VARCHAR(200) NULL,
    state            VARCHAR(10)  NOT NULL,
    decided_by       VARCHAR(100) NULL,
    decided_at       DATETIME(3)  NULL,
    decision_note    VARCHAR(500) NULL,
    created_at       DATETIME(3)  NOT NULL,
    updated_at       DATETIME(3)  NOT NULL,
    version          BIGINT       NOT NULL,
    PRIMARY KEY (response_id),
    KEY ix_screening_case_state (state, submitted_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Installation secrets of the survey module (the salt of device/phone/address hashes, the key
-- that signs survey start tickets), generated on first start unless configured.
CREATE TABLE survey_setting (
    name  VARCHAR(40)  NOT NULL,
    value VARCHAR(200) NOT NULL,
    PRIMARY KEY (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
