/**
 * The register: enrolments (admissions and closings), targets and the outcome report; the port
 * RegisterStore.
 */
package se.skapa.app.register;
