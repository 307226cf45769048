/**
 * Stored mode's use cases, one package per capability: {@code access} (organisations, services,
 * keys, accounts, sessions), {@code measurement} (measurements over time, progression, cohorts,
 * follow-ups, the register as CSV), {@code register} (enrolments, closings, targets, outcome
 * reports), {@code review} (stored fidelity reviews), {@code survey} (the participant survey) and
 * {@code audit} (the trail, erasure, gallring). Each holds its use cases, its records and its own
 * small storage port; they meet only through a few named types (the service check, the audit line).
 * This package holds what they all share: who acts ({@link se.skapa.app.Actor}, {@link
 * se.skapa.app.Role}), the typed ids of organisations, services and keys, and {@link
 * se.skapa.app.StoredModeException}. Every use case is one transaction through {@link
 * se.skapa.app.port.Storage}, checks the actor's organisation and role first, and audits every read
 * of one person's data. No SQL, HTTP or I/O here.
 */
package se.skapa.app;
