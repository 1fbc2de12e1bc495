-- The association's competition seasons. Seasons belong to no dealer group (plain tables); entries
-- carry the group in a plain tenant_id column because the association ranks them across groups,
-- and every group-admin query filters on it by hand (Entries).

CREATE TABLE season (
    id                     CHAR(36)     NOT NULL,
    code                   VARCHAR(32)  NOT NULL,
    name                   VARCHAR(120) NOT NULL,
    enrol_from             DATE         NOT NULL,
    enrol_to               DATE         NOT NULL,
    collect_from           CHAR(7)      NOT NULL,
    collect_to             CHAR(7)      NOT NULL,
    questionnaire_versions VARCHAR(200) NOT NULL,
    status                 VARCHAR(12)  NOT NULL,
    rules_version          INT          NOT NULL,
    onsite_closed_at       DATETIME(3)  NULL,
    published_at           DATETIME(3)  NULL,
    created_at             DATETIME(3)  NOT NULL,
    updated_at             DATETIME(3)  NOT NULL,
    version                BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_season_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every version of a season's rules: version 1 is edited freely while the season is a draft;
-- once enrolment opens a change adds a version with its reason, and the older ones stay.
CREATE TABLE season_rules (
    id                  CHAR(36)     NOT NULL,
    season_id           CHAR(36)     NOT NULL,
    rules_version       INT          NOT NULL,
    min_shop_samples    INT          NOT NULL,
    min_advisor_samples INT          NOT NULL,
    finalists           INT          NOT NULL,
    onsite_weight       DOUBLE       NOT NULL,
    awards              INT          NOT NULL,
    max_flagged_share   DOUBLE       NOT NULL,
    reason              VARCHAR(500) NULL,
    changed_by          VARCHAR(100) NOT NULL,
    created_at          DATETIME(3)  NOT NULL,
    updated_at          DATETIME(3)  NOT NULL,
    version             BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_season_rules_version UNIQUE (season_id, rules_version)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE competition_entry (
    id              CHAR(36)     NOT NULL,
    season_id       CHAR(36)     NOT NULL,
    tenant_id       VARCHAR(40)  NOT NULL,
    shop_id         CHAR(36)     NOT NULL,
    status          VARCHAR(12)  NOT NULL,
    enrolled_by     VARCHAR(100) NOT NULL,
    decided_by      VARCHAR(100) NULL,
    decided_at      DATETIME(3)  NULL,
    decision_reason VARCHAR(500) NULL,
    withdrawn_by    VARCHAR(100) NULL,
    withdrawn_at    DATETIME(3)  NULL,
    withdraw_reason VARCHAR(500) NULL,
    created_at      DATETIME(3)  NOT NULL,
    updated_at      DATETIME(3)  NOT NULL,
    version         BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_competition_entry_shop UNIQUE (season_id, shop_id),
    KEY ix_competition_entry_tenant (season_id, tenant_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The advisors a shop enters in the individual contest.
CREATE TABLE competition_entry_advisor (
    entry_id   CHAR(36) NOT NULL,
    advisor_id CHAR(36) NOT NULL,
    PRIMARY KEY (entry_id, advisor_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Frozen standings: written once when a season closes, never changed. A re-opened and closed
-- again season gets a new snapshot number; the highest one is the season's.
CREATE TABLE standings_snapshot (
    id             CHAR(36)     NOT NULL,
    season_id      CHAR(36)     NOT NULL,
    snapshot_no    INT          NOT NULL,
    contest        VARCHAR(10)  NOT NULL,
    taken_by       VARCHAR(100) NOT NULL,
    method_version VARCHAR(20)  NOT NULL,
    rules_version  INT          NOT NULL,
    seed           BIGINT       NOT NULL,
    draws          INT          NOT NULL,
    entries        INT          NOT NULL,
    ranked         INT          NOT NULL,
    content        LONGTEXT     NOT NULL,
    created_at     DATETIME(3)  NOT NULL,
    updated_at     DATETIME(3)  NOT NULL,
    version        BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_standings_snapshot UNIQUE (season_id, snapshot_no, contest)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The on-site round: finalists, judges, the rubric and each judge's scores.
CREATE TABLE onsite_finalist (
    id         CHAR(36)     NOT NULL,
    season_id  CHAR(36)     NOT NULL,
    entry_id   CHAR(36)     NOT NULL,
    seed_rank  INT          NULL,
    added_by   VARCHAR(100) NOT NULL,
    reason     VARCHAR(500) NULL,
    created_at DATETIME(3)  NOT NULL,
    updated_at DATETIME(3)  NOT NULL,
    version    BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_onsite_finalist UNIQUE (season_id, entry_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE onsite_judge (
    id          CHAR(36)     NOT NULL,
    season_id   CHAR(36)     NOT NULL,
    username    VARCHAR(100) NOT NULL,
    assigned_by VARCHAR(100) NOT NULL,
    created_at  DATETIME(3)  NOT NULL,
    updated_at  DATETIME(3)  NOT NULL,
    version     BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_onsite_judge UNIQUE (season_id, username)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE onsite_criterion (
    id         CHAR(36)     NOT NULL,
    season_id  CHAR(36)     NOT NULL,
    code       VARCHAR(32)  NOT NULL,
    label_zh   VARCHAR(100) NOT NULL,
    label_en   VARCHAR(100) NOT NULL,
    weight     DOUBLE       NOT NULL,
    position   INT          NOT NULL,
    created_at DATETIME(3)  NOT NULL,
    updated_at DATETIME(3)  NOT NULL,
    version    BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_onsite_criterion UNIQUE (season_id, code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE onsite_score (
    id         CHAR(36)      NOT NULL,
    season_id  CHAR(36)      NOT NULL,
    entry_id   CHAR(36)      NOT NULL,
    judge      VARCHAR(100)  NOT NULL,
    criteria   VARCHAR(2000) NOT NULL,
    total      DOUBLE        NOT NULL,
    created_at DATETIME(3)   NOT NULL,
    updated_at DATETIME(3)   NOT NULL,
    version    BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_onsite_score UNIQUE (season_id, entry_id, judge)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Awards, decided when a season becomes FINAL; names and figures are copied so a certificate
-- keeps saying what was awarded even if the shop is renamed later. certificate_code is the
-- unguessable code behind the certificate's QR code.
CREATE TABLE award (
    id               CHAR(36)     NOT NULL,
    season_id        CHAR(36)     NOT NULL,
    contest          VARCHAR(10)  NOT NULL,
    place            INT          NOT NULL,
    entry_id         CHAR(36)     NOT NULL,
    subject_id       CHAR(36)     NOT NULL,
    tenant_id        VARCHAR(40)  NOT NULL,
    subject_name     VARCHAR(120) NOT NULL,
    shop_name        VARCHAR(120) NOT NULL,
    group_name       VARCHAR(120) NOT NULL,
    brand_zh         VARCHAR(60)  NOT NULL,
    brand_en         VARCHAR(60)  NOT NULL,
    province_code    VARCHAR(2)   NOT NULL,
    survey_score     DOUBLE       NOT NULL,
    onsite_score     DOUBLE       NULL,
    final_score      DOUBLE       NOT NULL,
    certificate_code VARCHAR(32)  NOT NULL,
    created_at       DATETIME(3)  NOT NULL,
    updated_at       DATETIME(3)  NOT NULL,
    version          BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_award_certificate UNIQUE (certificate_code),
    CONSTRAINT uq_award_place UNIQUE (season_id, contest, subject_id),
    KEY ix_award_season (season_id, contest, place)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The season's published figures, computed with the awards.
CREATE TABLE season_result (
    id                CHAR(36)    NOT NULL,
    season_id         CHAR(36)    NOT NULL,
    valid_samples     BIGINT      NOT NULL,
    shops             INT         NOT NULL,
    brands            INT         NOT NULL,
    groups_count      INT         NOT NULL,
    national_average  DOUBLE      NULL,
    created_at        DATETIME(3) NOT NULL,
    updated_at        DATETIME(3) NOT NULL,
    version           BIGINT      NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_season_result UNIQUE (season_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
