-- The rows above the shop: what the national, brand, province and dealer-group views read instead
-- of one score_rollup row per shop and month. Each row is the exact sum of the shop-level rows
-- (advisor_id '*') of score_rollup with its key; every transaction that changes a shop-level row adds
-- the same amounts here (see org.dealerplatform.survey.rollup.Aggregates), with the same additive
-- upsert, and the rollup rebuild recounts these rows from the shop-level rows too. Sums and counts,
-- never averages. The questionnaire version stays a key, as in score_rollup.

-- per month, brand, province and questionnaire version: the national view and its brand and province cuts
CREATE TABLE score_rollup_area (
    month                 CHAR(7)     NOT NULL,
    brand_code            VARCHAR(32) NOT NULL,
    province_code         VARCHAR(2)  NOT NULL,
    questionnaire_version INT         NOT NULL,
    valid_count           INT         NOT NULL DEFAULT 0,
    overall_sum           DOUBLE      NOT NULL DEFAULT 0,
    overall_sq_sum        DOUBLE      NOT NULL DEFAULT 0,
    advisor_sum           DOUBLE      NOT NULL DEFAULT 0,
    advisor_n             INT         NOT NULL DEFAULT 0,
    time_sum              DOUBLE      NOT NULL DEFAULT 0,
    time_n                INT         NOT NULL DEFAULT 0,
    quality_sum           DOUBLE      NOT NULL DEFAULT 0,
    quality_n             INT         NOT NULL DEFAULT 0,
    price_sum             DOUBLE      NOT NULL DEFAULT 0,
    price_n               INT         NOT NULL DEFAULT 0,
    facilities_sum        DOUBLE      NOT NULL DEFAULT 0,
    facilities_n          INT         NOT NULL DEFAULT 0,
    nps_n                 INT         NOT NULL DEFAULT 0,
    nps_promoters         INT         NOT NULL DEFAULT 0,
    nps_detractors        INT         NOT NULL DEFAULT 0,
    suspect_count         INT         NOT NULL DEFAULT 0,
    invalid_count         INT         NOT NULL DEFAULT 0,
    PRIMARY KEY (month, brand_code, province_code, questionnaire_version)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- per month, dealer group and questionnaire version: a group's own figures, the groups' ranking
CREATE TABLE score_rollup_group (
    month                 CHAR(7)     NOT NULL,
    tenant_id             VARCHAR(40) NOT NULL,
    questionnaire_version INT         NOT NULL,
    valid_count           INT         NOT NULL DEFAULT 0,
    overall_sum           DOUBLE      NOT NULL DEFAULT 0,
    overall_sq_sum        DOUBLE      NOT NULL DEFAULT 0,
    advisor_sum           DOUBLE      NOT NULL DEFAULT 0,
    advisor_n             INT         NOT NULL DEFAULT 0,
    time_sum              DOUBLE      NOT NULL DEFAULT 0,
    time_n                INT         NOT NULL DEFAULT 0,
    quality_sum           DOUBLE      NOT NULL DEFAULT 0,
    quality_n             INT         NOT NULL DEFAULT 0,
    price_sum             DOUBLE      NOT NULL DEFAULT 0,
    price_n               INT         NOT NULL DEFAULT 0,
    facilities_sum        DOUBLE      NOT NULL DEFAULT 0,
    facilities_n          INT         NOT NULL DEFAULT 0,
    nps_n                 INT         NOT NULL DEFAULT 0,
    nps_promoters         INT         NOT NULL DEFAULT 0,
    nps_detractors        INT         NOT NULL DEFAULT 0,
    suspect_count         INT         NOT NULL DEFAULT 0,
    invalid_count         INT         NOT NULL DEFAULT 0,
    PRIMARY KEY (month, tenant_id, questionnaire_version)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Filled from the shop-level rows at start-up, before any request (as V3 did): nothing moves meanwhile.
INSERT INTO score_rollup_area (month, brand_code, province_code, questionnaire_version, valid_count, overall_sum, overall_sq_sum, advisor_sum, advisor_n, time_sum, time_n, quality_sum, quality_n, price_sum, price_n, facilities_sum, facilities_n, nps_n, nps_promoters, nps_detractors, suspect_count, invalid_count)
SELECT month, brand_code, province_code, questionnaire_version, SUM(valid_count), SUM(overall_sum), SUM(overall_sq_sum), SUM(advisor_sum), SUM(advisor_n), SUM(time_sum), SUM(time_n), SUM(quality_sum), SUM(quality_n), SUM(price_sum), SUM(price_n), SUM(facilities_sum), SUM(facilities_n), SUM(nps_n), SUM(nps_promoters), SUM(nps_detractors), SUM(suspect_count), SUM(invalid_count)
FROM score_rollup WHERE advisor_id = '*'
GROUP BY month, brand_code, province_code, questionnaire_version;

INSERT INTO score_rollup_group (month, tenant_id, questionnaire_version, valid_count, overall_sum, overall_sq_sum, advisor_sum, advisor_n, time_sum, time_n, quality_sum, quality_n, price_sum, price_n, facilities_sum, facilities_n, nps_n, nps_promoters, nps_detractors, suspect_count, invalid_count)
SELECT month, tenant_id, questionnaire_version, SUM(valid_count), SUM(overall_sum), SUM(overall_sq_sum), SUM(advisor_sum), SUM(advisor_n), SUM(time_sum), SUM(time_n), SUM(quality_sum), SUM(quality_n), SUM(price_sum), SUM(price_n), SUM(facilities_sum), SUM(facilities_n), SUM(nps_n), SUM(nps_promoters), SUM(nps_detractors), SUM(suspect_count), SUM(invalid_count)
FROM score_rollup WHERE advisor_id = '*'
GROUP BY month, tenant_id, questionnaire_version;
