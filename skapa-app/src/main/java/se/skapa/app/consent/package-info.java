/**
 * Consent: a participant's agreement that services of an organisation which are separate secrecy
 * areas (IFO, VUX, AME) may share their data, from a day until withdrawn; the port ConsentStore;
 * and the rule (ParticipantScope) that decides which services' data a limited key or account sees
 * of one participant.
 */
package se.skapa.app.consent;
