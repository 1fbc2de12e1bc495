-- The survey secret keys the phone, device and address hashes; kept next to the hashes, a dump of
-- this database was enough to recover the phone numbers. It now comes only from SURVEY_SECRET (the
-- environment), and the hashes are keyed per dealer group, so the stored one is dropped. Hashes
-- written under it no longer compare equal to new ones: the repeat and burst windows start afresh.
DROP TABLE IF EXISTS survey_setting;
