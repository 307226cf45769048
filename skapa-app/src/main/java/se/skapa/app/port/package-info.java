/**
 * The port stored mode needs: {@link se.skapa.app.port.Storage} runs a use case as one transaction
 * over {@link se.skapa.app.port.Tx}, whose every query names its organisation. {@code skapa-store}
 * implements it on PostgreSQL; a vendor can implement it on its own storage.
 */
package se.skapa.app.port;
