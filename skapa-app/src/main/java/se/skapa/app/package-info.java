/**
 * Stored mode's use cases: organisations, keys and accounts ({@link
 * se.skapa.app.access.Organisations}, {@link se.skapa.app.access.Accounts}), measurements over time
 * with every version kept ({@link se.skapa.app.measurement.Measurements}), progression, cohorts and
 * follow-ups as of a day ({@link se.skapa.app.measurement.Progression}), enrolments, targets and
 * outcome reports ({@link se.skapa.app.register.Enrolments}), the participant survey, stored
 * fidelity reviews, erasure and retention ({@link se.skapa.app.audit.Erasure}) and the audit trail.
 * Every use case is one transaction through the {@link se.skapa.app.port.Storage} port, checks the
 * actor's organisation and role first, and audits every read of one person's data. No SQL, HTTP or
 * I/O here.
 */
package se.skapa.app;
