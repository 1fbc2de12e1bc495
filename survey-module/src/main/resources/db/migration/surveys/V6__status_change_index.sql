-- Samples in the order their status last changed (updated_at moves only with the status): the
-- alerts module's scan reads VALID samples from a watermark on, through AlertSamples.
CREATE INDEX ix_survey_response_changed ON survey_response (updated_at);
