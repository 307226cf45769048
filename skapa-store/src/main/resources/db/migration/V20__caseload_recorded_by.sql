-- A handledare's caseload is everyone they are named on a measurement of, or recorded one of without
-- naming anybody (an import, a hurried form): the second half needs its own index, so that one
-- handledare's list costs the same at any size.
CREATE INDEX measurements_recorded_unnamed ON measurements (org_id, recorded_by) WHERE handledare IS NULL;
