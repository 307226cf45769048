/**
 * The append-only audit trail, erasure of one participant and gallring (retention); the ports
 * AuditLog and ErasureStore.
 */
package se.skapa.app.audit;
