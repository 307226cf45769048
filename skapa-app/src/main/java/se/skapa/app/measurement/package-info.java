/**
 * Measurements over time: recording, correcting and reading them with every version kept, a
 * participant's progression, a service's cohort, follow-ups, and the register as CSV; the ports
 * MeasurementStore and IdempotencyClaims.
 */
package se.skapa.app.measurement;
