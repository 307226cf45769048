/**
 * The transaction boundary stored mode shares: {@link se.skapa.app.port.Storage} runs a use case as
 * one transaction, and its {@link se.skapa.app.port.Tx} hands out the port of each capability the
 * use case touches (each capability package declares its own, e.g. {@code
 * se.skapa.app.measurement.MeasurementStore}, whose every query names its organisation). {@code
 * skapa-store} implements every port on PostgreSQL; a vendor can implement them on its own storage.
 */
package se.skapa.app.port;
