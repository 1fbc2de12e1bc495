-- Which shops had valid samples in which months: one narrow row per calendar year, brand, province
-- and shop, with the shop's valid samples of each month (the sums of valid_count of its shop-level
-- rows of score_rollup, advisor_id '*'). The national, brand and province views count the shops with
-- a valid sample in their period from here: a count of distinct shops adds up over no level above
-- the shop, and this reads one row per shop and year instead of one shop row per month and
-- questionnaire version. Counts, not flags, so a review that takes a month's last valid sample away
-- brings it back to 0 by the same additive upsert as every other rollup row (see
-- org.dealerplatform.survey.rollup.ShopYears); the rollup rebuild recounts these rows too.
-- Brand and province are the sample's, as in score_rollup.
CREATE TABLE score_shop_year (
    year                  SMALLINT    NOT NULL,
    brand_code            VARCHAR(32) NOT NULL,
    province_code         VARCHAR(2)  NOT NULL,
    shop_id               CHAR(36)    NOT NULL,
    valid_01              INT         NOT NULL DEFAULT 0,
    valid_02              INT         NOT NULL DEFAULT 0,
    valid_03              INT         NOT NULL DEFAULT 0,
    valid_04              INT         NOT NULL DEFAULT 0,
    valid_05              INT         NOT NULL DEFAULT 0,
    valid_06              INT         NOT NULL DEFAULT 0,
    valid_07              INT         NOT NULL DEFAULT 0,
    valid_08              INT         NOT NULL DEFAULT 0,
    valid_09              INT         NOT NULL DEFAULT 0,
    valid_10              INT         NOT NULL DEFAULT 0,
    valid_11              INT         NOT NULL DEFAULT 0,
    valid_12              INT         NOT NULL DEFAULT 0,
    PRIMARY KEY (year, brand_code, province_code, shop_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Filled from the shop-level rows at start-up, before any request (as V9 did): nothing moves meanwhile.
-- Shops with no valid sample in a year get no row (the writers never add a row of zeros).
INSERT INTO score_shop_year (year, brand_code, province_code, shop_id, valid_01, valid_02, valid_03, valid_04, valid_05, valid_06, valid_07, valid_08, valid_09, valid_10, valid_11, valid_12)
SELECT CAST(SUBSTR(month, 1, 4) AS SIGNED), brand_code, province_code, shop_id,
       SUM(CASE WHEN SUBSTR(month, 6, 2) = '01' THEN valid_count ELSE 0 END),
       SUM(CASE WHEN SUBSTR(month, 6, 2) = '02' THEN valid_count ELSE 0 END),
       SUM(CASE WHEN SUBSTR(month, 6, 2) = '03' THEN valid_count ELSE 0 END),
       SUM(CASE WHEN SUBSTR(month, 6, 2) = '04' THEN valid_count ELSE 0 END),
       SUM(CASE WHEN SUBSTR(month, 6, 2) = '05' THEN valid_count ELSE 0 END),
       SUM(CASE WHEN SUBSTR(month, 6, 2) = '06' THEN valid_count ELSE 0 END),
       SUM(CASE WHEN SUBSTR(month, 6, 2) = '07' THEN valid_count ELSE 0 END),
       SUM(CASE WHEN SUBSTR(month, 6, 2) = '08' THEN valid_count ELSE 0 END),
       SUM(CASE WHEN SUBSTR(month, 6, 2) = '09' THEN valid_count ELSE 0 END),
       SUM(CASE WHEN SUBSTR(month, 6, 2) = '10' THEN valid_count ELSE 0 END),
       SUM(CASE WHEN SUBSTR(month, 6, 2) = '11' THEN valid_count ELSE 0 END),
       SUM(CASE WHEN SUBSTR(month, 6, 2) = '12' THEN valid_count ELSE 0 END)
FROM score_rollup WHERE advisor_id = '*'
GROUP BY CAST(SUBSTR(month, 1, 4) AS SIGNED), brand_code, province_code, shop_id
HAVING SUM(valid_count) <> 0;
