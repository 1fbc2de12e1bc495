-- Rollup rows per questionnaire version: a season may count only some versions, so a version's
-- samples must be separable in the read model. The existing rows cannot be split by version
-- after the fact, so the read model is built anew from survey_response with the new grouping
-- (the same recount as Rollups' rebuild at this version) in a new table, which then replaces the
-- old one. A new table rather than ALTER ... DROP PRIMARY KEY: TiDB cannot change a clustered
-- primary key in place. Run at start-up before any request, so no sample arrives meanwhile.
CREATE TABLE score_rollup_by_version (
    tenant_id             VARCHAR(40) NOT NULL,
    shop_id               CHAR(36)    NOT NULL,
    advisor_id            VARCHAR(36) NOT NULL,
    month                 CHAR(7)     NOT NULL,
    brand_code            VARCHAR(32) NOT NULL,
    province_code         VARCHAR(2)  NOT NULL,
    questionnaire_version INT         NOT NULL DEFAULT 1,
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
    -- still led by advisor_id and month: national and group views read a period's shop rows
    PRIMARY KEY (advisor_id, month, shop_id, brand_code, province_code, questionnaire_version),
    KEY ix_score_rollup_shop (shop_id, advisor_id, month),
    KEY ix_score_rollup_tenant (tenant_id, advisor_id, month)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

INSERT INTO score_rollup_by_version (tenant_id, shop_id, advisor_id, month, brand_code, province_code,
        questionnaire_version, valid_count, overall_sum, overall_sq_sum, advisor_sum, advisor_n, time_sum, time_n,
        quality_sum, quality_n, price_sum, price_n, facilities_sum, facilities_n, nps_n, nps_promoters,
        nps_detractors, suspect_count, invalid_count)
SELECT tenant_id, shop_id, advisor_key, month, brand_code, province_code, questionnaire_version,
       SUM(status = 'VALID'), SUM(IF(status = 'VALID', score_overall, 0)),
       SUM(IF(status = 'VALID', score_overall * score_overall, 0)),
       SUM(IF(status = 'VALID' AND score_advisor IS NOT NULL, score_advisor, 0)),
       SUM(status = 'VALID' AND score_advisor IS NOT NULL),
       SUM(IF(status = 'VALID' AND score_time IS NOT NULL, score_time, 0)),
       SUM(status = 'VALID' AND score_time IS NOT NULL),
       SUM(IF(status = 'VALID' AND score_quality IS NOT NULL, score_quality, 0)),
       SUM(status = 'VALID' AND score_quality IS NOT NULL),
       SUM(IF(status = 'VALID' AND score_price IS NOT NULL, score_price, 0)),
       SUM(status = 'VALID' AND score_price IS NOT NULL),
       SUM(IF(status = 'VALID' AND score_facilities IS NOT NULL, score_facilities, 0)),
       SUM(status = 'VALID' AND score_facilities IS NOT NULL),
       SUM(status = 'VALID' AND nps IS NOT NULL), SUM(status = 'VALID' AND nps IS NOT NULL AND nps >= 9),
       SUM(status = 'VALID' AND nps IS NOT NULL AND nps <= 6), SUM(status = 'SUSPECT'), SUM(status = 'INVALID')
FROM (
    -- every sample twice: in its shop's row ('*') and in its advisor's row ('' = none chosen)
    SELECT tenant_id, shop_id, '*' AS advisor_key, month, brand_code, province_code, questionnaire_version, status,
           score_overall, score_advisor, score_time, score_quality, score_price, score_facilities, nps
    FROM survey_response
    UNION ALL
    SELECT tenant_id, shop_id, COALESCE(advisor_id, ''), month, brand_code, province_code, questionnaire_version,
           status, score_overall, score_advisor, score_time, score_quality, score_price, score_facilities, nps
    FROM survey_response
) AS counted
GROUP BY tenant_id, shop_id, advisor_key, month, brand_code, province_code, questionnaire_version;

DROP TABLE score_rollup;

RENAME TABLE score_rollup_by_version TO score_rollup;
