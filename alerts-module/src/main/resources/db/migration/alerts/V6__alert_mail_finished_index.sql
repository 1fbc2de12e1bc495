-- Finished outbox rows are deleted ALERTS_MAIL_KEEP_DAYS (90) after they finished, a batch per
-- tick of the mail worker: the index makes that a short range read, not a scan of every sent mail.
ALTER TABLE alert_mail ADD KEY ix_alert_mail_finished (finished_at);
