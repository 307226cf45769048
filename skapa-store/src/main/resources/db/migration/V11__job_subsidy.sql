-- A subsidised job's wage subsidy a month (lönebidrag, lönestöd, nystartsjobb), so that the
-- socioeconomic calculation fed from the register can count it as the state's cost.
ALTER TABLE spells ADD COLUMN monthly_subsidy bigint;
ALTER TABLE spell_versions ADD COLUMN monthly_subsidy bigint;
