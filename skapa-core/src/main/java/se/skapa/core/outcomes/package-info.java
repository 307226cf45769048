/**
 * Outcome reports of a service over a period, with their denominators named ({@link
 * se.skapa.core.outcomes.ClosingRule}): {@link se.skapa.core.outcomes.OutcomeReporter} with {@link
 * se.skapa.core.outcomes.ReportTerms}, targets and their verdicts, and the small-number rule that
 * withholds counts which could point at a person.
 */
package se.skapa.core.outcomes;
