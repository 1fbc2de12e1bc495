-- Retention of the phone, device and address hashes (org.dealerplatform.survey.retention).
-- The sweep walks samples by submission time from where it last stopped; the existing indexes all
-- start with the shop or the tenant.
CREATE INDEX ix_survey_response_submitted ON survey_response (submitted_at);
-- An erasure request looks one number's hash up in every dealer group: without this, a scan of
-- each group's samples.
CREATE INDEX ix_survey_response_phone_hash ON survey_response (phone_hash);
-- The sweep forgets review causes (digests of a hash) past their window.
CREATE INDEX ix_screening_cause_kind ON screening_cause (kind, last_at);
