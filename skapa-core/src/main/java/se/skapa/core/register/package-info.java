/**
 * What happened to a participant beside and after the SKAPA conversation: jobs and studies while
 * enrolled, what they lived on (försörjning) at admission, at closing and after, and how it went
 * months after closing; and the reports that read them: IPS outcomes per quarter and the coverage
 * of parallel interventions (BIP). Facts about pseudonymous participants, never names.
 */
package se.skapa.core.register;
