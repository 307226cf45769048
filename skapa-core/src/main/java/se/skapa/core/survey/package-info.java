/**
 * The anonymous participant survey (deltagarenkät): its 1–5 scale, SKAPA's questions and an
 * organisation's own, the report of a period against the förbund's targets. A response carries no
 * key, date or free text.
 */
package se.skapa.core.survey;
