/**
 * IPS fidelity (programtrohet): the 25-item scale as data ({@link
 * se.skapa.core.fidelity.FidelityScales}), reviews scored by {@link
 * se.skapa.core.fidelity.FidelityScorer} into totals, bands, sections, development areas and
 * strengths, drafts told from final reviews, and reviews compared over time ({@link
 * se.skapa.core.fidelity.ReviewComparison}). Only item names are shipped; the manual's anchor texts
 * belong to their rights holder.
 */
package se.skapa.core.fidelity;
