/**
 * The instrument definition format, {@code skapa-instrument/1}: {@link
 * se.skapa.instruments.InstrumentDefinitions} reads an organisation's own or licensed instruments
 * from JSON into {@link se.skapa.core.progression.Instrument}.
 */
package se.skapa.instruments;
