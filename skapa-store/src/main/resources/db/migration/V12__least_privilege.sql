-- The server's own database role may add to the audit trail but never change or empty it (issue 21):
-- no UPDATE, DELETE or TRUNCATE is granted on it, and the role owns nothing, so it cannot disable the
-- trigger either. Erasure still removes a participant's key from earlier lines, through this function,
-- which runs as the schema's owner and only for a participant whose data is already gone from every
-- capability's tables: the key goes with the person, never while the person is still on record.
CREATE FUNCTION skapa_forget_audit_participant(p_org text, p_participant text) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    cleared integer;
BEGIN
    IF EXISTS (SELECT 1 FROM measurements WHERE org_id = p_org AND participant = p_participant)
       OR EXISTS (SELECT 1 FROM measurement_versions WHERE org_id = p_org AND participant = p_participant)
       OR EXISTS (SELECT 1 FROM enrolments WHERE org_id = p_org AND participant = p_participant)
       OR EXISTS (SELECT 1 FROM spells WHERE org_id = p_org AND participant = p_participant) THEN
        RAISE EXCEPTION 'the audit trail keeps a participant''s key while their data is stored';
    END IF;
    UPDATE audit_trail SET participant = NULL WHERE org_id = p_org AND participant = p_participant;
    GET DIAGNOSTICS cleared = ROW_COUNT;
    RETURN cleared;
END;
$$;
REVOKE ALL ON FUNCTION skapa_forget_audit_participant(text, text) FROM PUBLIC;
