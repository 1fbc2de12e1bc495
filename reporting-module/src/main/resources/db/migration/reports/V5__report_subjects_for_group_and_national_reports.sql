-- Group and national reports go through the same archive and outbox as shop reports, but are
-- about a dealer group or the whole nation, not a shop. Each row now names its subject
-- (ReportSubjects): the shop id for a shop report, the group's tenant id for a group report,
-- 'national' for the association's report. The unique keys move from shop_id to subject_id (the
-- kind stays in them, so a group and a shop never share a key). shop_id stays as it was for shop
-- reports, which every shop-facing query still filters on, and is NULL for the others. tenant_id
-- is NULL for a national report: it belongs to no group, so no group's tenant filter finds it.
-- One change per statement and no triggers: Galera and TiDB take these as they are.

ALTER TABLE report_archive ADD COLUMN subject_id VARCHAR(64) NULL;
UPDATE report_archive SET subject_id = shop_id WHERE subject_id IS NULL;
ALTER TABLE report_archive MODIFY COLUMN subject_id VARCHAR(64) NOT NULL;
ALTER TABLE report_archive MODIFY COLUMN shop_id CHAR(36) NULL;
ALTER TABLE report_archive MODIFY COLUMN tenant_id VARCHAR(40) NULL;
ALTER TABLE report_archive ADD CONSTRAINT uq_report_archive_subject UNIQUE (kind, month, subject_id, locale);
ALTER TABLE report_archive DROP INDEX uq_report_archive;

ALTER TABLE report_outbox ADD COLUMN subject_id VARCHAR(64) NULL;
UPDATE report_outbox SET subject_id = shop_id WHERE subject_id IS NULL;
ALTER TABLE report_outbox MODIFY COLUMN subject_id VARCHAR(64) NOT NULL;
ALTER TABLE report_outbox MODIFY COLUMN shop_id CHAR(36) NULL;
ALTER TABLE report_outbox MODIFY COLUMN tenant_id VARCHAR(40) NULL;
ALTER TABLE report_outbox ADD CONSTRAINT uq_report_outbox_subject UNIQUE (kind, month, subject_id, recipient, key_suffix);
ALTER TABLE report_outbox DROP INDEX uq_report_outbox;
