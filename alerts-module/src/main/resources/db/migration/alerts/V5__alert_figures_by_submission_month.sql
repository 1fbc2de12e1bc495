-- The alert figures (org.dealerplatform.alerts.figures) read the cases whose sample was submitted
-- in a period: of one group (and some of its shops) for the shops and groups, of every group for
-- the association. V1's indexes start with status or raised_at, so both reads would scan the table.
CREATE INDEX ix_alert_case_submitted ON alert_case (submitted_at);
CREATE INDEX ix_alert_case_shop_submitted ON alert_case (tenant_id, shop_id, submitted_at);
