/**
 * Progression measurement (SKAPA, built on the Danish BIP study): instruments as data ({@link
 * se.skapa.core.progression.Instrument}, {@link se.skapa.core.progression.InstrumentCatalog}),
 * measurements checked by {@link se.skapa.core.progression.MeasurementRules}, and {@link
 * se.skapa.core.progression.ProgressionAnalyzer} for one participant or a verksamhet: change,
 * direction, trend, overall index, follow-up due dates, handledare continuity and parallel
 * interventions. Descriptive facts, never a prediction about a person.
 */
package se.skapa.core.progression;
