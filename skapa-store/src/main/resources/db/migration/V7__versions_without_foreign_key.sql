-- A measurement's versions no longer carry a foreign key to the measurement. PostgreSQL checks such a key
-- row by row with a plan it caches per connection; planned while the table was small, that plan scans the
-- whole table, and an import of 10 000 rows into a new database spent 9 of its 10 seconds there (quadratic:
-- 100 000 rows would have taken a quarter of an hour). Nothing is lost: a version is only ever written in the
-- same statement as its measurement (insert and correction), and erasure deletes the versions and the
-- measurement together; a store test holds that no version outlives its measurement.
ALTER TABLE measurement_versions DROP CONSTRAINT measurement_versions_org_id_id_fkey;
